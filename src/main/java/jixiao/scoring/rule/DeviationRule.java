package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Indicator;
import jixiao.scoring.RuleSet.Deviation;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * 指标偏离 (一体化 self-evaluation manuals): a result more than a set share beyond its target, above a 正向 target or
 * below a 反向 one (either way for 等于), counts as a deviation and loses a set number of points (at most down to 0),
 * unless the row gives a reason (偏差原因分析). Off in 财预〔2020〕10号; a rule set switches it on.
 */
final class DeviationRule {
    private DeviationRule() {}

    static IndicatorScore apply(IndicatorScore scored, Indicator indicator, Deviation deviation) {
        if (!deviation.applies()
                || scored.achievement() == null
                || (indicator.deviationReason() != null
                        && !indicator.deviationReason().isBlank())) {
            return scored;
        }
        BigDecimal beyond = beyond(scored.kind(), scored.achievement());
        if (beyond == null || beyond.compareTo(deviation.share()) <= 0) {
            return scored;
        }
        Points score = scored.score().minus(deviation.points());
        if (score.isNegative()) {
            score = Points.ZERO;
        }
        List<Note> notes = new ArrayList<>(scored.notes());
        notes.add(new Note(
                RuleNotes.INDICATOR_DEVIATION,
                "实际完成值超出指标值 " + jixiao.shared.Ratio.of(beyond, BigDecimal.ONE) + "，超过规则集规定的 "
                        + jixiao.shared.Ratio.of(deviation.share(), BigDecimal.ONE) + "，没有说明原因：按指标偏离扣 "
                        + deviation.points() + " 分"));
        return new IndicatorScore(
                scored.kind(),
                scored.target(),
                scored.actual(),
                scored.weight(),
                score,
                scored.attainment(),
                new Explanation.Deviated(scored.explanation(), beyond, deviation.share(), deviation.points(), score),
                scored.byRule(),
                scored.tier(),
                scored.achievement(),
                notes);
    }

    /** How far beyond its target the result is, as a share of the target; null where the target is 0 or less. */
    static @Nullable BigDecimal beyond(IndicatorKind kind, Achievement values) {
        BigDecimal target = values.target();
        if (target.signum() <= 0) {
            return null;
        }
        BigDecimal over = values.actual().subtract(target);
        BigDecimal difference =
                switch (kind) {
                    case POSITIVE -> over;
                    case REVERSE -> over.negate();
                    case EQUAL -> over.abs();
                    default -> BigDecimal.ZERO;
                };
        return difference.signum() <= 0 ? BigDecimal.ZERO : difference.divide(target, MathContext.DECIMAL64);
    }
}
