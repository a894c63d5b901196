package jixiao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Grade;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.Explanation;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import jixiao.shared.Ratio;

/**
 * One 项目支出绩效自评表 (附件1) as the unit submitted it: header, 项目资金 block, 年度总体目标, 绩效指标 grouped by
 * 一级/二级, 总分. A score is the unit's where it wrote one (a 定性 score is the unit's judgement, and the report is
 * the unit's document) and the rule's only where it wrote none; a rate is computed from the unit's amounts, and a
 * total adds the printed scores, so the table never contradicts itself. The report's narrative is written from these
 * same values; the rule's scores beside the unit's are the review opinion's ({@link ReviewOpinion}).
 *
 * @param indicatorsMissing where the report printed no indicator table: the sentence to print in its place;
 *     otherwise null
 * @param weightTotal Σ indicator weights + the 预算执行率 weight; null where no indicator table was printed
 */
public record EvaluationSheet(
        String projectName,
        int fiscalYear,
        String filledBy,
        String competentDepartment,
        String implementingUnit,
        String moneyUnit,
        List<FundsLine> funds,
        Execution execution,
        String expectedGoal,
        String achievedGoal,
        List<IndicatorLine> indicators,
        String indicatorsMissing,
        Points weightTotal,
        Points total,
        Grade grade)
        implements Block {

    public static final String TITLE = "项目支出绩效自评表";

    /**
     * Relative widths of the nine grid columns every format lays the sheet on: a label column (项目资金, 年度总体目标,
     * 绩效指标), then 一级, 二级, 三级指标, 年度指标值, 实际完成值, 分值, 得分 (执行率 above it), 偏差原因.
     */
    private static final int[] GRID = {60, 85, 85, 150, 105, 105, 55, 100, 115};

    public EvaluationSheet {
        Objects.requireNonNull(projectName, "projectName");
        funds = List.copyOf(funds);
        Objects.requireNonNull(execution, "execution");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
    }

    /** The relative column widths of the sheet's grid, for every format alike. */
    public static int[] grid() {
        return GRID.clone();
    }

    /** "（2021年度）" under the title. */
    public String yearLine() {
        return "（" + fiscalYear + "年度）";
    }

    /** "项目资金（万元）". */
    public String fundsLabel() {
        return "项目资金（" + moneyUnit + "）";
    }

    /**
     * One row of the 项目资金 block. {@code weight} and {@code score} are printed on 年度资金总额 only ("—"
     * elsewhere, as the official form has it).
     */
    public record FundsLine(
            String label,
            BigDecimal initialBudget,
            BigDecimal annualBudget,
            BigDecimal executed,
            Points weight,
            Ratio rate,
            Points score) {

        public static final List<String> HEADER = List.of("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");

        /** The cells in the order of {@link #HEADER}. */
        public List<String> cells() {
            return List.of(
                    label,
                    Figures.amount(initialBudget),
                    Figures.amount(annualBudget),
                    Figures.amount(executed),
                    weight == null ? "—" : weight.toString(),
                    Figures.rate(rate),
                    score == null ? "—" : score.toString());
        }
    }

    /**
     * The 预算执行率 as the rule computed it: {@code budget} is the 全年预算数, or the 年初预算数 standing in for it
     * ({@code budgetLabel} says which); budget, executed and rate are null where the rate cannot be computed.
     */
    public record Execution(
            BigDecimal budget,
            String budgetLabel,
            BigDecimal executed,
            Ratio rate,
            Points weight,
            Points score,
            String explanation) {
        public Execution {
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * One 绩效指标 row with the computed score. {@code level1Rows} is how many rows the 一级指标 cell starting here
     * spans (0 where this row continues the cell above); {@code level2Rows} likewise for 二级指标.
     */
    public record IndicatorLine(
            String level1,
            String level2,
            String level3,
            String target,
            String actual,
            Points weight,
            Points score,
            String deviationReason,
            int level1Rows,
            int level2Rows) {

        public static final List<String> HEADER =
                List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");

        /** The cells in the order of {@link #HEADER}. */
        public List<String> cells() {
            return List.of(
                    level1, level2, level3, target, actual, weight.toString(), score.toString(), deviationReason);
        }

        /** Whether the row scored below its weight. */
        public boolean lostPoints() {
            return score.isLessThan(weight);
        }
    }

    static EvaluationSheet of(ProjectAssessment assessment, int fiscalYear, MoneyUnit moneyUnit, RuleSet rules) {
        ProjectSelfEvaluation project = assessment.project();
        Execution execution = execution(assessment.execution(), project.funds());
        List<IndicatorLine> lines = indicatorLines(assessment.indicators());
        Points weightTotal = null;
        String missing = null;
        Points total = execution.score();
        if (lines.isEmpty()) {
            missing = project.tableMissing() ? "报告未附本项目的绩效指标表。" : "本项目未填报绩效指标。";
            // without a table the indicator part is what the unit's summary paragraph gives (as the engine takes it)
            total = total.plus(assessment.total().minus(assessment.execution().score()));
        } else {
            weightTotal = execution.weight();
            for (IndicatorLine line : lines) {
                weightTotal = weightTotal.plus(line.weight());
                total = total.plus(line.score());
            }
        }
        Goals goals = project.goals();
        return new EvaluationSheet(
                Figures.tidy(project.name()),
                fiscalYear,
                text(project.filledBy()),
                text(project.competentDepartment()),
                text(project.implementingUnit()),
                moneyUnit.label(),
                fundsLines(project.funds(), execution),
                execution,
                goals == null ? "" : Figures.tidy(goals.expected()),
                goals == null ? "" : Figures.tidy(goals.achieved()),
                lines,
                missing,
                weightTotal,
                total,
                rules.grade(total));
    }

    /** The rate from the unit's amounts; the score the unit's where it wrote one. */
    private static Execution execution(ExecutionScore score, Funds funds) {
        String budgetLabel =
                score.explanation() instanceof Explanation.Execution computed ? computed.budgetLabel() : "全年预算数";
        BigDecimal claimed = funds == null || funds.claimed() == null
                ? null
                : funds.claimed().score();
        return new Execution(
                score.budget(),
                budgetLabel,
                score.executed(),
                score.rate(),
                score.weight(),
                claimed == null ? score.score() : Points.of(claimed),
                score.explanation().text());
    }

    private static List<FundsLine> fundsLines(Funds funds, Execution execution) {
        List<FundsLine> lines = new ArrayList<>(4);
        FundsRow total = funds == null ? null : funds.total();
        lines.add(new FundsLine(
                "年度资金总额",
                total == null ? null : total.initialBudget(),
                total == null ? null : total.annualBudget(),
                total == null ? null : total.executed(),
                execution.weight(),
                execution.rate(),
                execution.score()));
        lines.add(part("其中：当年财政拨款", funds == null ? null : funds.fiscalAppropriation()));
        lines.add(part("上年结转资金", funds == null ? null : funds.carryOver()));
        lines.add(part("其他资金", funds == null ? null : funds.other()));
        return lines;
    }

    /** A row below 年度资金总额: its own rate by the same rule (全年, else 年初), no score. */
    private static FundsLine part(String label, FundsRow row) {
        if (row == null) {
            return new FundsLine(label, null, null, null, null, null, null);
        }
        BigDecimal budget = row.annualBudget() != null ? row.annualBudget() : row.initialBudget();
        Ratio rate = budget == null || budget.signum() == 0 || row.executed() == null
                ? null
                : Ratio.of(row.executed(), budget);
        return new FundsLine(label, row.initialBudget(), row.annualBudget(), row.executed(), null, rate, null);
    }

    private static List<IndicatorLine> indicatorLines(List<IndicatorAssessment> rows) {
        int n = rows.size();
        String[] level1 = new String[n];
        String[] level2 = new String[n];
        for (int i = 0; i < n; i++) {
            level1[i] = Figures.tidy(rows.get(i).indicator().level1());
            level2[i] = Figures.tidy(rows.get(i).indicator().level2());
        }
        List<IndicatorLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            IndicatorAssessment row = rows.get(i);
            Indicator indicator = row.indicator();
            lines.add(new IndicatorLine(
                    level1[i],
                    level2[i],
                    Figures.tidy(indicator.level3()),
                    text(indicator.target()),
                    text(indicator.actual()),
                    row.score().weight(),
                    row.claimedScore() == null ? row.computedScore() : row.claimedScore(),
                    Figures.tidy(indicator.deviationReason()),
                    span(level1, null, i),
                    span(level2, level1, i)));
        }
        return lines;
    }

    /**
     * How many rows from {@code i} share the cell's text (within the same parent group); 0 where row {@code i}
     * continues the cell above. Equal texts merge only when adjacent, as in the printed form.
     */
    private static int span(String[] cells, String[] parents, int i) {
        if (i > 0 && sameGroup(cells, parents, i - 1, i)) {
            return 0;
        }
        int end = i + 1;
        while (end < cells.length && sameGroup(cells, parents, end - 1, end)) {
            end++;
        }
        return end - i;
    }

    private static boolean sameGroup(String[] cells, String[] parents, int a, int b) {
        return cells[a].equals(cells[b]) && (parents == null || parents[a].equals(parents[b]));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
