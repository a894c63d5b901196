package jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 部门（单位）整体自评 as printed: profile, budget and final accounts, project expenditure, the key work
 * plan (重点工作计划) and the scored items. Every part may be null.
 */
public record UnitSelfEvaluation(
        Profile profile,
        UnitBudget budget,
        ProjectExpenditure projectExpenditure,
        List<KeyWorkItem> keyWorkPlan,
        List<ClaimedItem> claimedItems) {
    public UnitSelfEvaluation {
        keyWorkPlan = keyWorkPlan == null ? List.of() : List.copyOf(keyWorkPlan);
        claimedItems = claimedItems == null ? List.of() : List.copyOf(claimedItems);
    }

    /**
     * 部门概况. {@code staff} is free-form as reports print it (Chinese keys, nested objects): values are
     * String, BigDecimal, Boolean, List or Map.
     */
    public record Profile(Map<String, Object> staff, List<String> internalDepartments, List<String> functions) {}

    /** 部门财务情况, in the report's money unit; every figure may be null. */
    public record UnitBudget(
            BigDecimal incomeBudget,
            BigDecimal expenditureBudget,
            BigDecimal basicExpenditureBudget,
            BigDecimal projectExpenditureBudget,
            BigDecimal finalExpenditure,
            BigDecimal finalBasicExpenditure,
            BigDecimal finalProjectExpenditure,
            BigDecimal threePublicBudget,
            BigDecimal threePublicActual,
            BigDecimal governmentProcurementActual,
            BigDecimal carryOverBalance,
            String text) {}

    /** 项目支出基本情况: budget (正常 + 追加) and what was spent, with its paragraph. */
    public record ProjectExpenditure(
            BigDecimal budget,
            BigDecimal regularBudget,
            BigDecimal supplementaryBudget,
            BigDecimal regularExecuted,
            BigDecimal supplementaryExecuted,
            String text) {}

    /** One item of the 重点工作计划. */
    public record KeyWorkItem(Integer no, String title, String text) {}

    /** One scored item of the whole-unit evaluation, as claimed ("根据评分细则该指标得 N 分"). */
    public record ClaimedItem(String area, String name, BigDecimal claimedScore, String text) {}
}
