package jixiao.evaluation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.scoring.Finding;

/**
 * An evaluation's findings with the explanations its unit gave, alike for a project and the whole unit: an error
 * finding blocks submission until it is explained.
 */
public interface ExplainedFindings {

    List<Finding> findings();

    List<FindingExplanation> explanations();

    default boolean isExplained(Finding finding) {
        return explainedKeys().contains(FindingExplanation.keyOf(finding));
    }

    default String explanationOf(Finding finding) {
        String key = FindingExplanation.keyOf(finding);
        return explanations().stream()
                .filter(e -> e.findingKey().equals(key))
                .map(FindingExplanation::explanation)
                .findFirst()
                .orElse(null);
    }

    /** The error findings that still block submission. */
    default List<Finding> unexplainedErrors() {
        Set<String> explained = explainedKeys();
        return findings().stream()
                .filter(Finding::isError)
                .filter(f -> !explained.contains(FindingExplanation.keyOf(f)))
                .toList();
    }

    private Set<String> explainedKeys() {
        return explanations().stream().map(FindingExplanation::findingKey).collect(Collectors.toSet());
    }
}
