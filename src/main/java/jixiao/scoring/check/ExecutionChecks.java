package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.ACCURACY;
import static jixiao.scoring.CheckCategory.COMPLETENESS;
import static jixiao.scoring.CheckCategory.QUALITY;
import static jixiao.scoring.Severity.ERROR;
import static jixiao.scoring.Severity.WARNING;

import java.math.BigDecimal;
import jixiao.scoring.Check;
import jixiao.scoring.CheckParameter;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.speed.FigureScan;
import jixiao.scoring.value.ChineseText;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * The 预算执行率 as the table claims it, against the rate of its 项目资金 block (执行率 = 全年执行数 ÷ 全年预算数; 得分 =
 * 分值 × min(执行率, 100%)).
 */
final class ExecutionChecks {
    private ExecutionChecks() {}

    /** The rate and its score can be checked only where the 项目资金 block gives a rate. */
    private static boolean rateKnown(ProjectTable table) {
        return knownRate(table) != null;
    }

    /** The rate the 项目资金 block gives, or null where the table has no block or the block no rate. */
    private static @Nullable Ratio knownRate(ProjectTable table) {
        return table.project().funds() == null ? null : table.execution().rate();
    }

    /** The 执行率 as printed in the table ("97.89%"), or null where none was. */
    private static @Nullable String printedRate(ProjectTable table) {
        Funds funds = table.project().funds();
        Funds.ClaimedExecution claimed = funds == null ? null : funds.claimed();
        String rate = claimed == null ? null : claimed.executionRate();
        return rate == null || rate.isBlank() ? null : rate;
    }

