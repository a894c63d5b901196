package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.RuleSet.ReverseFormula;
import jixiao.scoring.value.ParsedValue;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * 正向, 等于 and 反向 (domain.md §2), over an actual and a target already in one unit ({@link Measurement#of}). Each
 * gives the indicator's score as it stands, with the values as printed and the notes the scorer has so far.
 */
final class QuantitativeRules {
    private QuantitativeRules() {}

    /** 正向: A ≥ T → w; else w × A/T (定量指标未完成的，按照完成值与指标值的比例计分). A negative A counts as 0. */
    static IndicatorScore positive(
            IndicatorKind kind,
            ParsedValue target,
            ParsedValue actual,
            Achievement values,
            Points weight,
            List<Note> notes) {
        Achievement achievement = notNegative(values);
        BigDecimal a = achievement.actual();
        BigDecimal t = achievement.target();
        if (a.compareTo(t) >= 0) {
            return scored(
                    kind,
                    target,
                    actual,
                    weight,
                    weight,
                    Attainment.MET,
                    new Explanation.FullMarks(kind, textOf(actual), target.text(), weight),
                    achievement,
                    notes);
        }
        Points score = weight.proportion(a, t);
        return scored(
                kind,
                target,
                actual,
                weight,
                score,
                Attainment.MISSED,
                new Explanation.Proportional(kind, textOf(actual), target.text(), weight, a, t, score),
                achievement,
                notes);
    }

    /** 等于: as 正向; with a target of zero, A ≤ 0 → w, else 0. */
    static IndicatorScore equal(
            ParsedValue target, ParsedValue actual, Achievement values, Points weight, List<Note> notes) {
        IndicatorKind kind = IndicatorKind.EQUAL;
        if (values.target().signum() != 0) {
            return positive(kind, target, actual, values, weight, notes);
        }
        if (values.actual().signum() <= 0) {
            return scored(
                    kind,
                    target,
                    actual,
                    weight,
                    weight,
                    Attainment.MET,
                    new Explanation.FullMarks(kind, textOf(actual), target.text(), weight),
                    null,
                    notes);
        }
        return scored(
                kind,
                target,
                actual,
                weight,
                Points.ZERO,
                Attainment.MISSED,
                new Explanation.Zero(kind, "指标值为 0，实际 " + textOf(actual) + " 大于 0"),
                null,
                notes);
    }

    /** 反向: A ≤ T → w; above, by the rule set's formula (linear2T or ratio). */
    static IndicatorScore reverse(
            ParsedValue target,
            ParsedValue actual,
            Achievement values,
            Points weight,
            ReverseFormula formula,
            List<Note> notes) {
        IndicatorKind kind = IndicatorKind.REVERSE;
        Achievement achievement = notNegative(values);
        BigDecimal a = achievement.actual();
        BigDecimal t = achievement.target();
        if (a.compareTo(t) <= 0) {
            return scored(
                    kind,
                    target,
                    actual,
                    weight,
                    weight,
                    Attainment.MET,
                    new Explanation.FullMarks(kind, textOf(actual), target.text(), weight),
                    achievement,
                    notes);
        }
        if (t.signum() <= 0) {
            return scored(
                    kind,
                    target,
                    actual,
                    weight,
                    Points.ZERO,
                    Attainment.MISSED,
                    new Explanation.Zero(kind, "指标值为 0，实际 " + textOf(actual) + " 超出"),
                    achievement,
                    notes);
        }
        Points score =
                switch (formula) {
                    // w × (1 − (A − T) / T) = w × (2T − A) / T
                    case LINEAR_2T ->
                        a.compareTo(t.add(t)) >= 0
                                ? Points.ZERO
                                : weight.proportion(t.add(t).subtract(a), t);
                    case RATIO -> weight.proportion(t, a);
                };
        return scored(
                kind,
                target,
                actual,
                weight,
                score,
                Attainment.MISSED,
                new Explanation.ReverseOver(textOf(actual), target.text(), formula, weight, a, t, score),
                achievement,
                notes);
    }

    /** A negative actual counts as 0; the usual, not negative, is kept as it is (no copy). */
    private static Achievement notNegative(Achievement values) {
        return values.actual().signum() >= 0 ? values : new Achievement(BigDecimal.ZERO, values.target());
    }

    private static String textOf(ParsedValue actual) {
        return actual.text() == null ? "" : actual.text();
    }

    private static IndicatorScore scored(
            IndicatorKind kind,
            ParsedValue target,
            ParsedValue actual,
            Points weight,
            Points score,
            Attainment attainment,
            Explanation why,
            @Nullable Achievement achievement,
            List<Note> notes) {
        return new IndicatorScore(kind, target, actual, weight, score, attainment, why, true, null, achievement, notes);
    }
}
