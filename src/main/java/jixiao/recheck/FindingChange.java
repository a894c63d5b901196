package jixiao.recheck;

import java.util.Objects;
import jixiao.evaluation.FindingExplanation;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;

/**
 * A finding that a re-check adds to an evaluation or that vanishes from it, compared by the key the system stores of
 * every finding ({@link FindingExplanation#keyOf}: code, indicator, message): people see the Chinese category, the
 * code is for machines.
 *
 * @param key as stored beside the evaluation (evaluation_finding.finding_key), which the comparison goes by
 * @param location the indicator (三级指标) the finding is about, or the evaluation's name where it is about no one
 */
public record FindingChange(
        String key, String code, String category, String severity, String location, String message) {

    public FindingChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
    }

    /** A finding of the re-score. */
    static FindingChange of(Finding finding, String evaluationName) {
        return new FindingChange(
                FindingExplanation.keyOf(finding),
                finding.code().name(),
                finding.code().title(),
                finding.severity().name(),
                finding.indicator() == null ? evaluationName : finding.indicator(),
                finding.message());
    }

    /** A stored finding, from its code, severity and key ({@code code|indicator|message}). */
    static FindingChange stored(String code, String severity, String key, String evaluationName) {
        String[] parts = key.split("\\|", 3);
        String indicator = parts.length > 1 ? parts[1] : "";
        String message = parts.length > 2 ? parts[2] : key;
        return new FindingChange(
                key, code, category(code), severity, indicator.isEmpty() ? evaluationName : indicator, message);
    }

    /** The Chinese category of a code; a code this version does not know (stored by another) shows as itself. */
    static String category(String code) {
        try {
            return FindingCode.valueOf(code).title();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
