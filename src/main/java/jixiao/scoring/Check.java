package jixiao.scoring;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One check of the catalogue ({@code jixiao.scoring.check.CheckCatalogue}), as a reviewer, a rule set and the help
 * page see it: what it looks at, the finding it raises and how a rule set may change it.
 *
 * @param code the check's own code, stable and in domain terms ("SCORE_MISMATCH", "REASON_FOR_LOST_POINTS"): a rule
 *     set names it to switch the check off or change its severity or parameters; several checks may raise findings
 *     of one {@link FindingCode} (DEVIATION_REASON_MISSING for a lost point, for a low 执行率 …)
 * @param finding the code of the findings it raises
 * @param category the category a reviewer reads its findings under
 * @param severity the severity of its findings where the rule set does not set another
 * @param description what it checks, in Chinese
 * @param parameters the thresholds a rule set may change, with their defaults (none for most checks)
 */
public record Check(
        String code,
        FindingCode finding,
        CheckCategory category,
        Severity severity,
        String description,
        List<CheckParameter> parameters) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public Check {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a check's code is upper case words joined by _: " + code);
        }
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
    }

    /** A check without parameters. */
    public static Check of(
            String code, FindingCode finding, CheckCategory category, Severity severity, String description) {
        return new Check(code, finding, category, severity, description, List.of());
    }

    /** The same check with parameters. */
    public Check with(CheckParameter... parameters) {
        return new Check(code, finding, category, severity, description, List.of(parameters));
    }

    /** The parameter of this name, or null. */
    public @Nullable CheckParameter parameter(String name) {
        for (CheckParameter parameter : parameters) {
            if (parameter.name().equals(name)) {
                return parameter;
            }
        }
        return null;
    }
}
