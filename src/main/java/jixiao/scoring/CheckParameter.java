package jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A threshold of a check that a rule set may change.
 *
 * @param name its key, in the rule set's {@code checks.<code>.parameters}, or the rule set's own field where {@code
 *     ruleSetField} is true (two thresholds older than the catalogue: executionExplanationThreshold and
 *     overAchievementRatio)
 * @param description what it means, in Chinese
 * @param defaultValue its value where the rule set says nothing
 * @param ruleSetField true where the value is a field of the rule set itself rather than a check parameter
 * @param min the least value a rule set may give it, or null for none
 * @param max the greatest, or null for none
 */
public record CheckParameter(
        String name,
        String description,
        BigDecimal defaultValue,
        boolean ruleSetField,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max) {
    public CheckParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /** A parameter of the check, set under {@code checks.<code>.parameters.<name>}, between min and max. */
    public static CheckParameter of(
            String name, String description, String defaultValue, @Nullable String min, @Nullable String max) {
        return new CheckParameter(
                name,
                description,
                new BigDecimal(defaultValue),
                false,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }

    /** A threshold that is a field of the rule set itself ({@code executionExplanationThreshold}). */
    public static CheckParameter ofRuleSet(String field, String description, BigDecimal defaultValue) {
        return new CheckParameter(field, description, defaultValue, true, null, null);
    }

    /** The values a rule set may give it, as a reader says it ("0～1", "1 以上"). */
    public String range() {
        if (min != null && max != null) {
            return min.toPlainString() + "～" + max.toPlainString();
        }
        return min != null ? min.toPlainString() + " 以上" : max != null ? max.toPlainString() + " 以下" : "任意数值";
    }
}
