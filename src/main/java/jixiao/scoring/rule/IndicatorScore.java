package jixiao.scoring.rule;

import java.util.List;
import java.util.Objects;
import jixiao.scoring.value.ParsedValue;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * The rule's verdict on one indicator.
 *
 * @param byRule true where a rule computed the score; false where the claimed score was kept because no rule
 *     could (unreadable value, units that do not match)
 * @param tier the qualitative tier the score was placed in, or null
 * @param achievement actual against target for quantitative indicators, or null
 * @param notes findings about the values themselves (without project and indicator; the checker locates them)
 */
public record IndicatorScore(
        IndicatorKind kind,
        ParsedValue target,
        ParsedValue actual,
        Points weight,
        Points score,
        Attainment attainment,
        Explanation explanation,
        boolean byRule,
        @Nullable Tier tier,
        @Nullable Achievement achievement,
        List<Note> notes) {
    public IndicatorScore {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(explanation, "explanation");
        notes = List.copyOf(notes);
    }

    /** Whether the row was left out as 不适用 (the rule set admits the mark and the row gives a reason). */
    public boolean isExcluded() {
        return explanation instanceof Explanation.Excluded;
    }

    /** Whether a rule noted this of the row. */
    public boolean isNoted(jixiao.scoring.Check check) {
        for (Note note : notes) {
            if (note.check() == check) {
                return true;
            }
        }
        return false;
    }
}
