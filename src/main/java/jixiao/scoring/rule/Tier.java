package jixiao.scoring.rule;

import java.math.BigDecimal;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * The three tiers of a 定性 indicator (财预〔2020〕10号 and the seed's table note 3): 达成预期指标 [80%, 100%],
 * 部分达成预期指标并具有一定效果 [60%, 80%), 未达成预期指标且效果较差 [0, 60%) of the weight. Scores are in
 * steps of 0.01, so a half-open band ends one step below its bound.
 */
public enum Tier {
    ACHIEVED("达成预期指标"),
    PARTIAL("部分达成预期指标并具有一定效果"),
    MISSED("未达成预期指标且效果较差");

    private static final Points STEP = Points.of(new BigDecimal("0.01"));

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Points lowest(Points weight, RuleSet rules) {
        return switch (this) {
            case ACHIEVED -> weight.times(rules.achievedFloor());
            case PARTIAL -> weight.times(rules.partialFloor());
            case MISSED -> Points.ZERO;
        };
    }

    public Points highest(Points weight, RuleSet rules) {
        return switch (this) {
            case ACHIEVED -> weight;
            case PARTIAL -> max(Points.ZERO, weight.times(rules.achievedFloor()).minus(STEP));
            case MISSED -> max(Points.ZERO, weight.times(rules.partialFloor()).minus(STEP));
        };
    }

    public boolean contains(Points score, Points weight, RuleSet rules) {
        return score.compareTo(lowest(weight, rules)) >= 0 && score.compareTo(highest(weight, rules)) <= 0;
    }

    /**
     * The score of a row placed in this tier: the claimed score brought into the tier, or the tier's lowest where
     * none was claimed.
     */
    public Points place(@Nullable Points claimed, Points weight, RuleSet rules) {
        Points lowest = lowest(weight, rules);
        return claimed == null ? lowest : clamp(claimed, lowest, highest(weight, rules));
    }

    /** The score inside [low, high] nearest to the given one. */
    static Points clamp(Points score, Points low, Points high) {
        if (score.isLessThan(low)) {
            return low;
        }
        return score.isGreaterThan(high) ? high : score;
    }

    private static Points max(Points a, Points b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
