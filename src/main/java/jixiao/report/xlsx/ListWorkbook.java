package jixiao.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as a workbook of one sheet, as a page shows it (its title, then a heading row and a row per entry), streamed:
 * rows are flushed to a temporary file as they are added, so that a list of 100,000 rows is written in little memory.
 * Numbers stay numbers (money {@code #,##0.00}, rates {@code 0.00%}, scores {@code 0.00}), never text.
 */
public final class ListWorkbook implements AutoCloseable {

    /** How a column's values are written. */
    public enum Kind {
        TEXT,
        MONEY,
        PERCENT,
        SCORE,
        WHOLE
    }

    /** A column: its heading, kind and width in characters. */
    public record Column(String heading, Kind kind, int width) {}

    private static final int HEADER_ROW = 1;
    private static final int STREAM_WINDOW = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(STREAM_WINDOW);
    private final SheetStyles styles = new SheetStyles(workbook);
    private final Sheet sheet;
    private final TableWriter t;
    private final List<Column> columns;
    private int row = HEADER_ROW + 1;

    public ListWorkbook(String sheetName, String title, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.sheet = workbook.createSheet(sheetName);
        this.t = new TableWriter(sheet, columns.stream().mapToInt(Column::width).toArray());
        t.merge(0, 0, 0, columns.size() - 1, styles.title);
        t.text(0, 0, title, styles.title);
        for (int c = 0; c < columns.size(); c++) {
            t.text(HEADER_ROW, c, columns.get(c).heading(), styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /** One row: a value per column, a String for text, a BigDecimal or a whole number otherwise; null leaves blank. */
    public void add(List<?> values) {
        for (int c = 0; c < columns.size(); c++) {
            Object value = c < values.size() ? values.get(c) : null;
            Kind kind = columns.get(c).kind();
            if (kind == Kind.TEXT) {
                t.line(row, c, value == null ? null : value.toString(), styles.text);
            } else if (value instanceof Number number) {
                t.number(row, c, new BigDecimal(number.toString()), style(kind));
            } else {
                t.text(row, c, null, style(kind));
            }
        }
        row++;
    }

    /** Writes the workbook; does not close the stream. */
    public void write(OutputStream out) throws IOException {
        if (row > HEADER_ROW + 1) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, columns.size() - 1));
        }
        PageSetup.landscape(sheet, HEADER_ROW);
        workbook.write(out);
    }

    private CellStyle style(Kind kind) {
        return switch (kind) {
            case MONEY -> styles.money;
            case PERCENT -> styles.percent;
            case SCORE -> styles.score;
            case WHOLE -> styles.whole;
            case TEXT -> styles.text;
        };
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
