package jixiao.scoring;

import jixiao.scoring.rule.IndicatorScore;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/** One indicator row as submitted, with the rule's score and its explanation. */
public record IndicatorAssessment(Indicator indicator, IndicatorScore score) {

    /** The score as claimed, or null where none was printed. */
    public @Nullable Points claimedScore() {
        return indicator.claimedScore() == null ? null : Points.of(indicator.claimedScore());
    }

    public Points computedScore() {
        return score.score();
    }
}
