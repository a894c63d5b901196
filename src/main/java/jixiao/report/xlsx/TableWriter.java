package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import jixiao.report.DocumentCancelled;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells into one sheet and keeps what Excel does not: the height a wrapped row needs. Excel fits the height of
 * a wrapped cell only when it edits it, and never for merged cells, so a long 计算说明 or 年度总体目标 would show one
 * line; the height is estimated from the text and the column widths instead (a CJK character is two columns wide).
 */
final class TableWriter {
    private static final float LINE_HEIGHT = 15f;

    private final Sheet sheet;
    private final int[] widths;
    private final Map<Integer, Integer> linesByRow = new HashMap<>();
    private Row lastRow;
    private int lastRowIndex;

    /** {@code widths}: each column's width in characters, also set on the sheet. */
    TableWriter(Sheet sheet, int... widths) {
        this.sheet = sheet;
        this.widths = widths.clone();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    Sheet sheet() {
        return sheet;
    }

    Cell cell(int row, int column, CellStyle style) {
        DocumentCancelled.check();
        Row r = row(row);
        Cell cell = r.getCell(column);
        if (cell == null) {
            cell = r.createCell(column);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * The row, created where it does not exist. The last one is kept at hand: a table is written row by row, and a
     * streamed sheet would otherwise look each cell's row up in its map of rows.
     */
    private Row row(int index) {
        if (lastRow != null && lastRowIndex == index) {
            return lastRow;
        }
        Row r = sheet.getRow(index);
        if (r == null) {
            r = sheet.createRow(index);
        }
        lastRow = r;
        lastRowIndex = index;
        return r;
    }

    /**
     * A text cell whose row keeps the default height ({@link #fitRowHeights} will not consider it): the one-line rows
     * of a long list such as the 汇总, where estimating and keeping every row's height would cost time and memory.
     */
    Cell line(int row, int column, String value, CellStyle style) {
        Cell cell = cell(row, column, style);
        if (value != null) {
            cell.setCellValue(CellText.fitted(value));
        }
        return cell;
    }

    /** A numeric cell holding a count. */
    Cell number(int row, int column, long value, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellValue((double) value);
        return cell;
    }

    /** A text cell; null leaves it blank (but styled, so that the table's borders stay whole). */
    Cell text(int row, int column, String value, CellStyle style) {
        return text(row, column, column, value, style);
    }

    /** A label merged down several rows: it has their height, so it does not set its row's. */
    Cell label(int row, int column, String value, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellValue(CellText.fitted(value));
        return cell;
    }

    /** A text cell spanning columns {@code column..lastColumn} for the height estimate (merge it separately). */
    Cell text(int row, int column, int lastColumn, String value, CellStyle style) {
        Cell cell = cell(row, column, style);
        if (value != null) {
            cell.setCellValue(CellText.fitted(value));
            fit(row, value, column, lastColumn);
        }
        return cell;
    }

    /** A numeric cell (never text, so that Excel can add it up); null leaves it blank. */
    Cell number(int row, int column, BigDecimal value, CellStyle style) {
        Cell cell = cell(row, column, style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    /**
     * A formula with its value cached, so that a reader that does not recalculate (a viewer, POI, a form reader) shows
     * the same figure as Excel.
     */
    Cell formula(int row, int column, String formula, BigDecimal cached, CellStyle style) {
        Cell cell = cell(row, column, style);
        cell.setCellFormula(formula);
        if (cached != null) {
            cell.setCellValue(cached.doubleValue());
        }
        return cell;
    }

    /** Merges the range after styling every cell in it, so that the borders of the merged cell are drawn. */
    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn, CellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                Row row = sheet.getRow(r);
                Cell existing = row == null ? null : row.getCell(c);
                if (existing == null) {
                    cell(r, c, style);
                } else if (r != firstRow || c != firstColumn) {
                    // Excel keeps only the top-left value of a merged cell; a value left underneath would be hidden
                    // data
                    existing.setBlank();
                    existing.setCellStyle(style);
                }
            }
        }
        if (firstRow != lastRow || firstColumn != lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** Sets each written row to the height its longest wrapped text needs, at least {@code minimumLines}. */
    void fitRowHeights(int firstRow, int lastRow, int minimumLines) {
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                int lines = Math.max(minimumLines, linesByRow.getOrDefault(r, 1));
                row.setHeightInPoints(lines * LINE_HEIGHT + 3);
            }
        }
    }

    void fit(int row, String value, int firstColumn, int lastColumn) {
        int width = 0;
        for (int c = firstColumn; c <= lastColumn && c < widths.length; c++) {
            width += widths[c];
        }
        int lines = lines(value, Math.max(width - 1, 1));
        linesByRow.merge(row, lines, Math::max);
    }

    /** Lines a text needs in a column {@code width} characters wide. */
    static int lines(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int columns = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                columns += isWide(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            lines += Math.max(1, (columns + width - 1) / width);
        }
        return lines;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100
                && (cp <= 0x115F
                        || (cp >= 0x2E80 && cp <= 0xA4CF)
                        || (cp >= 0xAC00 && cp <= 0xD7A3)
                        || (cp >= 0xF900 && cp <= 0xFAFF)
                        || (cp >= 0xFE30 && cp <= 0xFE4F)
                        || (cp >= 0xFF00 && cp <= 0xFF60)
                        || (cp >= 0xFFE0 && cp <= 0xFFE6)
                        || cp >= 0x20000);
    }
}
