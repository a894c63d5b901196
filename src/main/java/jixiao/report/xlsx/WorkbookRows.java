package jixiao.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The first sheet of a workbook as rows of text, each cell as Excel shows it (a list a unit keeps in Excel, such as its
 * 重点工作计划); blank rows are left out. POI stays inside this package.
 */
public final class WorkbookRows {
    private WorkbookRows() {}

    public static List<List<String>> firstSheet(InputStream in) throws WorkbookImportException, IOException {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (EncryptedDocumentException e) {
            throw new WorkbookImportException(List.of(new ImportProblem(null, null, "工作簿有密码保护，请先取消密码再导入")));
        } catch (IOException | RuntimeException e) {
            throw new WorkbookImportException(
                    List.of(new ImportProblem(null, null, "不是有效的 Excel 工作簿（" + e.getMessage() + "）")));
        }
        try (workbook) {
            DataFormatter formatter = new DataFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    String text =
                            cell == null ? "" : formatter.formatCellValue(cell).strip();
                    any |= !text.isEmpty();
                    cells.add(text);
                }
                if (any) {
                    rows.add(cells);
                }
            }
            return rows;
        }
    }
}
