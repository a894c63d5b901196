package jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed report generated as Word and as PDF into target/golden/, read back as text: both say the same thing,
 * block by block, with the computed figures.
 */
class SeedReportGoldenTest {
    private static String docxText;
    private static String pdfText;

    @BeforeAll
    static void generateAndReadBack() throws IOException {
        try (InputStream in = Files.newInputStream(SeedReport.docx());
                XWPFDocument word = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            docxText = flat(extractor.getText());
        }
        try (PDDocument pdf = Loader.loadPDF(SeedReport.pdf().toFile())) {
            // a paragraph that runs over a page has the page footer in the middle of its extracted text
            pdfText = flat(new PDFTextStripper().getText(pdf))
                    .replaceAll("—\\d+—", "")
                    .replace(flat(SeedReport.document().draftMark()), "");
        }
    }

    /** Layout adds line breaks and spaces (wrapped lines, table cells); compare without them. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("docx"), Arguments.of("pdf"));
    }

    private static String text(String format) {
        return format.equals("docx") ? docxText : pdfText;
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyHeadingAndParagraphOfTheDocumentIsInTheFile(String format) {
        String text = text(format);
        int from = 0;
        for (Block block : SeedReport.document().blocks()) {
            String expected = null;
            if (block instanceof Block.Heading heading) {
                expected = heading.text();
            } else if (block instanceof Block.Paragraph paragraph && paragraph.style() != Block.Style.NOTE) {
                expected = paragraph.text();
            }
            if (expected == null) {
                continue;
            }
            int at = text.indexOf(flat(expected), from);
            assertThat(at).as("%s: “%s” in order", format, expected).isGreaterThanOrEqualTo(0);
            from = at;
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everySheetPrintsItsFigures(String format) {
        String text = text(format);
        for (EvaluationSheet sheet : SeedReport.document().sheets()) {
            assertThat(text).contains(flat(sheet.projectName()));
            for (List<String> cells :
                    sheet.funds().stream().map(EvaluationSheet.FundsLine::cells).toList()) {
                assertThat(text).as("%s %s", format, cells).contains(flat(String.join("", cells)));
            }
            for (EvaluationSheet.IndicatorLine line : sheet.indicators()) {
                String row = flat(line.level3() + line.target() + line.actual() + line.weight() + line.score());
                assertThat(text).as("%s %s", format, row).contains(row);
            }
            String weights =
                    sheet.weightTotal() == null ? "—" : sheet.weightTotal().toString();
            assertThat(text).contains("总分" + weights + sheet.total());
        }
        assertThat(text)
                .contains(flat("评审专家人数≥200人145人1510.88"))
                .contains(flat("专家评审费：分别从三个方面进行评分"))
                .contains("1111.9");
    }
}
