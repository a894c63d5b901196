package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * 预算执行率 and its score. {@code rate} is null where it cannot be computed; {@code byRule} is false where the
 * claimed score was kept for that reason.
 */
public record ExecutionScore(
        @Nullable Ratio rate,
        @Nullable BigDecimal executed,
        @Nullable BigDecimal budget,
        Points weight,
        Points score,
        boolean byRule,
        Explanation explanation,
        List<Note> notes) {
    public ExecutionScore {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(explanation, "explanation");
        notes = List.copyOf(notes);
    }
}
