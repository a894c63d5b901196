package jixiao.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Builds a sheet the way a clerk types one: {@code row(6, null, "年度资金总额", "21", 21, "7.3万元")} puts texts as
 * text and numbers as numbers from column A on; null leaves a cell empty.
 */
final class HandMadeSheet {
    private final Workbook workbook;
    private final Sheet sheet;

    HandMadeSheet(Workbook workbook, String name) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
    }

    /** Row {@code excelRow} (1-based, as the clerk sees it). */
    HandMadeSheet row(int excelRow, Object... values) {
        Row row = sheet.createRow(excelRow - 1);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    /** A number shown with a format, such as 0.84 as "84%". */
    HandMadeSheet formatted(String address, double value, String format) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        Cell cell = row.createCell(ref.getCol());
        cell.setCellValue(value);
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        cell.setCellStyle(style);
        return this;
    }

    HandMadeSheet merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }
}
