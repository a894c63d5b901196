package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.shared.Decimals;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One project's 项目支出绩效自评表 in the official layout (财预〔2020〕10号 附件; the seed report prints the same):
 * title, 年度, 填表人, 项目名称, 主管部门及代码 / 实施单位, the 项目资金 block, 年度总体目标, the 绩效指标 rows with 一级
 * and 二级 merged over their groups, 总分 and the notes. Columns A–I are the official form as the unit submits it
 * (its 得分, 执行率 and 总分; a clerk edits them there) and are the sheet's print area; the check columns stand to the
 * right of it: J 计算得分 (the rule's), K 计算说明 and, in the 项目资金 block, L 计算执行率. Totals are formulas with
 * their values cached, so that a reader without recalculation sees them.
 */
final class ProjectSheet {
    static final int BLOCK = 0;
    static final int LEVEL1 = 1;
    static final int LEVEL2 = 2;
    static final int LEVEL3 = 3;
    static final int TARGET = 4;
    static final int ACTUAL = 5;
    static final int WEIGHT = 6;
    static final int SCORE = 7;
    static final int REASON = 8;
    static final int COMPUTED = 9;
    static final int EXPLANATION = 10;
    static final int COMPUTED_RATE = 11;

    /** Funds columns: 年初预算数 … 得分 sit in D–I, under 三级指标 … 偏差原因, as in the printed form. */
    static final int INITIAL_BUDGET = 3;

    static final int ANNUAL_BUDGET = 4;
    static final int EXECUTED = 5;
    static final int FUNDS_WEIGHT = 6;
    static final int RATE = 7;
    static final int FUNDS_SCORE = 8;

    /** The first row of the 绩效指标 block (0-based): row 14 in Excel, so that errors name G14 for the first 分值. */
    static final int FIRST_INDICATOR_ROW = 13;

    private static final int[] WIDTHS = {10, 12, 14, 26, 14, 14, 8, 10, 26, 10, 56, 12};
    private static final String DASH = "—";
    private static final Pattern PRINTED_PERCENT = Pattern.compile("\\s*(\\d+(?:\\.(\\d+))?)\\s*[%％]\\s*");

    private final SheetStyles styles;
    private final RuleSet rules;
    private final int fiscalYear;
    private final MoneyUnit moneyUnit;

    ProjectSheet(SheetStyles styles, RuleSet rules, int fiscalYear, MoneyUnit moneyUnit) {
        this.styles = styles;
        this.rules = rules;
        this.fiscalYear = fiscalYear;
        this.moneyUnit = moneyUnit;
    }

    void write(Sheet sheet, ProjectAssessment assessment) {
        ProjectSelfEvaluation project = assessment.project();
        TableWriter t = new TableWriter(sheet, WIDTHS);
        header(t, project);
        funds(t, project.funds(), assessment.execution());
        goals(t, project.goals());
        int totalRow = indicators(t, assessment.indicators());
        total(t, totalRow, assessment);
        int notesRow = totalRow + 1;
        String notes = notes(rules, project.tableMissing());
        t.merge(notesRow, notesRow, BLOCK, REASON, styles.note);
        t.text(notesRow, BLOCK, REASON, notes, styles.note);
        t.fitRowHeights(2, notesRow, 1);
        sheet.getRow(0).setHeightInPoints(30);
        // the official form is what prints; the check columns to its right do not
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), BLOCK, REASON, 0, notesRow);
        PageSetup.landscape(sheet, FIRST_INDICATOR_ROW - 1);
        sheet.createFreezePane(0, 4);
    }

    private void header(TableWriter t, ProjectSelfEvaluation project) {
        t.merge(0, 0, BLOCK, REASON, styles.title);
        t.text(0, BLOCK, Labels.TITLE, styles.title);
        t.merge(1, 1, BLOCK, REASON, styles.subtitle);
        t.text(1, BLOCK, "（" + fiscalYear + "年度）", styles.subtitle);
        t.merge(2, 2, BLOCK, REASON, styles.caption);
        t.text(2, BLOCK, REASON, Labels.FILLED_BY + "：" + Objects.toString(project.filledBy(), ""), styles.caption);

        t.text(3, BLOCK, Labels.PROJECT_NAME, styles.label);
        t.merge(3, 3, LEVEL1, REASON, styles.text);
        t.text(3, LEVEL1, REASON, project.name(), styles.text);
        t.text(4, BLOCK, Labels.COMPETENT_DEPARTMENT, styles.label);
        t.merge(4, 4, LEVEL1, TARGET, styles.text);
        t.text(4, LEVEL1, TARGET, project.competentDepartment(), styles.text);
        t.text(4, ACTUAL, Labels.IMPLEMENTING_UNIT, styles.label);
        t.merge(4, 4, WEIGHT, REASON, styles.text);
        t.text(4, WEIGHT, REASON, project.implementingUnit(), styles.text);
    }

    private void funds(TableWriter t, Funds funds, ExecutionScore execution) {
        int head = 5;
        t.merge(head, head + 4, BLOCK, BLOCK, styles.label);
        t.label(head, BLOCK, Labels.FUNDS + "（" + moneyUnit.label() + "）", styles.label);
        t.merge(head, head, LEVEL1, LEVEL2, styles.header);
        String[] columns = {
            Labels.INITIAL_BUDGET,
            Labels.ANNUAL_BUDGET,
            Labels.EXECUTED,
            Labels.WEIGHT,
            Labels.EXECUTION_RATE,
            Labels.SCORE
        };
        for (int i = 0; i < columns.length; i++) {
            t.text(head, INITIAL_BUDGET + i, columns[i], styles.header);
        }
        t.text(head, COMPUTED, Labels.COMPUTED_SCORE, styles.header);
        t.text(head, EXPLANATION, Labels.EXPLANATION, styles.header);
        t.text(head, COMPUTED_RATE, Labels.COMPUTED_RATE, styles.header);

        Funds f = funds == null ? new Funds(null, null, null, null, null, null) : funds;
        fundsRow(t, head + 1, Labels.TOTAL_FUNDS, f.total());
        fundsRow(t, head + 2, Labels.FISCAL_APPROPRIATION_ROW, f.fiscalAppropriation());
        fundsRow(t, head + 3, Labels.CARRY_OVER, f.carryOver());
        fundsRow(t, head + 4, Labels.OTHER_FUNDS, f.other());

        int total = head + 1;
        t.number(total, FUNDS_WEIGHT, f.weight(), styles.whole);
        Funds.ClaimedExecution claimed = f.claimed();
        // the form holds the unit's 执行率 and 得分 as it wrote them; the rule's stand beside the form
        claimedRate(t, total, claimed == null ? null : claimed.executionRate());
        t.number(total, FUNDS_SCORE, claimed == null ? null : claimed.score(), styles.score);
        t.number(total, COMPUTED, execution.score().value(), styles.score);
        t.text(total, EXPLANATION, execution.explanation().text(), styles.explanation);
        t.number(
                total,
                COMPUTED_RATE,
                execution.rate() == null ? null : execution.rate().value(),
                styles.percent);
        for (int r = head + 2; r <= head + 4; r++) {
            t.text(r, FUNDS_WEIGHT, DASH, styles.centred);
            t.text(r, FUNDS_SCORE, DASH, styles.centred);
            t.text(r, COMPUTED, null, styles.centred);
            t.text(r, EXPLANATION, null, styles.explanation);
            t.text(r, COMPUTED_RATE, null, styles.centred);
        }
    }

    private void fundsRow(TableWriter t, int row, String label, FundsRow amounts) {
        t.merge(row, row, LEVEL1, LEVEL2, styles.text);
        t.text(row, LEVEL1, LEVEL2, label, styles.text);
        FundsRow a = amounts == null ? new FundsRow(null, null, null) : amounts;
        t.number(row, INITIAL_BUDGET, a.initialBudget(), styles.money);
        t.number(row, ANNUAL_BUDGET, a.annualBudget(), styles.money);
        t.number(row, EXECUTED, a.executed(), styles.money);
        // the rows under 年度资金总额 show their own 执行率 as the printed form does (computed: the unit claims only
        // the total's); only the total is scored
        if (!label.equals(Labels.TOTAL_FUNDS)) {
            t.number(row, RATE, rowRate(a), styles.percent);
        }
    }

    private static BigDecimal rowRate(FundsRow row) {
        BigDecimal budget = row.annualBudget() != null ? row.annualBudget() : row.initialBudget();
        if (budget == null || budget.signum() == 0 || row.executed() == null) {
            return null;
        }
        return Ratio.of(row.executed(), budget).value();
    }

    /**
     * The submitter's 执行率 is text as printed ("98.0%"); it is stored as a number with as many decimals as printed,
     * so that it can be added up and still reads back as "98.0%". Anything else stays text.
     */
    private void claimedRate(TableWriter t, int row, String printed) {
        Matcher m = printed == null ? null : PRINTED_PERCENT.matcher(printed);
        if (m != null && m.matches() && printed.equals(printed.strip())) {
            int decimals = m.group(2) == null ? 0 : m.group(2).length();
            t.number(row, RATE, new BigDecimal(m.group(1)).movePointLeft(2), styles.percent(decimals));
        } else {
            t.text(row, RATE, printed, styles.centred);
        }
    }

    private void goals(TableWriter t, Goals goals) {
        int head = 10;
        t.merge(head, head + 1, BLOCK, BLOCK, styles.label);
        t.label(head, BLOCK, Labels.GOALS, styles.label);
        t.merge(head, head, LEVEL1, TARGET, styles.header);
        t.text(head, LEVEL1, Labels.EXPECTED, styles.header);
        t.merge(head, head, ACTUAL, REASON, styles.header);
        t.text(head, ACTUAL, Labels.ACHIEVED, styles.header);
        t.merge(head + 1, head + 1, LEVEL1, TARGET, styles.text);
        t.text(head + 1, LEVEL1, TARGET, goals == null ? null : goals.expected(), styles.text);
        t.merge(head + 1, head + 1, ACTUAL, REASON, styles.text);
        t.text(head + 1, ACTUAL, REASON, goals == null ? null : goals.achieved(), styles.text);
    }

    /** Writes the header and the rows; returns the row of 总分. */
    private int indicators(TableWriter t, List<IndicatorAssessment> rows) {
        int head = FIRST_INDICATOR_ROW - 1;
        String[] columns = {
            Labels.LEVEL1,
            Labels.LEVEL2,
            Labels.LEVEL3,
            Labels.TARGET,
            Labels.ACTUAL,
            Labels.WEIGHT,
            Labels.SCORE,
            Labels.DEVIATION_REASON,
            Labels.COMPUTED_SCORE,
            Labels.EXPLANATION
        };
        for (int i = 0; i < columns.length; i++) {
            t.text(head, LEVEL1 + i, columns[i], styles.header);
        }
        int row = FIRST_INDICATOR_ROW;
        for (IndicatorAssessment assessed : rows) {
            Indicator indicator = assessed.indicator();
            t.text(row, LEVEL1, indicator.level1(), styles.centred);
            t.text(row, LEVEL2, indicator.level2(), styles.centred);
            t.text(row, LEVEL3, indicator.level3(), styles.text);
            t.text(row, TARGET, indicator.target(), styles.centred);
            t.text(row, ACTUAL, indicator.actual(), styles.centred);
            t.number(row, WEIGHT, indicator.weight(), styles.whole);
            t.number(row, SCORE, indicator.claimedScore(), styles.score);
            t.text(row, REASON, indicator.deviationReason(), styles.text);
            t.number(row, COMPUTED, assessed.computedScore().value(), styles.score);
            t.text(row, EXPLANATION, assessed.score().explanation().text(), styles.explanation);
            row++;
        }
        t.merge(head, Math.max(head, row - 1), BLOCK, BLOCK, styles.label);
        t.label(head, BLOCK, Labels.INDICATORS, styles.label);
        mergeGroups(t, rows);
        return row;
    }

    /** 一级 merged over its run of rows, 二级 over its run inside the 一级, as in the printed form. */
    private void mergeGroups(TableWriter t, List<IndicatorAssessment> rows) {
        int start1 = 0;
        int start2 = 0;
        for (int i = 1; i <= rows.size(); i++) {
            Indicator previous = rows.get(i - 1).indicator();
            Indicator current = i < rows.size() ? rows.get(i).indicator() : null;
            boolean sameLevel1 = current != null && sameGroup(previous.level1(), current.level1());
            boolean sameLevel2 = sameLevel1 && sameGroup(previous.level2(), current.level2());
            if (!sameLevel2) {
                t.merge(FIRST_INDICATOR_ROW + start2, FIRST_INDICATOR_ROW + i - 1, LEVEL2, LEVEL2, styles.centred);
                start2 = i;
            }
            if (!sameLevel1) {
                t.merge(FIRST_INDICATOR_ROW + start1, FIRST_INDICATOR_ROW + i - 1, LEVEL1, LEVEL1, styles.centred);
                start1 = i;
            }
        }
    }

    /** Blank cells never merge: the reader would give a blank 二级 its neighbour's name. */
    private static boolean sameGroup(String a, String b) {
        return a != null && !a.isBlank() && a.equals(b);
    }

    /**
     * 总分: 分值 and the rule's total are formulas over the rows above (cached); the unit's 总分 is a formula too where
     * it is the sum of the unit's scores, and otherwise the figure the unit wrote, kept as written (a wrong total is the
     * unit's, for the checks to point out, not for the workbook to correct).
     */
    private void total(TableWriter t, int row, ProjectAssessment assessment) {
        ProjectSelfEvaluation project = assessment.project();
        t.merge(row, row, BLOCK, ACTUAL, styles.label);
        t.text(row, BLOCK, Labels.TOTAL, styles.label);
        int fundsRow = 6;
        String rows = assessment.indicators().isEmpty() ? null : "%s" + (FIRST_INDICATOR_ROW + 1) + ":%s" + row;
        t.formula(row, WEIGHT, sum(rows, "G", "G" + (fundsRow + 1)), printedWeights(project), styles.whole);
        BigDecimal claimedTotal =
                project.claimed() == null ? null : project.claimed().total();
        BigDecimal claimedSum = claimedSum(project);
        if (claimedTotal != null && claimedSum != null && claimedTotal.compareTo(claimedSum) == 0 && rows != null) {
            t.formula(row, SCORE, sum(rows, "H", "I" + (fundsRow + 1)), claimedTotal, styles.score);
        } else {
            t.number(row, SCORE, claimedTotal, styles.score);
        }
        t.text(row, REASON, null, styles.text);
        t.formula(
                row,
                COMPUTED,
                sum(rows, "J", "J" + (fundsRow + 1)),
                assessment.total().value(),
                styles.score);
        Points execution = assessment.execution().score();
        // where no table was printed the engine takes the indicator part from the summary paragraph
        Points indicators = assessment.total().minus(execution);
        String part = assessment.indicators().isEmpty()
                ? "指标得分 " + indicators + "（报告未附自评表，取自文字说明中产出、效益、满意度的自评分）"
                : "指标得分合计 " + indicators;
        String explanation = part + " + 预算执行率得分 " + execution + " = " + assessment.total() + "；等级："
                + assessment.grade().label();
        t.text(row, EXPLANATION, explanation, styles.explanation);
    }

    /** "SUM(H14:H20)+I7", or the one cell where there are no rows. */
    private static String sum(String rows, String column, String plus) {
        return rows == null ? plus : "SUM(" + rows.formatted(column, column) + ")+" + plus;
    }

    /** Σ the unit's scores (rows and 预算执行率), or null where one of them is missing. */
    private static BigDecimal claimedSum(ProjectSelfEvaluation project) {
        if (project.funds() == null
                || project.funds().claimed() == null
                || project.funds().claimed().score() == null) {
            return null;
        }
        BigDecimal sum = project.funds().claimed().score();
        for (Indicator indicator : project.indicators()) {
            if (indicator.claimedScore() == null) {
                return null;
            }
            sum = sum.add(indicator.claimedScore());
        }
        return sum;
    }

    /** The weights as printed, added up: 100 on a correct table, and honestly something else on a wrong one. */
    private static BigDecimal printedWeights(ProjectSelfEvaluation project) {
        BigDecimal sum = project.funds() == null || project.funds().weight() == null
                ? BigDecimal.ZERO
                : project.funds().weight();
        for (Indicator indicator : project.indicators()) {
            if (indicator.weight() != null) {
                sum = sum.add(indicator.weight());
            }
        }
        return sum;
    }

    /**
     * The notes printed under every 自评表 (the seed's, after 财预〔2020〕10号), with the weights and tiers of the rule
     * set actually used, and a note on which score is whose.
     */
    static String notes(RuleSet rules, boolean tableMissing) {
        List<Map.Entry<String, Points>> weights =
                new ArrayList<>(rules.level1Weights().entrySet());
        weights.sort(Map.Entry.<String, Points>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        StringBuilder level1 = new StringBuilder();
        for (Map.Entry<String, Points> weight : weights) {
            String stem = weight.getKey();
            level1.append(stem)
                    .append(stem.endsWith("指标") ? "" : "指标")
                    .append(weight.getValue())
                    .append("分、");
        }
        level1.append("预算资金执行率").append(rules.executionWeight()).append("分");
        String achieved = percent(rules.achievedFloor());
        String partial = percent(rules.partialFloor());
        String notes = "注：1. 绩效自评采取打分评价的形式，原则上一级指标分值统一设置为：" + level1 + "。"
                + "2. 偏差原因分析及改进措施：说明偏离目标、不能完成目标的原因及改进措施。"
                + "3. 定性指标根据指标完成情况分为达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档，分别按照该指标对应分值区间100%-"
                + achieved + "（含）、" + achieved + "-" + partial + "（含）、" + partial
                + "-0%合理确定分值。定量指标完成指标值的，记该指标所赋全部分值；未完成的，按照完成值与指标值的比例计分。"
                + "4. 本表“得分”“执行率”“总分”为单位填报数；按规则集“" + rules.name() + "”（版本 " + rules.version()
                + "）计算的得分和计算过程见表右“计算得分”“计算说明”列（不在打印区域内）。";
        if (tableMissing) {
            notes += "5. 报告未附本项目的自评表，表中数据取自报告正文。";
        }
        return notes;
    }

    private static String percent(BigDecimal fraction) {
        return Decimals.plain(fraction.movePointRight(2)) + "%";
    }
}
