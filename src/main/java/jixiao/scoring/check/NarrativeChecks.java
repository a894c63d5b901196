package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.CONSISTENCY;
import static jixiao.scoring.Severity.ERROR;
import static jixiao.scoring.Severity.WARNING;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.ClaimedProject.Analysis;
import jixiao.scoring.ClaimedProject.Summary;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.speed.FigureScan;
import jixiao.scoring.speed.HeadScan;
import jixiao.scoring.value.ChineseText;
import jixiao.shared.Decimals;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * The narrative against the table: the summary paragraph ("产出指标…自评分值 N 分…共计 N 分") and the 自评分析
 * paragraph (its score, 年初预算, 实际支付 and 预算执行率).
 */
final class NarrativeChecks {
    private NarrativeChecks() {}

    private static final List<String> MONEY_UNITS = List.of("万元", "元", "万");
    // 年初预算(?:数)?\s*NUMBER\s*(万元|元|万)
    private static final FigureScan.Shape INITIAL_BUDGET =
            new FigureScan.Shape("年初预算", List.of("数"), false, MONEY_UNITS);
    // 实际(?:支付|支出|执行)\s*NUMBER\s*(万元|元|万)
    private static final FigureScan.Shape PAID =
            new FigureScan.Shape("实际", List.of("支付", "支出", "执行"), true, MONEY_UNITS);
    // "预算执行率为 97.89%" matches from its 执行率 on: 执行率(?:为|是|达)?\s*NUMBER\s*[%％]
    private static final FigureScan.Shape RATE =
            new FigureScan.Shape("执行率", List.of("为", "是", "达"), false, List.of("%", "％"));

    private static @Nullable Summary summaryOf(ProjectSelfEvaluation project) {
        return project.claimed() == null ? null : project.claimed().summary();
    }

    private static @Nullable Analysis analysisOf(ProjectSelfEvaluation project) {
        return project.claimed() == null ? null : project.claimed().analysis();
    }

    /** 文字说明中的项目名称与自评表不一致. */
    static final class SummaryProjectName implements ProjectCheck {
        static final Check CHECK = Check.of(
                "SUMMARY_PROJECT_NAME",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                WARNING,
                "得分情况说明段落开头的项目名称与自评表的项目名称不一致。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            Summary summary = summaryOf(table.project());
            if (summary == null) {
                return;
            }
            String project = table.project().name();
            String name = nameBefore(summary.text(), "：", ":");
            if (name != null && !ChineseText.sameNormalized(name, project)) {
                out.add(table.at(), "文字说明中的项目名称“" + name + "”与自评表的“" + project + "”不一致");
            }
        }
    }

    /** 文字说明中各部分得分、共计与自评表不符. */
    static final class SummaryFigures implements ProjectCheck {
        static final Check CHECK = Check.of(
                "SUMMARY_FIGURES",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                ERROR,
                "得分情况说明中产出、效益、满意度、预算执行率的得分或共计与自评表不符，或各部分相加不等于共计。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            Summary summary = summaryOf(table.project());
            if (summary == null) {
                return;
            }
            TableFigures figures = TableFigures.of(table);
            Locate at = table.at();
            part("产出指标", summary.output(), figures.output(), at, out);
            part("效益指标", summary.effect(), figures.effect(), at, out);
            part("满意度指标", summary.satisfaction(), figures.satisfaction(), at, out);
            part("预算执行率", summary.execution(), figures.execution(), at, out);
            if (summary.output() != null
                    && summary.effect() != null
                    && summary.satisfaction() != null
                    && summary.execution() != null
                    && summary.total() != null) {
                Points sum = Points.of(summary.output())
                        .plus(Points.of(summary.effect()))
                        .plus(Points.of(summary.satisfaction()))
                        .plus(Points.of(summary.execution()));
                if (!sum.equals(Points.of(summary.total()))) {
                    out.add(
                            at,
                            "文字说明各部分 " + Decimals.plain(summary.output()) + " + " + Decimals.plain(summary.effect())
                                    + " + " + Decimals.plain(summary.satisfaction()) + " + "
                                    + Decimals.plain(summary.execution()) + " = " + sum + " 分，与其“共计 "
                                    + Decimals.plain(summary.total()) + " 分”不符");
                }
            }
            if (summary.total() != null && figures.total() != null && !isPoints(summary.total(), figures.total())) {
                out.add(at, "文字说明共计 " + Decimals.plain(summary.total()) + " 分，自评表总分为 " + figures.total() + " 分");
            }
        }

        private static void part(
                String label, @Nullable BigDecimal narrative, @Nullable Points table, Locate at, Findings out) {
            if (narrative == null || table == null) {
                return;
            }
            if (!isPoints(narrative, table)) {
                out.add(at, "文字说明写" + label + "自评 " + Decimals.plain(narrative) + " 分，自评表中为 " + table + " 分");
            }
        }
    }

    /** 自评分析中的项目名称与自评表不一致. */
    static final class AnalysisProjectName implements ProjectCheck {
        static final Check CHECK = Check.of(
                "ANALYSIS_PROJECT_NAME",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                WARNING,
                "自评分析段落开头的项目名称与自评表的项目名称不一致。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            Analysis analysis = analysisOf(table.project());
            if (analysis == null) {
                return;
            }
            String project = table.project().name();
            String name = HeadScan.name(analysis.text() == null ? "" : analysis.text());
            if (name != null && !ChineseText.sameNormalized(name, project)) {
                out.add(table.at(), "自评分析中的项目名称“" + name + "”与自评表的“" + project + "”不一致");
            }
        }
    }

