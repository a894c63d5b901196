package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.Objects;
import jixiao.scoring.Finding;

/** The unit's explanation of an error finding (keyed by code, indicator and message). */
public record FindingExplanation(String findingKey, String explanation, String by, LocalDateTime at) {

    /** The finding a key names, in words: its indicator (where it has one) and its message, without the code. */
    public static String describe(String findingKey) {
        String[] parts = findingKey.split("\\|", 3);
        if (parts.length < 3) {
            return findingKey;
        }
        return parts[1].isEmpty() ? parts[2] : "“" + parts[1] + "”" + parts[2];
    }

    /** The stable key under which an explanation of a finding is kept. */
    public static String keyOf(Finding finding) {
        return finding.code() + "|" + Objects.toString(finding.indicator(), "") + "|" + finding.message();
    }
}
