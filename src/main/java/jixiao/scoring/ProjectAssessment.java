package jixiao.scoring;

import java.util.List;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.shared.Points;

/**
 * A project's 自评表 recomputed: every indicator, the 预算执行率, the total (Σ indicator scores + execution
 * score), the grade and the project's findings.
 */
public record ProjectAssessment(
        ProjectSelfEvaluation project,
        List<IndicatorAssessment> indicators,
        ExecutionScore execution,
        Points total,
        Grade grade,
        List<Finding> findings) {
    public ProjectAssessment {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