    /** 自评分析中的得分、年初预算、实际支付、执行率与自评表不符. */
    static final class AnalysisFigures implements ProjectCheck {
        static final Check CHECK = Check.of(
                "ANALYSIS_FIGURES",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                ERROR,
                "自评分析写的得分、年初预算、实际支付金额或预算执行率与自评表（项目资金表）不符。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            ProjectSelfEvaluation project = table.project();
            Analysis analysis = analysisOf(project);
            if (analysis == null) {
                return;
            }
            Locate at = table.at();
            String text = analysis.text() == null ? "" : analysis.text();
            Points reference = table.claimedTotal();
            String referenceLabel = "自评表总分";
            Summary summary = summaryOf(project);
            if (reference == null && summary != null && summary.total() != null) {
                reference = Points.of(summary.total());
                referenceLabel = "文字说明的共计";
            }
            if (analysis.score() != null && reference != null && !isPoints(analysis.score(), reference)) {
                out.add(
                        at,
                        "自评分析写 " + Decimals.plain(analysis.score()) + " 分，" + referenceLabel + "为 " + reference + " 分");
            }
            MoneyUnit moneyUnit = table.context().moneyUnit();
            FundsRow total = project.funds() == null ? null : project.funds().total();
            if (total != null) {
                amount("年初预算", INITIAL_BUDGET, text, total.initialBudget(), moneyUnit, at, out);
                amount("实际支付", PAID, text, total.executed(), moneyUnit, at, out);
            }
            ExecutionScore execution = table.execution();
            Ratio executionRate = execution.rate();
            FigureScan.Figure rate = executionRate == null ? null : FigureScan.first(RATE, text);
            if (executionRate != null && rate != null) {
                BigDecimal printed = rate.value();
                if (!ChineseText.matchesAsPrinted(printed, executionRate.percent())) {
                    out.add(
                            at,
                            "自评分析写预算执行率 " + Decimals.plain(printed) + "%，按资金表应为 "
                                    + Decimals.plain(execution.executed()) + " ÷ " + Decimals.plain(execution.budget())
                                    + " = " + executionRate);
                }
            }
        }

        private static void amount(
                String label,
                FigureScan.Shape shape,
                String text,
                @Nullable BigDecimal table,
                MoneyUnit moneyUnit,
                Locate at,
                Findings out) {
            if (table == null) {
                return;
            }
            FigureScan.Figure figure = FigureScan.first(shape, text);
            if (figure == null) {
                return;
            }
            BigDecimal printed = figure.value();
            if (!isAmount(printed, figure.measureUnit(), table, moneyUnit)) {
                out.add(
                        at,
                        "自评分析写" + label + " " + Decimals.plain(printed) + figure.measureUnit() + "，项目资金表为 "
                                + Decimals.plain(table) + moneyUnit.label());
            }
        }
    }

    /**
     * The table's own figures, as claimed (falling back to the rule's where the table printed none). The parts are
     * null where a row printed no score (or there are no rows), the total where the table printed none.
     */
    record TableFigures(
            @Nullable Points output,
            @Nullable Points effect,
            @Nullable Points satisfaction,
            Points execution,
            @Nullable Points total) {
        static TableFigures of(ProjectTable table) {
            Points claimedExecution = table.claimedExecution();
            Points execution = claimedExecution != null
                    ? claimedExecution
                    : table.execution().score();
            TableFigures withoutParts = new TableFigures(null, null, null, execution, table.claimedTotal());
            if (!table.hasRows()) {
                return withoutParts;
            }
            BigDecimal[] parts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            List<IndicatorAssessment> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                Points claimed = table.claimed(i);
                if (claimed == null) {
                    return withoutParts;
                }
                int part = Part.of(rows.get(i).indicator().level1()).ordinal();
                parts[part] = parts[part].add(claimed.value());
            }
            return new TableFigures(
                    Points.of(parts[Part.OUTPUT.ordinal()]),
                    Points.of(parts[Part.EFFECT.ordinal()]),
                    Points.of(parts[Part.SATISFACTION.ordinal()]),
                    execution,
                    table.claimedTotal());
        }
    }

    /** The part of the summary a row's 一级指标 counts in: 效益, 满意度, or else 产出. */
    private enum Part {
        OUTPUT,
        EFFECT,
        SATISFACTION;

        static Part of(@Nullable String level1) {
            String name = ChineseText.normalize(level1);
            if (name.contains("效益")) {
                return EFFECT;
            }
            return name.contains("满意") ? SATISFACTION : OUTPUT;
        }
    }

    /** Whether a printed amount (in 万 where its unit says so) is the table's amount in the report's unit. */
    static boolean isAmount(BigDecimal printed, String printedUnit, BigDecimal table, MoneyUnit moneyUnit) {
        BigDecimal yuan = printedUnit.startsWith("万") ? printed.multiply(BigDecimal.valueOf(10_000)) : printed;
        return Amounts.inMoneyUnit(yuan, moneyUnit.yuan()).compareTo(table) == 0;
    }

    /** Whether a printed figure, rounded to points as a score is, is the given points. */
    static boolean isPoints(BigDecimal printed, Points points) {
        return Points.of(printed).equals(points);
    }

    /** The words before the first of the separators, or null where there is none. */
    static @Nullable String nameBefore(@Nullable String text, String... separators) {
        if (text == null) {
            return null;
        }
        int end = end(text, separators);
        return end < 0 ? null : text.substring(0, end).replace("*", "").trim();
    }

    /** Where the first of the separators stands (each by its first occurrence, if not at the start), or -1. */
    private static int end(String text, String... separators) {
        int end = -1;
        for (String separator : separators) {
            int i = text.indexOf(separator);
            if (i > 0 && (end < 0 || i < end)) {
                end = i;
            }
        }
        return end;
    }
}
