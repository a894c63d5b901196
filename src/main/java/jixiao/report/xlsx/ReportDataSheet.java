package jixiao.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.InterchangeWriter;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The hidden sheet 报告数据: what a 自评表 has no cell for, so that a workbook reads back into the same report. It holds
 * a {@code self-evaluation/1} document (the interchange format, validated on reading) with the 预算单位, the 部门（单位）
 * 整体自评, and per project only its name, {@code tableMissing} and the narrative ({@code claimed.summary},
 * {@code claimed.analysis}); everything a 自评表 shows is read from the project sheets, which a clerk may have edited.
 * The document is cut into cells of at most {@value #CHUNK} characters (Excel's limit is 32,767).
 */
final class ReportDataSheet {
    static final int CHUNK = 30_000;
    private static final String NOTICE = "本工作表由系统生成，保存自评表以外的报告内容（预算单位、部门整体自评、各项目的文字说明），格式为 self-evaluation/1。请勿修改。";

    private ReportDataSheet() {}

    static void write(Workbook workbook, SelfEvaluationReport report) {
        Sheet sheet = workbook.createSheet(Labels.DATA_SHEET);
        List<ProjectSelfEvaluation> narratives = new ArrayList<>();
        for (ProjectSelfEvaluation project : report.projects()) {
            ClaimedProject claimed = project.claimed();
            ClaimedProject narrative = claimed == null || (claimed.summary() == null && claimed.analysis() == null)
                    ? null
                    : new ClaimedProject(null, claimed.summary(), claimed.analysis());
            narratives.add(new ProjectSelfEvaluation(
                    project.name(), null, null, null, null, null, List.of(), narrative, project.tableMissing()));
        }
        SelfEvaluationReport carried = new SelfEvaluationReport(
                report.fiscalYear(),
                report.moneyUnit(),
                report.unit(),
                report.department(),
                narratives,
                report.narrative());
        String json = new InterchangeWriter().write(carried);
        sheet.createRow(0).createCell(0).setCellValue(NOTICE);
        int row = 1;
        for (int from = 0; from < json.length(); from += CHUNK) {
            sheet.createRow(row++)
                    .createCell(0)
                    .setCellValue(json.substring(from, Math.min(json.length(), from + CHUNK)));
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    /** The carried document, or null where the workbook has no such sheet (a hand-made one). */
    static SelfEvaluationReport read(Workbook workbook, ImportProblems problems) {
        Sheet sheet = workbook.getSheet(Labels.DATA_SHEET);
        if (sheet == null) {
            return null;
        }
        StringBuilder json = new StringBuilder();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                json.append(cell.getStringCellValue());
            }
        }
        try {
            return new InterchangeReader().read(json.toString());
        } catch (InterchangeException e) {
            problems.add(Labels.DATA_SHEET, null, "系统保存的报告数据已损坏（" + e.getMessage() + "）");
            return null;
        }
    }
}
