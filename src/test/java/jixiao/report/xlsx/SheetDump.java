package jixiao.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Prints a sheet as a clerk would see it, row by row with each cell's address, displayed text, type and format, and
 * the merged regions: for looking at a generated workbook on a machine without a spreadsheet program.
 *
 * <pre>java -cp … jixiao.report.xlsx.SheetDump FILE.xlsx [SHEET]</pre>
 */
public final class SheetDump {
    private SheetDump() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                Workbook workbook = WorkbookFactory.create(in)) {
            out.print("sheets:");
            for (Sheet sheet : workbook) {
                out.print(" " + sheet.getSheetName()
                        + (workbook.isSheetHidden(workbook.getSheetIndex(sheet)) ? "(hidden)" : ""));
            }
            out.println();
            if (args.length > 1) {
                dump(workbook.getSheet(args[1]), out);
            }
        }
    }

    static void dump(Sheet sheet, PrintStream out) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            StringBuilder line = new StringBuilder();
            for (Cell cell : row) {
                String shown = formatter.formatCellValue(cell);
                if (shown.isEmpty()) {
                    continue;
                }
                line.append(" | ").append(cell.getAddress()).append('=').append(shorten(shown));
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    line.append(" [")
                            .append(cell.getCellStyle().getDataFormatString())
                            .append(']');
                }
            }
            out.printf("%3d h%-5.1f%s%n", row.getRowNum() + 1, row.getHeightInPoints(), line);
        }
        out.print("merged:");
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            out.print(" " + region.formatAsString());
        }
        out.println();
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', '⏎');
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
