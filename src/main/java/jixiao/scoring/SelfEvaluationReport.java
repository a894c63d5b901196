package jixiao.scoring;

import java.util.List;
import java.util.Objects;
import jixiao.shared.MoneyUnit;
import org.jspecify.annotations.Nullable;

/**
 * A unit's 自评报告 as submitted: the whole-unit part (may be absent), one 项目支出绩效自评表 per project and the
 * report's own texts around them ({@link ReportNarrative#NONE} where it has none). Values are as printed; the system
 * recomputes everything from them.
 */
public record SelfEvaluationReport(
        int fiscalYear,
        MoneyUnit moneyUnit,
        BudgetUnit unit,
        @Nullable UnitSelfEvaluation department,
        List<ProjectSelfEvaluation> projects,
        ReportNarrative narrative) {
    public static final String FORMAT = "self-evaluation/1";

    public SelfEvaluationReport {
        Objects.requireNonNull(moneyUnit, "moneyUnit");
        Objects.requireNonNull(unit, "unit");
        projects = List.copyOf(projects);
        narrative = narrative == null ? ReportNarrative.NONE : narrative;
    }

    /** Without texts of the report's own. */
    public SelfEvaluationReport(
            int fiscalYear,
            MoneyUnit moneyUnit,
            BudgetUnit unit,
            @Nullable UnitSelfEvaluation department,
            List<ProjectSelfEvaluation> projects) {
        this(fiscalYear, moneyUnit, unit, department, projects, ReportNarrative.NONE);
    }

    /** The same report with other projects (a part of it, or the projects as edited). */
    public SelfEvaluationReport withProjects(List<ProjectSelfEvaluation> projects) {
        return new SelfEvaluationReport(fiscalYear, moneyUnit, unit, department, projects, narrative);
    }
}
