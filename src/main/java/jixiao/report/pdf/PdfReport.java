package jixiao.report.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import jixiao.report.ReportDocument;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link ReportDocument} as a PDF with Noto Sans SC embedded (subset to the characters used). One
 * instance reads the 10 MB font once; reuse it for many documents.
 */
public final class PdfReport {
    /** Carried by the project (OFL-1.1, licence beside it): a fresh machine has no Chinese font. */
    static final String FONT_RESOURCE = "/fonts/NotoSansSC_400Regular.ttf";

    static {
        // openhtmltopdf reports every render at INFO on stderr; a document writer speaks only when something is wrong
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private final byte[] font;

    public PdfReport() {
        try (InputStream in = PdfReport.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + FONT_RESOURCE);
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FONT_RESOURCE, e);
        }
    }

    public void write(ReportDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, out);
        }
    }

    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            TrueTypeFont noto = new TTFParser().parse(new RandomAccessReadBuffer(font));
            // The font's GSUB only forms Latin ligatures (fi, fl), but PDFBox 3.0.8 runs every text run, Chinese
            // included, through its Latin GSUB worker, which compiles regular expressions per run: 60% of the
            // render time of the seed report. Chinese needs no substitution.
            noto.setEnableGsub(false);
            PDType0Font type0 = PDType0Font.load(pdf, noto, true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(type0), HtmlLayout.FONT_FAMILY);
            builder.useUnicodeLineBreaker(new CancellableLineBreaker());
            builder.withHtmlContent(HtmlLayout.html(document), null);
            builder.toStream(out);
            builder.run();
        }
    }
}
