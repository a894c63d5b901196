package jixiao.evaluation;

import java.time.LocalDateTime;
import java.util.Objects;
import jixiao.scoring.Finding;

/** The unit's explanation of an error finding (keyed by code, indicator and message). */
public record FindingExplanation(String findingKey, String explanation, String by, LocalDateTime at) {

    /** The stable key under which an explanation of a finding is kept. */
    public static String keyOf(Finding finding) {
        return finding.code() + "|" + Objects.toString(finding.indicator(), "") + "|" + finding.message();
    }
}
