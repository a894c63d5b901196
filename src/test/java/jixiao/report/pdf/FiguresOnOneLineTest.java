package jixiao.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.report.Block;
import jixiao.report.EvaluationSheet;
import jixiao.report.OfficialDocument;
import jixiao.report.SeedReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * No figure breaks across lines in the rendered PDF (issue 17, item 5: "no cell that clips or breaks a word"): every
 * figure the document's blocks hold ("100.00%", "1314", "97.99") is found whole on one line of the PDF's text as often
 * as the blocks hold it. Unlike {@link CellWidthTest}, which measures the text against the widths the layout asks for,
 * this reads what openhtmltopdf actually laid out: it truncated a column's percentage to a whole number (9.9% became
 * 9%), and "100.00%" wrapped in the 执行率 column of the seed's results table.
 */
class FiguresOnOneLineTest {
    /** A figure: digits with their point, separators and a percent sign; a line never breaks inside one in prose. */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]*%?");

    @Test
    void noFigureOfTheSeedsReportBreaksAcrossLines() throws IOException {
        assertWhole(SeedReport.document(), SeedReport.pdf());
    }

    @Test
    void noFigureOfTheSeedsReviewOpinionBreaksAcrossLines() throws IOException {
        assertWhole(SeedReport.review(), SeedReport.reviewPdf());
    }

    private static void assertWhole(OfficialDocument document, Path file) throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        for (String text : texts(document)) {
            count(text, expected);
        }
        Map<String, Integer> printed = new HashMap<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (String line : new PDFTextStripper().getText(pdf).split("\\R")) {
                count(line, printed);
            }
        }
        List<String> broken = new ArrayList<>();
        expected.forEach((figure, times) -> {
            if (printed.getOrDefault(figure, 0) < times) {
                broken.add(figure + " (" + printed.getOrDefault(figure, 0) + " of " + times + ")");
            }
        });
        assertThat(broken).as("figures not found whole on a line of %s", file).isEmpty();
    }

    private static void count(String text, Map<String, Integer> counts) {
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            counts.merge(figure.group(), 1, Integer::sum);
        }
    }

    /** Every text of the document's blocks, each cell on its own. */
    private static List<String> texts(OfficialDocument document) {
        List<String> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading) {
                texts.add(heading.text());
            } else if (block instanceof Block.Paragraph paragraph) {
                texts.add(paragraph.text());
            } else if (block instanceof Block.Table table) {
                texts.addAll(table.header());
                table.rows().forEach(texts::addAll);
            } else if (block instanceof Block.Signature signature) {
                texts.add(signature.issuer());
                texts.add(signature.date());
            } else if (block instanceof EvaluationSheet sheet) {
                texts.add(sheet.projectName());
                texts.add(sheet.filledBy());
                texts.add(sheet.competentDepartment());
                texts.add(sheet.implementingUnit());
                texts.add(sheet.expectedGoal());
                texts.add(sheet.achievedGoal());
                sheet.funds().forEach(line -> texts.addAll(line.cells()));
                sheet.indicators().forEach(line -> texts.addAll(line.cells()));
                texts.add(sheet.total().toString());
            }
        }
        texts.removeIf(java.util.Objects::isNull);
        return texts;
    }
}
