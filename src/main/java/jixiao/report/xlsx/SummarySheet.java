package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.IntFunction;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.Severity;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Ratio;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 汇总 sheet: one row per project (项目名称, 全年预算数, 全年执行数, 执行率, 得分, 等级, 错误数, 警告数) and a 合计
 * row. Rows are written one at a time and only running sums are kept, so that the same code serves the streamed
 * workbook of {@link SelfEvaluationWorkbook#writeSummary}, where rows already written are flushed to disk.
 */
final class SummarySheet {
    static final int HEADER_ROW = 2;
    private static final int[] WIDTHS = {8, 40, 16, 16, 12, 10, 8, 10, 10};

    private final Sheet sheet;
    private final SheetStyles styles;
    private final TableWriter t;
    private final IntFunction<String> sheetOfProject;
    private int row = HEADER_ROW + 1;
    private int projects;
    private BigDecimal budget = BigDecimal.ZERO;
    private BigDecimal executed = BigDecimal.ZERO;
    private BigDecimal scores = BigDecimal.ZERO;
    private long errors;
    private long warnings;

    /**
     * @param sheetOfProject the sheet the n-th project's name (from 0) links to, or null where there are no project
     *     sheets
     */
    SummarySheet(
            Sheet sheet,
            SheetStyles styles,
            int fiscalYear,
            String unitName,
            MoneyUnit moneyUnit,
            IntFunction<String> sheetOfProject) {
        this.sheet = sheet;
        this.styles = styles;
        this.t = new TableWriter(sheet, WIDTHS);
        this.sheetOfProject = sheetOfProject;
        int last = WIDTHS.length - 1;
        t.merge(0, 0, 0, last, styles.title);
        t.text(0, 0, fiscalYear + "年度项目支出绩效自评汇总表", styles.title);
        sheet.getRow(0).setHeightInPoints(30);
        t.merge(1, 1, 0, last, styles.caption);
        t.text(1, 0, "预算单位：" + (unitName == null ? "" : unitName) + "　　金额单位：" + moneyUnit.label(), styles.caption);
        String[] columns = {
            "序号",
            Labels.PROJECT_NAME,
            Labels.ANNUAL_BUDGET,
            Labels.EXECUTED,
            Labels.EXECUTION_RATE,
            Labels.SCORE,
            "等级",
            "错误数",
            "警告数"
        };
        for (int c = 0; c < columns.length; c++) {
            t.text(HEADER_ROW, c, columns[c], styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    void add(ProjectAssessment assessment) {
        projects++;
        ExecutionScore execution = assessment.execution();
        t.number(row, 0, projects, styles.whole);
        Cell name = t.line(row, 1, assessment.project().name(), styles.text);
        if (sheetOfProject != null) {
            link(name, sheetOfProject.apply(projects - 1));
        }
        t.number(row, 2, execution.budget(), styles.money);
        t.number(row, 3, execution.executed(), styles.money);
        t.number(row, 4, execution.rate() == null ? null : execution.rate().value(), styles.percent);
        t.number(row, 5, assessment.total().value(), styles.score);
        t.line(row, 6, assessment.grade().label(), styles.centred);
        long projectErrors = 0;
        long projectWarnings = 0;
        for (Finding finding : assessment.findings()) {
            if (finding.severity() == Severity.ERROR) {
                projectErrors++;
            } else if (finding.severity() == Severity.WARNING) {
                projectWarnings++;
            }
        }
        t.number(row, 7, projectErrors, styles.whole);
        t.number(row, 8, projectWarnings, styles.whole);
        if (execution.budget() != null) {
            budget = budget.add(execution.budget());
        }
        if (execution.executed() != null) {
            executed = executed.add(execution.executed());
        }
        scores = scores.add(assessment.total().value());
        errors += projectErrors;
        warnings += projectWarnings;
        row++;
    }

    /**
     * The 合计 row: sums, the overall 执行率 (Σ执行数 ÷ Σ预算数) and the mean score, as formulas over the rows above
     * with their values cached (a reader that does not recalculate sees the same figures).
     */
    void finish() {
        t.text(row, 0, "合计", styles.label);
        t.text(row, 1, "共 " + projects + " 个项目（得分为平均分）", styles.label);
        BigDecimal rate =
                budget.signum() == 0 ? null : Ratio.of(executed, budget).value();
        BigDecimal mean = projects == 0 ? null : scores.divide(BigDecimal.valueOf(projects), 2, RoundingMode.HALF_UP);
        if (projects == 0) {
            t.number(row, 2, budget, styles.money);
            t.number(row, 3, executed, styles.money);
            t.number(row, 4, rate, styles.percent);
            t.number(row, 5, mean, styles.score);
            t.number(row, 7, BigDecimal.valueOf(errors), styles.whole);
            t.number(row, 8, BigDecimal.valueOf(warnings), styles.whole);
        } else {
            String rows = (HEADER_ROW + 2) + ":%1$s" + row;
            String total = "%1$s" + (row + 1);
            t.formula(row, 2, "SUM(C" + rows.formatted("C") + ")", budget, styles.money);
            t.formula(row, 3, "SUM(D" + rows.formatted("D") + ")", executed, styles.money);
            t.formula(
                    row,
                    4,
                    "IF(" + total.formatted("C") + "=0,\"\"," + total.formatted("D") + "/" + total.formatted("C") + ")",
                    rate,
                    styles.percent);
            t.formula(row, 5, "ROUND(AVERAGE(F" + rows.formatted("F") + "),2)", mean, styles.score);
            t.formula(row, 7, "SUM(H" + rows.formatted("H") + ")", BigDecimal.valueOf(errors), styles.whole);
            t.formula(row, 8, "SUM(I" + rows.formatted("I") + ")", BigDecimal.valueOf(warnings), styles.whole);
        }
        t.text(row, 6, null, styles.centred);
        if (row > HEADER_ROW + 1) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, WIDTHS.length - 1));
        }
        PageSetup.landscape(sheet, HEADER_ROW);
    }

    private void link(Cell cell, String target) {
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + target.replace("'", "''") + "'!A1");
        cell.setHyperlink(link);
    }
}
