package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import jixiao.scoring.ProjectAssessment;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Ratio;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 汇总 sheet: one row per project (项目名称, 全年预算数, 全年执行数, 执行率, 得分, 等级, 错误数, 警告数; with 预算单位 before
 * the project where the sheet covers a region's units) and a 合计 row. Rows are written one at a time and only running
 * sums are kept, so that the same code serves the streamed workbooks of {@link SelfEvaluationWorkbook#writeSummary}
 * and {@link SelfEvaluationWorkbook#writeRegionSummary}, where rows already written are flushed to disk.
 */
final class SummarySheet {
    static final int HEADER_ROW = 2;
    private static final int[] WIDTHS = {8, 40, 16, 16, 12, 10, 8, 10, 10};
    private static final int[] WIDTHS_WITH_UNIT = {8, 30, 36, 16, 16, 12, 10, 8, 10, 10};

    private final Sheet sheet;
    private final SheetStyles styles;
    private final TableWriter t;
    private final IntFunction<String> sheetOfProject;
    /** 1 where the 预算单位 column stands before the project's name, else 0. */
    private final int shift;

    private final int columns;
    private int row = HEADER_ROW + 1;
    private int projects;
    private BigDecimal budget = BigDecimal.ZERO;
    private BigDecimal executed = BigDecimal.ZERO;
    private BigDecimal scores = BigDecimal.ZERO;
    private long errors;
    private long warnings;

    /**
     * A unit's summary.
     *
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
        this(sheet, styles, fiscalYear, "预算单位：" + (unitName == null ? "" : unitName), moneyUnit, sheetOfProject, false);
    }

    /** A region's summary: every unit's projects, each row naming its 预算单位. */
    static SummarySheet ofRegion(
            Sheet sheet, SheetStyles styles, int fiscalYear, String regionName, MoneyUnit moneyUnit) {
        return new SummarySheet(sheet, styles, fiscalYear, "地区：" + regionName, moneyUnit, null, true);
    }

    private SummarySheet(
            Sheet sheet,
            SheetStyles styles,
            int fiscalYear,
            String caption,
            MoneyUnit moneyUnit,
            IntFunction<String> sheetOfProject,
            boolean withUnit) {
        this.sheet = sheet;
        this.styles = styles;
        this.shift = withUnit ? 1 : 0;
        int[] widths = withUnit ? WIDTHS_WITH_UNIT : WIDTHS;
        this.columns = widths.length;
        this.t = new TableWriter(sheet, widths);
        this.sheetOfProject = sheetOfProject;
        int last = columns - 1;
        t.merge(0, 0, 0, last, styles.title);
        t.text(0, 0, fiscalYear + "年度项目支出绩效自评汇总表", styles.title);
        sheet.getRow(0).setHeightInPoints(30);
        t.merge(1, 1, 0, last, styles.caption);
        t.text(1, 0, caption + "　　金额单位：" + moneyUnit.label(), styles.caption);
        List<String> headings = new ArrayList<>(List.of("序号"));
        if (withUnit) {
            headings.add("预算单位");
        }
        headings.addAll(List.of(
                Labels.PROJECT_NAME,
                Labels.ANNUAL_BUDGET,
                Labels.EXECUTED,
                Labels.EXECUTION_RATE,
                Labels.SCORE,
                "等级",
                "错误数",
                "警告数"));
        for (int c = 0; c < headings.size(); c++) {
            t.text(HEADER_ROW, c, headings.get(c), styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    void add(ProjectAssessment assessment) {
        add(SummaryRow.of(assessment));
    }

    void add(SummaryRow project) {
        projects++;
        t.number(row, 0, projects, styles.whole);
        if (shift == 1) {
            t.line(row, 1, project.unitName(), styles.text);
        }
        Cell name = t.line(row, 1 + shift, project.projectName(), styles.text);
        if (sheetOfProject != null) {
            link(name, sheetOfProject.apply(projects - 1));
        }
        t.number(row, 2 + shift, project.budget(), styles.money);
        t.number(row, 3 + shift, project.executed(), styles.money);
        t.number(row, 4 + shift, project.executionRate(), styles.percent);
        t.number(row, 5 + shift, project.total(), styles.score);
        t.line(row, 6 + shift, project.grade(), styles.centred);
        t.number(row, 7 + shift, project.errors(), styles.whole);
        t.number(row, 8 + shift, project.warnings(), styles.whole);
        if (project.budget() != null) {
            budget = budget.add(project.budget());
        }
        if (project.executed() != null) {
            executed = executed.add(project.executed());
        }
        if (project.total() != null) {
            scores = scores.add(project.total());
        }
        errors += project.errors();
        warnings += project.warnings();
        row++;
    }

    /**
     * The 合计 row: sums, the overall 执行率 (Σ执行数 ÷ Σ预算数) and the mean score, as formulas over the rows above
     * with their values cached (a reader that does not recalculate sees the same figures).
     */
    void finish() {
        t.text(row, 0, "合计", styles.label);
        if (shift == 1) {
            t.text(row, 1, null, styles.label);
        }
        t.text(row, 1 + shift, "共 " + projects + " 个项目（得分为平均分）", styles.label);
        BigDecimal rate =
                budget.signum() == 0 ? null : Ratio.of(executed, budget).value();
        BigDecimal mean = projects == 0 ? null : scores.divide(BigDecimal.valueOf(projects), 2, RoundingMode.HALF_UP);
        if (projects == 0) {
            t.number(row, 2 + shift, budget, styles.money);
            t.number(row, 3 + shift, executed, styles.money);
            t.number(row, 4 + shift, rate, styles.percent);
            t.number(row, 5 + shift, mean, styles.score);
            t.number(row, 7 + shift, BigDecimal.valueOf(errors), styles.whole);
            t.number(row, 8 + shift, BigDecimal.valueOf(warnings), styles.whole);
        } else {
            String budgetColumn = letter(2);
            String executedColumn = letter(3);
            t.formula(row, 2 + shift, sum(2), budget, styles.money);
            t.formula(row, 3 + shift, sum(3), executed, styles.money);
            t.formula(
                    row,
                    4 + shift,
                    "IF(" + budgetColumn + (row + 1) + "=0,\"\"," + executedColumn + (row + 1) + "/" + budgetColumn
                            + (row + 1) + ")",
                    rate,
                    styles.percent);
            t.formula(row, 5 + shift, "ROUND(AVERAGE(" + range(5) + "),2)", mean, styles.score);
            t.formula(row, 7 + shift, sum(7), BigDecimal.valueOf(errors), styles.whole);
            t.formula(row, 8 + shift, sum(8), BigDecimal.valueOf(warnings), styles.whole);
        }
        t.text(row, 6 + shift, null, styles.centred);
        if (row > HEADER_ROW + 1) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, columns - 1));
        }
        PageSetup.landscape(sheet, HEADER_ROW);
    }

    /** The letter of a column of the unit's layout (2 = 全年预算数), shifted where the 预算单位 column stands first. */
    private String letter(int column) {
        return String.valueOf((char) ('A' + column + shift));
    }

    /** The project rows of a column, as a range: C4:C103. */
    private String range(int column) {
        return letter(column) + (HEADER_ROW + 2) + ":" + letter(column) + row;
    }

    private String sum(int column) {
        return "SUM(" + range(column) + ")";
    }

    private void link(Cell cell, String target) {
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + target.replace("'", "''") + "'!A1");
        cell.setHyperlink(link);
    }
}
