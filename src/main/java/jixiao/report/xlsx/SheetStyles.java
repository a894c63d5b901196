package jixiao.report.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, made once: a workbook holds at most 64,000 styles, so a style per cell would
 * break on a large report. The font is 宋体, the face of printed government tables; Excel and WPS substitute a
 * local CJK font where it is missing.
 */
final class SheetStyles {
    static final String FONT = "宋体";
    static final String MONEY_FORMAT = "#,##0.00";
    static final String PERCENT_FORMAT = "0.00%";
    static final String SCORE_FORMAT = "0.00";

    private final Workbook workbook;
    private final Font plain;
    private final Font bold;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle caption;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle centred;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle score;
    final CellStyle whole;
    final CellStyle note;
    final CellStyle explanation;
    private final Map<Integer, CellStyle> percentByDecimals = new HashMap<>();

    SheetStyles(Workbook workbook) {
        this.workbook = workbook;
        plain = font(11, false);
        bold = font(11, true);
        title = workbook.createCellStyle();
        title.setFont(font(18, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(plain);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        caption = workbook.createCellStyle();
        caption.setFont(plain);
        caption.setAlignment(HorizontalAlignment.LEFT);
        header = bordered(bold, HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered(bold, HorizontalAlignment.CENTER);
        text = bordered(plain, HorizontalAlignment.LEFT);
        centred = bordered(plain, HorizontalAlignment.CENTER);
        money = numeric(MONEY_FORMAT);
        percent = numeric(PERCENT_FORMAT);
        score = numeric(SCORE_FORMAT);
        whole = numeric("0");
        note = workbook.createCellStyle();
        note.setFont(plain);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        explanation = bordered(font(10, false), HorizontalAlignment.LEFT);
    }

    /** A percentage shown with as many decimals as the submitter printed ("98.0%" keeps its one decimal). */
    CellStyle percent(int decimals) {
        return percentByDecimals.computeIfAbsent(decimals, d -> {
            String format = d == 0 ? "0%" : "0." + "0".repeat(d) + "%";
            return numeric(format);
        });
    }

    private CellStyle numeric(String format) {
        CellStyle style = bordered(plain, HorizontalAlignment.RIGHT);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private CellStyle bordered(Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private Font font(int points, boolean isBold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(isBold);
        return font;
    }
}
