package jixiao.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a rule set changes of one check of the catalogue. Every part may be left as the catalogue has it.
 *
 * @param enabled false to switch the check off, true to switch it on, null as the catalogue (on)
 * @param severity the severity of its findings, or null for the check's own
 * @param parameters its parameters by name (empty for none changed); names and ranges as the check declares them
 */
public record CheckSetting(@Nullable Boolean enabled, @Nullable Severity severity, Map<String, BigDecimal> parameters) {
    public CheckSetting {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    /** The check switched off. */
    public static CheckSetting off() {
        return new CheckSetting(false, null, Map.of());
    }

    /** The check's findings at another severity. */
    public static CheckSetting severity(Severity severity) {
        return new CheckSetting(null, severity, Map.of());
    }

    /** The check with one parameter changed. */
    public static CheckSetting parameter(String name, BigDecimal value) {
        return new CheckSetting(null, null, Map.of(name, value));
    }
}
