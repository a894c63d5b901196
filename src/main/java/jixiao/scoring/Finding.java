package jixiao.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One inconsistency, explained for a finance clerk.
 *
 * @param project the project's name, or null for a whole-unit finding
 * @param indicator the indicator's name (三级指标), or null where the finding is not about one indicator
 * @param message a Chinese sentence with the numbers
 */
public record Finding(
        FindingCode code, Severity severity, @Nullable String project, @Nullable String indicator, String message) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
