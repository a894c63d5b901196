package jixiao.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import org.jspecify.annotations.Nullable;

/**
 * A figure of the 部门（单位）整体自评 that a formula of the indicator framework can name: the budget and final
 * accounts as printed, the figures the unit enters beside them (调整数, 采购预算, 专项资金, the 绩效管理 counts,
 * 年度工作目标), and the counts of the key work plan. {@code key} is the name in the interchange format and in
 * framework files.
 */
public enum UnitFigure {
    EXPENDITURE_BUDGET("expenditureBudget", "支出预算", Source.BUDGET),
    INCOME_BUDGET("incomeBudget", "收入预算", Source.BUDGET),
    PROJECT_EXPENDITURE_BUDGET("projectExpenditureBudget", "项目支出预算", Source.BUDGET),
    FINAL_EXPENDITURE("finalExpenditure", "决算支出", Source.BUDGET),
    FINAL_PROJECT_EXPENDITURE("finalProjectExpenditure", "决算项目支出", Source.BUDGET),
    THREE_PUBLIC_BUDGET("threePublicBudget", "三公经费预算", Source.BUDGET),
    THREE_PUBLIC_ACTUAL("threePublicActual", "三公经费实际支出", Source.BUDGET),
    PROCUREMENT_ACTUAL("governmentProcurementActual", "政府采购实际金额", Source.BUDGET),
    CARRY_OVER_BALANCE("carryOverBalance", "结转结余", Source.BUDGET),
    BUDGET_ADJUSTMENT("budgetAdjustment", "预算调整数", Source.ENTERED),
    PROCUREMENT_BUDGET("procurementBudget", "政府采购预算", Source.ENTERED),
    SPECIAL_FUNDS("specialFunds", "专项资金", Source.ENTERED),
    SPECIAL_FUNDS_DETAILED("specialFundsDetailed", "已细化到项目的专项资金", Source.ENTERED),
    MONITORING_REQUIRED("monitoringRequired", "应开展绩效监控的项目数", Source.ENTERED),
    MONITORING_DONE("monitoringDone", "已开展绩效监控的项目数", Source.ENTERED),
    SELF_EVALUATION_REQUIRED("selfEvaluationRequired", "应开展绩效自评的项目数", Source.ENTERED),
    SELF_EVALUATION_DONE("selfEvaluationDone", "已开展绩效自评的项目数", Source.ENTERED),
    UNIT_EVALUATION_REQUIRED("unitEvaluationRequired", "应开展的部门评价数", Source.ENTERED),
    UNIT_EVALUATION_DONE("unitEvaluationDone", "已完成的部门评价数", Source.ENTERED),
    RESULTS_TO_APPLY("resultsToApply", "应应用的评价结果数", Source.ENTERED),
    RESULTS_APPLIED("resultsApplied", "已应用的评价结果数", Source.ENTERED),
    ANNUAL_GOALS("annualGoals", "年度工作目标数", Source.ENTERED),
    ANNUAL_GOALS_ACHIEVED("annualGoalsAchieved", "已实现的年度工作目标数", Source.ENTERED),
    KEY_WORK_PLANNED("keyWorkPlanned", "重点工作计划项数", Source.KEY_WORK_PLAN),
    KEY_WORK_COMPLETED("keyWorkCompleted", "已完成的重点工作项数", Source.KEY_WORK_PLAN);

    /** Where a figure comes from: the printed budget, the unit's entry, or counted from the key work plan. */
    public enum Source {
        BUDGET,
        ENTERED,
        KEY_WORK_PLAN
    }

    private final String key;
    private final String label;
    private final Source source;

    UnitFigure(String key, String label, Source source) {
        this.key = key;
        this.label = label;
        this.source = source;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Source source() {
        return source;
    }

    public static Optional<UnitFigure> byKey(String key) {
        for (UnitFigure figure : values()) {
            if (figure.key.equals(key)) {
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }

    /**
     * This figure of the unit, or empty where it is not known. The key work plan counts are known only when every
     * item has its 完成情况: a count over items of unknown state would be a guess.
     */
    public Optional<BigDecimal> of(UnitSelfEvaluation department) {
        return Optional.ofNullable(
                switch (source) {
                    case BUDGET -> {
                        UnitBudget budget = department.budget();
                        yield budget == null ? null : fromBudget(budget);
                    }
                    case ENTERED -> department.figures().get(this);
                    case KEY_WORK_PLAN -> keyWorkCount(department);
                });
    }

    private @Nullable BigDecimal fromBudget(UnitBudget budget) {
        return switch (this) {
            case EXPENDITURE_BUDGET -> budget.expenditureBudget();
            case INCOME_BUDGET -> budget.incomeBudget();
            case PROJECT_EXPENDITURE_BUDGET -> budget.projectExpenditureBudget();
            case FINAL_EXPENDITURE -> budget.finalExpenditure();
            case FINAL_PROJECT_EXPENDITURE -> budget.finalProjectExpenditure();
            case THREE_PUBLIC_BUDGET -> budget.threePublicBudget();
            case THREE_PUBLIC_ACTUAL -> budget.threePublicActual();
            case PROCUREMENT_ACTUAL -> budget.governmentProcurementActual();
            case CARRY_OVER_BALANCE -> budget.carryOverBalance();
            default -> throw new IllegalStateException(this + " is not a budget figure");
        };
    }

    private @Nullable BigDecimal keyWorkCount(UnitSelfEvaluation department) {
        if (department.keyWorkPlan().isEmpty()
                || department.keyWorkPlan().stream().anyMatch(item -> item.status() == null)) {
            return null;
        }
        if (this == KEY_WORK_PLANNED) {
            return BigDecimal.valueOf(department.keyWorkPlan().size());
        }
        long completed = department.keyWorkPlan().stream()
                .map(KeyWorkItem::status)
                .filter(KeyWorkStatus.COMPLETED::equals)
                .count();
        return BigDecimal.valueOf(completed);
    }
}
