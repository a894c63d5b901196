package jixiao.scoring.check;

import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;

/**
 * What the whole-unit checks read: the report, its 部门（单位）整体自评 (null where it has none) and that part scored by
 * the framework (null where it was not).
 */
record WholeUnit(SelfEvaluationReport report, UnitAssessment assessment, RuleSet rules) {

    private static final UnitBudget NO_BUDGET =
            new UnitBudget(null, null, null, null, null, null, null, null, null, null, null, null);

    /** The 部门（单位）整体自评, or null. */
    UnitSelfEvaluation department() {
        return report.department();
    }

    boolean hasDepartment() {
        return report.department() != null;
    }

    /** The 部门财务情况, or one without figures where the report printed none: a missing figure is null either way. */
    UnitBudget budget() {
        UnitBudget budget =
                report.department() == null ? null : report.department().budget();
        return budget == null ? NO_BUDGET : budget;
    }
}
