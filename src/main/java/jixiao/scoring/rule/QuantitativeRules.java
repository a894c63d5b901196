package jixiao.scoring.rule;

import java.math.BigDecimal;
import jixiao.scoring.RuleSet.ReverseFormula;
import jixiao.shared.Points;

/** 正向, 等于 and 反向 (domain.md §2), over a target and an actual already in one unit. */
final class QuantitativeRules {
    private QuantitativeRules() {}

    record Outcome(Points score, Attainment attainment, Explanation explanation, Achievement achievement) {}

    /** 正向: A ≥ T → w; else w × A/T (定量指标未完成的，按照完成值与指标值的比例计分). A negative A counts as 0. */
    static Outcome positive(
            IndicatorKind kind,
            BigDecimal target,
            BigDecimal actual,
            Points weight,
            String targetText,
            String actualText) {
        BigDecimal a = actual.max(BigDecimal.ZERO);
        Achievement achievement = new Achievement(a, target);
        if (a.compareTo(target) >= 0) {
            return new Outcome(
                    weight,
                    Attainment.MET,
                    new Explanation.FullMarks(kind, actualText, targetText, weight),
                    achievement);
        }
        Points score = weight.proportion(a, target);
        return new Outcome(
                score,
                Attainment.MISSED,
                new Explanation.Proportional(kind, actualText, targetText, weight, a, target, score),
                achievement);
    }

    /** 等于: as 正向; with a target of zero, A ≤ 0 → w, else 0. */
    static Outcome equal(BigDecimal target, BigDecimal actual, Points weight, String targetText, String actualText) {
        if (target.signum() != 0) {
            return positive(IndicatorKind.EQUAL, target, actual, weight, targetText, actualText);
        }
        if (actual.signum() <= 0) {
            return new Outcome(
                    weight,
                    Attainment.MET,
                    new Explanation.FullMarks(IndicatorKind.EQUAL, actualText, targetText, weight),
                    null);
        }
        return new Outcome(
                Points.ZERO,
                Attainment.MISSED,
                new Explanation.Zero(IndicatorKind.EQUAL, "指标值为 0，实际 " + actualText + " 大于 0"),
                null);
    }

    /** 反向: A ≤ T → w; above, by the rule set's formula (linear2T or ratio). */
    static Outcome reverse(
            BigDecimal target,
            BigDecimal actual,
            Points weight,
            ReverseFormula formula,
            String targetText,
            String actualText) {
        BigDecimal a = actual.max(BigDecimal.ZERO);
        Achievement achievement = new Achievement(a, target);
        if (a.compareTo(target) <= 0) {
            return new Outcome(
                    weight,
                    Attainment.MET,
                    new Explanation.FullMarks(IndicatorKind.REVERSE, actualText, targetText, weight),
                    achievement);
        }
        if (target.signum() <= 0) {
            return new Outcome(
                    Points.ZERO,
                    Attainment.MISSED,
                    new Explanation.Zero(IndicatorKind.REVERSE, "指标值为 0，实际 " + actualText + " 超出"),
                    achievement);
        }
        Points score =
                switch (formula) {
                    // w × (1 − (A − T) / T) = w × (2T − A) / T
                    case LINEAR_2T ->
                        a.compareTo(target.add(target)) >= 0
                                ? Points.ZERO
                                : weight.proportion(target.add(target).subtract(a), target);
                    case RATIO -> weight.proportion(target, a);
                };
        return new Outcome(
                score,
                Attainment.MISSED,
                new Explanation.ReverseOver(actualText, targetText, formula, weight, a, target, score),
                achievement);
    }
}
