package jixiao.evaluation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitSelfEvaluation;

/**
 * The 部门（单位）整体自评 of a unit and year as its reader sees it: the stored row, the whole-unit data, its
 * assessment by the framework (scored together with the unit's project evaluations of the year), the whole-unit
 * findings and the explanations given.
 *
 * @param report the stored document: the department and no projects
 */
public record UnitEvaluationView(
        EvaluationRow row,
        SelfEvaluationReport report,
        ReportAssessment scored,
        RuleSet ruleSet,
        List<FindingExplanation> explanations) {

    public UnitSelfEvaluation unit() {
        return report.department();
    }

    public UnitAssessment assessment() {
        return scored.unit();
    }

    public UnitFramework framework() {
        return scored.unit().framework();
    }

    /** The whole-unit findings: about the framework's items, the unit's figures and across the project tables. */
    public List<Finding> findings() {
        return scored.unitFindings();
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
        return findings().stream()
                .filter(Finding::isError)
                .filter(f -> !explained.contains(Evaluations.key(f)))
                .toList();
    }

    private Set<String> explainedKeys() {
        return explanations.stream().map(FindingExplanation::findingKey).collect(Collectors.toSet());
    }
}
