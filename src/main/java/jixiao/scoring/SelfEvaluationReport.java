package jixiao.scoring;

import java.util.List;
import java.util.Objects;
import jixiao.shared.MoneyUnit;

/**
 * A unit's 自评报告 as submitted: the whole-unit part (may be absent) and one 项目支出绩效自评表 per
 * project. Values are as printed; the system recomputes everything from them.
 */
public record SelfEvaluationReport(
        int fiscalYear,
        MoneyUnit moneyUnit,
        BudgetUnit unit,
        UnitSelfEvaluation department,
        List<ProjectSelfEvaluation> projects) {
    public static final String FORMAT = "self-evaluation/1";

    public SelfEvaluationReport {
        Objects.requireNonNull(moneyUnit, "moneyUnit");
        Objects.requireNonNull(unit, "unit");
        projects = List.copyOf(projects);
    }
}
