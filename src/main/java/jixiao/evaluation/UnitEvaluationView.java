package jixiao.evaluation;

import java.util.List;
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
        List<FindingExplanation> explanations)
        implements ExplainedFindings {

    public UnitSelfEvaluation unit() {
        return report.department();
    }

    public UnitAssessment assessment() {
        return scored.department();
    }

    public UnitFramework framework() {
        return scored.department().framework();
    }

    /** The whole-unit findings: about the framework's items, the unit's figures and across the project tables. */
    @Override
    public List<Finding> findings() {
        return scored.unitFindings();
    }
}