    /** 表中执行率无法识别为百分比. */
    static final class RateUnreadable implements ProjectCheck {
        static final Check CHECK = Check.of(
                "EXECUTION_RATE_UNREADABLE", FindingCode.UNPARSEABLE_VALUE, QUALITY, WARNING, "表中填写的预算执行率无法识别为百分比。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            if (!rateKnown(table)) {
                return;
            }
            String printed = printedRate(table);
            if (printed != null && FigureScan.percent(printed) == null) {
                out.add(table.at(), "表中执行率“" + printed + "”无法识别为百分比");
            }
        }
    }

    /** 表中执行率 ≠ 全年执行数 ÷ 全年预算数, off by more than one percentage point. */
    static final class RateMismatch implements ProjectCheck {
        static final Check CHECK = Check.of(
                "EXECUTION_RATE_MISMATCH",
                FindingCode.EXECUTION_RATE_MISMATCH,
                ACCURACY,
                ERROR,
                "表中填写的预算执行率与全年执行数 ÷ 全年预算数相差超过 1 个百分点。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            WrongRate wrong = wrongRate(table);
            if (wrong != null && wrong.offByMoreThanAPoint()) {
                out.add(table.at(), wrong.message(table.execution()));
            }
        }
    }

    /** 表中执行率 rounded wrongly: off by at most one percentage point. */
    static final class RateRounding implements ProjectCheck {
        static final Check CHECK = Check.of(
                "EXECUTION_RATE_ROUNDING",
                FindingCode.EXECUTION_RATE_MISMATCH,
                ACCURACY,
                WARNING,
                "表中填写的预算执行率与全年执行数 ÷ 全年预算数按同样位数舍入后不同，相差不超过 1 个百分点（舍入错误）。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            WrongRate wrong = wrongRate(table);
            if (wrong != null && !wrong.offByMoreThanAPoint()) {
                out.add(table.at(), wrong.message(table.execution()) + "（舍入错误）");
            }
        }
    }

    /**
     * The printed rate where it is readable and does not match the rate of the 项目资金 block as printed, else null.
     */
    private static @Nullable WrongRate wrongRate(ProjectTable table) {
        Ratio rate = knownRate(table);
        String printed = printedRate(table);
        String number = rate == null || printed == null ? null : FigureScan.percent(printed);
        if (rate == null || printed == null || number == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(number);
        return ChineseText.matchesAsPrinted(value, rate.percent()) ? null : new WrongRate(printed, value, rate);
    }

    /** A printed 执行率 ({@code value} its percentage) that is not the block's {@code rate}. */
    private record WrongRate(String printed, BigDecimal value, Ratio rate) {
        boolean offByMoreThanAPoint() {
            return value.subtract(rate.percent()).abs().compareTo(BigDecimal.ONE) > 0;
        }

        /** The block's figures are known wherever its rate is ({@link ExecutionScore}). */
        String message(ExecutionScore execution) {
            String formula = Decimals.plain(execution.executed()) + " ÷ " + Decimals.plain(execution.budget());
            return "执行率应为 " + formula + " = "
                    + rate.percent(Math.max(2, value.scale())).toPlainString() + "%，表中填 " + printed.trim();
        }
    }

    /** 表中没有填写预算执行率得分. */
    static final class ScoreNotClaimed implements ProjectCheck {
        static final Check CHECK = Check.of(
                "EXECUTION_SCORE_NOT_CLAIMED", FindingCode.INCOMPLETE, COMPLETENESS, WARNING, "表中没有填写预算执行率的得分。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            if (rateKnown(table) && table.claimedExecution() == null) {
                out.add(table.at(), "表中没有填写预算执行率得分；按规则为 " + table.execution().score() + " 分");
            }
        }
    }

    /** 预算执行率得分 ≠ 分值 × min(执行率, 100%). */
    static final class ScoreMismatch implements ProjectCheck {
        static final Check CHECK = Check.of(
                "EXECUTION_SCORE_MISMATCH",
                FindingCode.EXECUTION_SCORE_MISMATCH,
                ACCURACY,
                ERROR,
                "表中预算执行率的得分不等于分值 × 执行率（执行率超过 100% 按 100% 计），超出规则集的容差。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            Points claimed = table.claimedExecution();
            ExecutionScore execution = table.execution();
            if (rateKnown(table)
                    && claimed != null
                    && !RowChecks.agrees(
                            claimed, execution.score(), table.rules().scoreTolerance())) {
                out.add(
                        table.at(),
                        "预算执行率得分应为 " + execution.weight() + " × " + execution.rate() + " = " + execution.score()
                                + "，表中填 " + claimed);
            }
        }
    }

    /** 执行率低于规定（90%）须说明原因: in a 成本 row's 偏差原因 or in the 自评分析. */
    static final class ReasonForLowExecution implements ProjectCheck {
        static final Check CHECK = Check.of(
                        "REASON_FOR_LOW_EXECUTION",
                        FindingCode.DEVIATION_REASON_MISSING,
                        COMPLETENESS,
                        WARNING,
                        "预算执行率低于规定比例，成本指标的偏差原因和自评分析都没有说明原因。")
                .with(CheckParameter.ofRuleSet(
                        "executionExplanationThreshold",
                        "执行率低于此比例须说明原因",
                        RuleSet.defaults().executionExplanationThreshold()));

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            Ratio rate = knownRate(table);
            if (rate == null) {
                return;
            }
            BigDecimal threshold = table.rules().executionExplanationThreshold();
            if (rate.isBelow(threshold) && !explained(table.project())) {
                out.add(table.at(), "预算执行率 " + rate + " 低于 " + Ratio.of(threshold, BigDecimal.ONE) + "，没有说明原因");
            }
        }

        /** A low execution rate is explained by a 成本 row's 偏差原因 or by a reason in the 自评分析. */
        private static boolean explained(ProjectSelfEvaluation project) {
            for (Indicator indicator : project.indicators()) {
                if (indicator.isCost() && !Texts.isBlank(indicator.deviationReason())) {
                    return true;
                }
            }
            String analysis = project.claimed() == null || project.claimed().analysis() == null
                    ? null
                    : project.claimed().analysis().text();
            return analysis != null && analysis.contains("原因");
        }
    }
}
