package jixiao.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.evaluation.FindingExplanation;
import jixiao.scoring.Finding;
import jixiao.scoring.Severity;

/**
 * Findings as the pages list them: each by its category (the message {@code finding.<CODE>}, in Chinese {@link
 * jixiao.scoring.FindingCode#title()}; the code only in a tooltip), with the unit's explanation where it gave one, so
 * that explained errors are told apart from those that still block submission.
 */
public final class FindingLines {

    private final Map<String, String> explanations;

    private FindingLines(Map<String, String> explanations) {
        this.explanations = explanations;
    }

    static FindingLines explainedBy(List<FindingExplanation> given) {
        Map<String, String> byKey = new HashMap<>();
        for (FindingExplanation explanation : given) {
            byKey.put(explanation.findingKey(), explanation.explanation());
        }
        return new FindingLines(byKey);
    }

    /**
     * One finding as listed.
     *
     * @param key the key its explanation is kept under
     * @param explanation the unit's explanation, or null
     */
    public record FindingLine(Finding finding, String key, String explanation) {

        public boolean isExplained() {
            return explanation != null;
        }

        /** An error the unit has not explained: it blocks submission. */
        public boolean isOpenError() {
            return finding.isError() && explanation == null;
        }
    }

    /**
     * How many findings of each kind, with the explained errors apart.
     *
     * @param openErrors errors not explained (they block submission)
     * @param explainedErrors errors the unit explained
     */
    public record Counts(int total, int openErrors, int explainedErrors, int warnings, int infos) {}

    List<FindingLine> of(List<Finding> findings) {
        return findings.stream()
                .map(finding -> {
                    String key = FindingExplanation.keyOf(finding);
                    return new FindingLine(finding, key, explanations.get(key));
                })
                .toList();
    }

    Counts counts(List<Finding> findings) {
        int open = 0;
        int explained = 0;
        int warnings = 0;
        int infos = 0;
        for (FindingLine line : of(findings)) {
            if (line.finding().severity() == Severity.ERROR) {
                if (line.isExplained()) {
                    explained++;
                } else {
                    open++;
                }
            } else if (line.finding().severity() == Severity.WARNING) {
                warnings++;
            } else {
                infos++;
            }
        }
        return new Counts(findings.size(), open, explained, warnings, infos);
    }
}
