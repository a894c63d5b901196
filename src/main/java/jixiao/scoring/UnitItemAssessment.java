package jixiao.scoring;

import java.util.Objects;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * One item of the whole-unit framework scored.
 *
 * @param claimed what the unit wrote for the item (its score and text), or null where it wrote nothing
 * @param rate the rate the score was computed from, or null for a qualitative item or where no rate is known
 * @param basis where the score comes from
 * @param explanation the rule and the arithmetic, in Chinese
 */
public record UnitItemAssessment(
        UnitFramework.Item item,
        @Nullable ClaimedItem claimed,
        @Nullable Ratio rate,
        Basis basis,
        Points score,
        String explanation) {

    public UnitItemAssessment {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The claimed score, or null. */
    public @Nullable Points claimedScore() {
        return claimed == null || claimed.claimedScore() == null ? null : Points.of(claimed.claimedScore());
    }

    /** Where a whole-unit score comes from. */
    public enum Basis {
        /** computed from the unit's figures */
        FIGURES,
        /** computed from the rate the unit's text states, the figures being absent */
        STATED_RATE,
        /** a qualitative judgement kept inside its tier */
        JUDGEMENT,
        /** nothing to compute from: the claimed score stands, unchecked */
        CLAIMED,
        /** neither figures nor a claim: 0 */
        MISSING
    }
}
