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
import jixiao.report.OfficialDocument;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes an {@link OfficialDocument} as a PDF with its three faces embedded, each subset to the characters used:
 * Noto Serif SC (body, the 仿宋 of the Word file), Noto Sans SC Bold (titles and headings, 黑体) and LXGW WenKai
 * (subheadings, 楷体). One instance reads the fonts (41 MB) once; reuse it for many documents ({@link #shared()}).
 */
public final class PdfReport {
    /** Carried by the project (OFL-1.1, licences beside them): a fresh machine has no Chinese font. */
    static final String SERIF_RESOURCE = "/fonts/NotoSerifSC_400Regular.ttf";

    static final String SANS_BOLD_RESOURCE = "/fonts/NotoSansSC_700Bold.ttf";
    static final String KAI_RESOURCE = "/fonts/LXGWWenKai-Regular.ttf";

    static {
        // openhtmltopdf reports every render at INFO on stderr; a document writer speaks only when something is wrong
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private final byte[] serif;
    private final byte[] sansBold;
    private final byte[] kai;

    public PdfReport() {
        serif = read(SERIF_RESOURCE);
        sansBold = read(SANS_BOLD_RESOURCE);
        kai = read(KAI_RESOURCE);
    }

    /** One instance for the whole process, its fonts read on first use. */
    public static PdfReport shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final PdfReport INSTANCE = new PdfReport();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public void write(OfficialDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, out);
        }
    }

    public void write(OfficialDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(font(pdf, serif)), HtmlLayout.SERIF);
            builder.useFont(new PDFontSupplier(font(pdf, sansBold)), HtmlLayout.SANS_BOLD);
            builder.useFont(new PDFontSupplier(font(pdf, kai)), HtmlLayout.KAI);
            builder.useUnicodeLineBreaker(new CancellableLineBreaker());
            builder.withHtmlContent(HtmlLayout.html(document), null);
            builder.toStream(out);
            builder.run();
        }
    }

    /**
     * The face, embedded as a subset. Its GSUB only forms Latin ligatures and vertical forms, but PDFBox 3.0.8 runs
     * every text run, Chinese included, through its Latin GSUB worker, which compiles regular expressions per run
     * (60% of the render time of the seed report): Chinese needs no substitution, so GSUB is off.
     */
    private static PDType0Font font(PDDocument pdf, byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        return PDType0Font.load(pdf, font, true);
    }
}
