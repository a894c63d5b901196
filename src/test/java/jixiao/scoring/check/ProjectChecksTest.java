package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProjectChecksTest {
    private static final Pattern PERCENT = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*[%％]\\s*$");

    @Test
    void readsThePrintedRateAsThePatternDid() {
        SplittableRandom random = new SplittableRandom(5);
        String[] pieces = {"9", "10", ".", "-", "%", "％", " ", "\t", "\n", "\u3000", "百", "5"};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Matcher m = PERCENT.matcher(text);
            assertEquals(
                    m.matches() ? m.group(1) : null, ProjectChecks.percentNumber(text.toString()), text.toString());
        }
    }
}
