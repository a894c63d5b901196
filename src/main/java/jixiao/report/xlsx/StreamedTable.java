package jixiao.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A region-wide table as a workbook written while its rows arrive (SXSSF: only a window of rows is held in memory, the
 * rest is flushed to a temporary file), so that a region of 100,000 rows is written like the streamed summary: a
 * title, note lines, a heading row that repeats on every printed page and stays frozen, then one row per call of
 * {@link #add}; money, scores and rates as numbers, never text. A second sheet can carry the method or the
 * parameters ({@link #notesSheet}). Used for the 复核 results table and the 抽评 sample list.
 */
public final class StreamedTable implements AutoCloseable {

    /** Rows kept in memory; the rest are flushed to a temporary file. */
    private static final int WINDOW = 200;

    /** What a column holds: text (wrapped), money (#,##0.00), a score (0.00), a rate (0.00%), a whole number. */
    public enum Kind {
        TEXT,
        MONEY,
        SCORE,
        PERCENT,
        WHOLE
    }

    /**
     * One column: its heading, what it holds and its width in characters.
     *
     * @param width in characters (a Chinese character counts as two)
     * @param linked whether a row's link ({@link #add}'s url) is put on this column's cell
     */
    public record Column(String header, Kind kind, int width, boolean linked) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
        }

        public Column(String header, Kind kind, int width) {
            this(header, kind, width, false);
        }

        /** A text column that carries each row's link. */
        public static Column linked(String header, int width) {
            return new Column(header, Kind.TEXT, width, true);
        }
    }

    private final SXSSFWorkbook workbook;
    private final SheetStyles styles;
    /** Whether this table made the workbook (the first sheet's table), which closing it disposes of. */
    private final boolean owner;

    private final List<Column> columns;
    private final Sheet sheet;
    private final CellStyle flaggedText;
    private final CellStyle flaggedNumber;
    private final CellStyle link;
    private final int heading;
    private int next;

    /**
     * A workbook of one table.
     *
     * @param sheetName the table's sheet
     * @param title the title above the table
     * @param notes lines under the title (region, year, who made it and when)
     */
    public StreamedTable(String sheetName, String title, List<String> notes, List<Column> columns) {
        this(new SXSSFWorkbook(WINDOW), null, sheetName, title, notes, columns);
    }

    private StreamedTable(
            SXSSFWorkbook workbook,
            SheetStyles shared,
            String sheetName,
            String title,
            List<String> notes,
            List<Column> columns) {
        this.workbook = workbook;
        this.owner = shared == null;
        this.styles = owner ? new SheetStyles(workbook) : shared;
        this.columns = List.copyOf(columns);
        this.sheet = workbook.createSheet(sheetName);
        flaggedText = workbook.createCellStyle();
        flaggedText.cloneStyleFrom(styles.text);
        highlight(flaggedText);
        flaggedNumber = workbook.createCellStyle();
        flaggedNumber.cloneStyleFrom(styles.score);
        highlight(flaggedNumber);
        link = workbook.createCellStyle();
        link.cloneStyleFrom(styles.text);
        Font blue = workbook.createFont();
        blue.setFontName(SheetStyles.FONT);
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(blue);
        for (int i = 0; i < this.columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, this.columns.get(i).width()) * 256);
        }
        Row titleRow = sheet.createRow(next++);
        titleRow.setHeightInPoints(28);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, this.columns.size() - 1)));
        for (String note : notes) {
            Cell cell = sheet.createRow(next++).createCell(0);
            cell.setCellValue(CellText.fitted(note));
            cell.setCellStyle(styles.caption);
        }
        heading = next++;
        Row header = sheet.createRow(heading);
        for (int i = 0; i < this.columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(this.columns.get(i).header());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, heading + 1);
        PageSetup.landscape(sheet, heading);
    }

    /**
     * Another table on a new sheet of the same workbook (a workbook of several views, such as a region's re-check by
     * unit, evaluation and finding), filled alongside this one; {@link #write} and {@link #close} of the first table
     * write and dispose of every sheet.
     */
    public StreamedTable nextSheet(String sheetName, String title, List<String> notes, List<Column> columns) {
        return new StreamedTable(workbook, styles, sheetName, title, notes, columns);
    }

    /** The row number (from 0) of the table's heading row. */
    public int headingRow() {
        return heading;
    }

    /**
     * One row: a value per column (a String, a BigDecimal, a Long or Integer, or null); {@code url} (or null) is put on the linked
     * column's cell, {@code flagged} marks the row (a large gap).
     */
    public void add(List<?> values, String url, boolean flagged) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a row needs a value per column: " + values.size() + " of " + columns.size());
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            Kind kind = columns.get(i).kind();
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Long || value instanceof Integer) {
                cell.setCellValue(((Number) value).doubleValue());
            } else if (value != null) {
                cell.setCellValue(CellText.fitted(value.toString()));
            }
            cell.setCellStyle(style(kind, flagged));
            if (columns.get(i).linked() && url != null && value != null) {
                Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                hyperlink.setAddress(url);
                cell.setHyperlink(hyperlink);
                cell.setCellStyle(link);
            }
        }
    }

    /** A second sheet of plain lines (the method of a draw, the parameters), each a row. */
    public void notesSheet(String name, List<String> lines) {
        SXSSFSheet notes = workbook.createSheet(name);
        notes.setColumnWidth(0, 120 * 256);
        int r = 0;
        for (String line : lines) {
            Cell cell = notes.createRow(r++).createCell(0);
            cell.setCellValue(CellText.fitted(line));
            cell.setCellStyle(styles.note);
        }
        PageSetup.portrait(notes, 0);
    }

    /** Writes the workbook to the stream; does not close the stream. */
    public void write(OutputStream out) throws IOException {
        workbook.setActiveSheet(0);
        workbook.write(out);
    }

    /** Removes the temporary file of the flushed rows. */
    @Override
    public void close() throws IOException {
        if (owner) {
            workbook.dispose();
            workbook.close();
        }
    }

    private CellStyle style(Kind kind, boolean flagged) {
        return switch (kind) {
            case TEXT -> flagged ? flaggedText : styles.text;
            case MONEY -> styles.money;
            case SCORE -> flagged ? flaggedNumber : styles.score;
            case PERCENT -> styles.percent;
            case WHOLE -> styles.whole;
        };
    }

    private static void highlight(CellStyle style) {
        style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
