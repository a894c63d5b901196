package jixiao.scoring.rule;

import java.math.BigDecimal;
import jixiao.scoring.RuleSet;
import jixiao.scoring.RuleSet.ReverseFormula;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * Why a score is what it is: the rule, the numbers and the arithmetic, rendered in Chinese by {@link #text()}
 * ("正向指标：实际 145人 未达到 ≥200人，按完成比例计分 15 × 145 ÷ 200 = 10.88"). The numbers are kept so that
 * the 自评表 and the reports can print them; the text is rendered only when asked for.
 */
public sealed interface Explanation {

    String text();

    /** Target reached: full weight. */
    record FullMarks(IndicatorKind kind, String actual, String target, Points weight) implements Explanation {
        @Override
        public String text() {
            String verb = kind == IndicatorKind.REVERSE ? " 未超过 " : " 达到 ";
            return kind.label() + "指标：实际 " + actual + verb + target + "，得满分 " + weight;
        }
    }

    /** 正向/等于 not reached: weight × actual ÷ target (定量指标未完成的，按完成值与指标值的比例计分). */
    record Proportional(
            IndicatorKind kind,
            String actualText,
            String targetText,
            Points weight,
            BigDecimal actual,
            BigDecimal target,
            Points score)
            implements Explanation {
        @Override
        public String text() {
            return kind.label() + "指标：实际 " + actualText + " 未达到 " + targetText + "，按完成比例计分 " + weight + " × "
                    + Decimals.plain(actual) + " ÷ " + Decimals.plain(target) + " = " + score;
        }
    }

    /** 反向 over target, scored by the rule set's formula. */
    record ReverseOver(
            String actualText,
            String targetText,
            ReverseFormula formula,
            Points weight,
            BigDecimal actual,
            BigDecimal target,
            Points score)
            implements Explanation {
        @Override
        public String text() {
            String head = "反向指标：实际 " + actualText + " 超过 " + targetText + "，";
            String a = Decimals.plain(actual);
            String t = Decimals.plain(target);
            return switch (formula) {
                case LINEAR_2T ->
                    score.isZero()
                            ? head + "达到指标值的两倍及以上，得 0 分"
                            : head + "按 " + weight + " × (1 − (" + a + " − " + t + ") ÷ " + t + ") = " + score;
                case RATIO -> head + "按 " + weight + " × " + t + " ÷ " + a + " = " + score;
            };
        }
    }

    /** 等于 with a target of zero and a positive actual: nothing. */
    record Zero(IndicatorKind kind, String reason) implements Explanation {
        @Override
        public String text() {
            return kind.label() + "指标：" + reason + "，得 0 分";
        }
    }

    /** 时效 met. */
    record OnTime(String actual, String deadline, Points weight) implements Explanation {
        @Override
        public String text() {
            return "时效指标：要求 " + deadline + "，实际 " + actual + "，按时完成，得满分 " + weight;
        }
    }

    /**
     * 时效 late: scored on the qualitative tiers, with 达成 ruled out (domain.md §2: "late → a finding, score
     * per the qualitative tiers").
     */
    record Late(String actual, String deadline, @Nullable Points claimed, Points highest, Points score)
            implements Explanation {
        @Override
        public String text() {
            String head = "时效指标：要求 " + deadline + "，实际 " + actual + "，逾期完成；逾期不能评“达成”档，最高 " + highest + " 分";
            if (claimed == null) {
                return head + "，未填报得分，按 " + score + " 分计";
            }
            return claimed.isGreaterThan(highest)
                    ? head + "，填报 " + claimed + " 分超出，按 " + score + " 分计"
                    : head + "，填报 " + claimed + " 分在档内，采用";
        }
    }

    /**
     * 定性: the evaluator's score kept inside its tier, or brought to the tier's nearest bound. The tier's bounds are
     * computed only when asked for (most scores are a full claim under 达成, placed without them).
     */
    record Tiered(Tier tier, String actual, Points weight, RuleSet rules, @Nullable Points claimed, Points score)
            implements Explanation {
        public Points lowest() {
            return tier.lowest(weight, rules);
        }

        public Points highest() {
            return tier.highest(weight, rules);
        }

        @Override
        public String text() {
            Points lowest = lowest();
            Points highest = highest();
            String head = "定性指标：实际“" + actual + "”，属“" + tier.label() + "”档（" + lowest + "～" + highest + " 分）";
            if (claimed == null) {
                return head + "，未填报得分，按该档最低 " + score + " 分计";
            }
            return claimed.equals(score)
                    ? head + "，填报 " + claimed + " 分在档内，采用"
                    : head + "，填报 " + claimed + " 分不在档内，按 " + score + " 分计";
        }
    }

    /** No rule applies (unreadable value, units that do not match): the claimed score stands, flagged. */
    record Kept(String reason, @Nullable Points claimed) implements Explanation {
        @Override
        public String text() {
            return claimed == null
                    ? "无法按规则计分（" + reason + "），且未填报得分，按 0 分计"
                    : "无法按规则计分（" + reason + "），沿用填报得分 " + claimed;
        }
    }

    /** 预算执行率: rate = executed ÷ budget, score = weight × min(rate, 100%). */
    record Execution(
            BigDecimal executed, BigDecimal budget, String budgetLabel, Ratio rate, Points weight, Points score)
            implements Explanation {
        @Override
        public String text() {
            return "执行率 = 全年执行数 " + Decimals.plain(executed) + " ÷ " + budgetLabel + " " + Decimals.plain(budget)
                    + " = "
                    + rate + "；得分 = " + weight + " × "
                    + (rate.compareTo(Ratio.ONE) > 0 ? "100%（执行率超过100%按100%计）" : rate)
                    + " = " + score;
        }
    }

    /** The 预算执行率 cannot be computed (no budget, no executed amount). */
    record ExecutionUnknown(String reason, @Nullable Points claimed) implements Explanation {
        @Override
        public String text() {
            return claimed == null ? "无法计算执行率（" + reason + "），按 0 分计" : "无法计算执行率（" + reason + "），沿用填报得分 " + claimed;
        }
    }

    /**
     * 指标偏离: the rule's score less the rule set's points, for a result far beyond its target without a reason
     * (一体化 self-evaluation manuals).
     */
    record Deviated(Explanation rule, BigDecimal beyond, BigDecimal share, Points points, Points score)
            implements Explanation {
        @Override
        public String text() {
            return rule.text() + "；实际完成值超出指标值 " + Ratio.of(beyond, BigDecimal.ONE) + "（规定 "
                    + Ratio.of(share, BigDecimal.ONE) + " 以上为指标偏离），未说明原因，扣 " + points + " 分，得 " + score;
        }
    }

    /** 不适用 with a reason, where the rule set admits it: not scored, its weight given to other rows. */
    record Excluded(String reason, @Nullable Points printedWeight) implements Explanation {
        @Override
        public String text() {
            return "不适用（" + reason.strip() + "）：不计分"
                    + (printedWeight == null ? "" : "，其分值 " + printedWeight + " 分按规则集分配给其他指标");
        }
    }
}
