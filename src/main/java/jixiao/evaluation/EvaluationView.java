package jixiao.evaluation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;

/** One 自评表 as its reader sees it: the stored row, the project, its assessment and the explanations given. */
public record EvaluationView(
        EvaluationRow row,
        SelfEvaluationReport report,
        ProjectAssessment assessment,
        RuleSet ruleSet,
        List<FindingExplanation> explanations) {

    public ProjectSelfEvaluation project() {
        return report.projects().get(0);
    }

    public boolean isExplained(Finding finding) {
        return explainedKeys().contains(Evaluations.key(finding));
    }

    public String explanationOf(Finding finding) {
        String key = Evaluations.key(finding);
        return explanations.stream()
                .filter(e -> e.findingKey().equals(key))
                .map(FindingExplanation::explanation)
                .findFirst()
                .orElse(null);
    }

    /** The error findings that still block submission. */
    public List<Finding> unexplainedErrors() {
        Set<String> explained = explainedKeys();
        return assessment.findings().stream()
                .filter(Finding::isError)
                .filter(f -> !explained.contains(Evaluations.key(f)))
                .toList();
    }

    private Set<String> explainedKeys() {
        return explanations.stream().map(FindingExplanation::findingKey).collect(Collectors.toSet());
    }
}
