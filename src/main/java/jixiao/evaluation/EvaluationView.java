package jixiao.evaluation;

import java.util.List;
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
        List<FindingExplanation> explanations)
        implements ExplainedFindings {

    public ProjectSelfEvaluation project() {
        return report.projects().get(0);
    }

    /** The project's findings. */
    @Override
    public List<Finding> findings() {
        return assessment.findings();
    }
}
