package jixiao.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.MoneyUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A self-evaluation report and its assessment as an .xlsx workbook:
 *
 * <ul>
 *   <li>汇总: every project with 全年预算数, 全年执行数, 执行率, 得分, 等级 and its numbers of errors and warnings, and a 合计
 *       row; each name links to its sheet;
 *   <li>one sheet per project: the 项目支出绩效自评表 in the official layout, where 得分 is the rule's score (the system's
 *       official output) and 填报得分 / 填报执行率 / 计算说明 stand to the right of the official columns;
 *   <li>问题清单: every finding (代码, 问题类别, 级别, 项目, 指标, 说明);
 *   <li>报告数据 (hidden): the 预算单位, the 部门（单位）整体自评 and each project's narrative, so that {@link
 *       SelfEvaluationWorkbookReader} reads the workbook back into the same report.
 * </ul>
 *
 * <p>Money is stored as numbers formatted {@code #,##0.00} in the report's unit, rates as fractions formatted
 * {@code 0.00%}, scores formatted {@code 0.00}; never as text.
 */
public final class SelfEvaluationWorkbook {
    /** Rows kept in memory by the streamed summary; the rest are flushed to a temporary file. */
    private static final int STREAM_WINDOW = 100;

    public void write(SelfEvaluationReport report, ReportAssessment assessment, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, assessment, out);
        }
    }

    /** Writes the workbook to the stream; does not close it. */
    public void write(SelfEvaluationReport report, ReportAssessment assessment, OutputStream out) throws IOException {
        List<ProjectAssessment> projects = assessment.projects();
        if (projects.size() != report.projects().size()) {
            throw new IllegalArgumentException("the assessment is of another report: " + projects.size()
                    + " projects assessed, " + report.projects().size() + " in the report");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            SheetNames names = new SheetNames();
            Sheet summarySheet = workbook.createSheet(names.reserve(Labels.SUMMARY_SHEET));
            names.reserve(Labels.FINDINGS_SHEET);
            names.reserve(Labels.DATA_SHEET);
            names.reserve(UnitSheet.NAME);
            List<String> sheetOfProject = new ArrayList<>();
            ProjectSheet layout =
                    new ProjectSheet(styles, assessment.ruleSet(), report.fiscalYear(), report.moneyUnit());
            int position = 1;
            for (ProjectAssessment project : projects) {
                String sheetName = names.forProject(project.project().name(), position++);
                sheetOfProject.add(sheetName);
                layout.write(workbook.createSheet(sheetName), project);
            }
            SummarySheet summary = new SummarySheet(
                    summarySheet,
                    styles,
                    report.fiscalYear(),
                    report.unit().name(),
                    report.moneyUnit(),
                    sheetOfProject::get);
            projects.forEach(summary::add);
            summary.finish();
            if (assessment.department() != null) {
                UnitSheet.write(workbook.createSheet(UnitSheet.NAME), styles, assessment.department());
            }
            FindingsSheet.write(workbook.createSheet(Labels.FINDINGS_SHEET), styles, assessment.findings());
            ReportDataSheet.write(workbook, report);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    /**
     * The 汇总 sheet alone, streamed for very many projects: rows are taken from {@code projects} one at a time and
     * flushed to a temporary file after the first {@value #STREAM_WINDOW}, so memory does not grow with their
     * number (as long as {@code projects} itself produces them lazily). Does not close the stream.
     */
    public void writeSummary(
            int fiscalYear,
            String unitName,
            MoneyUnit moneyUnit,
            Iterable<ProjectAssessment> projects,
            OutputStream out)
            throws IOException {
        streamed(
                out,
                (sheet, styles) -> new SummarySheet(sheet, styles, fiscalYear, unitName, moneyUnit, null),
                summary -> projects.forEach(summary::add));
    }

    /**
     * The 汇总 sheet of a region: every unit's projects of a year, each row naming its 预算单位, streamed as {@link
     * #writeSummary} streams a unit's: {@code rows} hands each row to the sheet as it comes (from the database as it
     * sends them), and none is kept. Amounts in the given unit. Does not close the stream.
     */
    public void writeRegionSummary(
            int fiscalYear,
            String regionName,
            MoneyUnit moneyUnit,
            Consumer<Consumer<SummaryRow>> rows,
            OutputStream out)
            throws IOException {
        streamed(
                out,
                (sheet, styles) -> SummarySheet.ofRegion(sheet, styles, fiscalYear, regionName, moneyUnit),
                summary -> rows.accept(summary::add));
    }

    /** A workbook of the 汇总 sheet alone, its rows flushed to a temporary file as they are written. */
    private static void streamed(
            OutputStream out, BiFunction<Sheet, SheetStyles, SummarySheet> start, Consumer<SummarySheet> rows)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAM_WINDOW);
        try {
            SummarySheet summary = start.apply(workbook.createSheet(Labels.SUMMARY_SHEET), new SheetStyles(workbook));
            rows.accept(summary);
            summary.finish();
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
