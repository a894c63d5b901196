package jixiao.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.report.Block;
import jixiao.report.EvaluationSheet;
import jixiao.report.EvaluationSheet.FundsLine;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.report.OfficialDocument;
import jixiao.report.SeedReport;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No cell of a document's tables breaks a word or a figure (issue 17, item 5): every run that a line may not break
 * ("100.00%", "1314", "≥200人" up to the Chinese character, "2020.11-" up to its hyphen) fits its column, measured with
 * the embedded serif face at the tables' size on the 156 mm 版心. Chinese text may wrap between any two characters.
 */
class CellWidthTest {
    private static final double MM = 72 / 25.4;
    private static final double TEXT_WIDTH = HtmlLayout.TABLE_WIDTH_MM * MM;

    /** What a line may not break: Latin letters, digits and their signs, up to and including a hyphen. */
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "[\\p{IsLatin}0-9.,%％≥≤<>=+＋()（）/:：\\-—×÷]+?(?:-|$|(?=[^\\p{IsLatin}0-9.,%％≥≤<>=+＋()（）/:：\\-—×÷]))");

    private static TrueTypeFont serif;
    private static CmapLookup cmap;

    @BeforeAll
    static void font() throws IOException {
        try (InputStream in = CellWidthTest.class.getResourceAsStream(PdfReport.SERIF_RESOURCE)) {
            serif = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        cmap = serif.getUnicodeCmapLookup();
    }

    private static double width(String text, double size) throws IOException {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += serif.getAdvanceWidth(cmap.getGlyphId(cp));
            i += Character.charCount(cp);
        }
        return units * size / serif.getUnitsPerEm();
    }

    /** The widest run of the text that a line cannot break, in pt. */
    private static double widestUnbreakable(String text) throws IOException {
        double widest = 0;
        Matcher run = UNBREAKABLE.matcher(text);
        while (run.find()) {
            widest = Math.max(widest, width(run.group(), HtmlLayout.TABLE_FONT_PT));
        }
        // a single Chinese character cannot be broken either
        for (int i = 0; i < text.length(); i++) {
            widest = Math.max(widest, width(String.valueOf(text.charAt(i)), HtmlLayout.TABLE_FONT_PT));
        }
        return widest;
    }

    /** Each column's inner width (without the cell padding), in pt, for relative weights on the 版心. */
    private static double[] inner(int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        double[] widths = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            widths[c] = TEXT_WIDTH * weights[c] / sum - 2 * HtmlLayout.CELL_PADDING_PT - 0.6;
        }
        return widths;
    }

    private static void fits(String text, double width, String where) throws IOException {
        assertThat(widestUnbreakable(text))
                .as("%s: “%s” in %.1f pt", where, text, width)
                .isLessThanOrEqualTo(width);
    }

    @Test
    void everyCellOfEverySeedSheetFitsItsColumn() throws IOException {
        double[] grid = inner(EvaluationSheet.grid());
        for (EvaluationSheet sheet : SeedReport.document().sheets()) {
            String where = sheet.projectName();
            for (FundsLine line : sheet.funds()) {
                List<String> cells = line.cells();
                for (int i = 1; i < cells.size(); i++) {
                    fits(cells.get(i), grid[2 + i], where);
                }
            }
            List<String> headers = new ArrayList<>(FundsLine.HEADER.subList(1, FundsLine.HEADER.size()));
            for (int i = 0; i < headers.size(); i++) {
                fits(headers.get(i), grid[3 + i], where);
            }
            for (int i = 0; i < IndicatorLine.HEADER.size(); i++) {
                fits(IndicatorLine.HEADER.get(i), grid[1 + i], where);
            }
            for (IndicatorLine line : sheet.indicators()) {
                List<String> cells = line.cells();
                for (int i = 0; i < cells.size(); i++) {
                    fits(cells.get(i), grid[1 + i], where);
                }
            }
            fits(sheet.total().toString(), grid[7], where);
        }
    }

    @Test
    void everyCellOfThePlainTablesFitsItsColumn() throws IOException {
        List<OfficialDocument> documents = List.of(SeedReport.document(), SeedReport.review());
        for (OfficialDocument document : documents) {
            for (Block block : document.blocks()) {
                if (block instanceof Block.Table table) {
                    double[] columns = inner(table.layoutWeights());
                    for (List<String> row : table.rows()) {
                        for (int c = 0; c < row.size(); c++) {
                            fits(row.get(c), columns[c], document.title() + " " + table.header());
                        }
                    }
                }
            }
        }
    }
}
