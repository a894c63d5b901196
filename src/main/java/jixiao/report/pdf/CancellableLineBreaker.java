package jixiao.report.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;
import jixiao.report.DocumentCancelled;

/**
 * openhtmltopdf's own line breaker (as its SharedContext makes it), which the layout asks for every text it places:
 * the one place to notice that the PDF's generation was given up ({@link DocumentCancelled}).
 */
final class CancellableLineBreaker implements FSTextBreaker {

    private final FSTextBreaker breaker = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));

    @Override
    public int next() {
        return breaker.next();
    }

    @Override
    public void setText(String text) {
        DocumentCancelled.check();
        breaker.setText(text);
    }
}
