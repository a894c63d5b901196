package jixiao.scoring.check;

import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ProjectExpenditure;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import org.jspecify.annotations.Nullable;

/**
 * What the whole-unit checks read: the report, its 部门（单位）整体自评 (null where it has none) and that part scored by
 * the framework (null where it was not).
 */
record WholeUnit(SelfEvaluationReport report, @Nullable UnitAssessment assessment, RuleSet rules) {

    private static final UnitBudget NO_BUDGET =
            new UnitBudget(null, null, null, null, null, null, null, null, null, null, null, null);

    /** The 部门（单位）整体自评, or null. */
    @Nullable
    UnitSelfEvaluation department() {
        return report.department();
    }

    /** The 项目支出基本情况, or null where the report has no 部门（单位）整体自评 or that part printed none. */
    @Nullable
    ProjectExpenditure projectExpenditure() {
        UnitSelfEvaluation department = report.department();
        return department == null ? null : department.projectExpenditure();
    }

    /** The 部门财务情况, or one without figures where the report printed none: a missing figure is null either way. */
    UnitBudget budget() {
        UnitSelfEvaluation department = report.department();
        UnitBudget budget = department == null ? null : department.budget();
        return budget == null ? NO_BUDGET : budget;
    }
}
