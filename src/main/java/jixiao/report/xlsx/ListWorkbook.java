package jixiao.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as a workbook (an export button's file): one sheet, a bold header row, then one row per item, streamed so
 * that a long list needs little memory. Texts longer than a cell holds are cut with a note ({@link CellText}).
 */
public final class ListWorkbook {

    /** Receives the rows of the list, one call per row: texts (null for blank), numbers and booleans. */
    public interface Rows {
        void write(Consumer<List<Object>> row) throws IOException;
    }

    private ListWorkbook() {}

    public static void write(String sheetName, List<String> headers, int[] widths, Rows rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row top = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                if (c < widths.length) {
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.write(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else {
                        cell.setCellValue(CellText.fitted(value.toString()));
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }
}
