package jixiao.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 部门（单位）整体自评 as printed: profile, budget and final accounts, project expenditure, the key work
 * plan (重点工作计划) and the scored items, and the figures the whole-unit framework needs beyond the budget
 * ({@link UnitFigure}). Every part may be null.
 */
public record UnitSelfEvaluation(
        @Nullable Profile profile,
        @Nullable UnitBudget budget,
        @Nullable ProjectExpenditure projectExpenditure,
        List<KeyWorkItem> keyWorkPlan,
        List<ClaimedItem> claimedItems,
        Map<UnitFigure, BigDecimal> figures) {
    public UnitSelfEvaluation {
        keyWorkPlan = keyWorkPlan == null ? List.of() : List.copyOf(keyWorkPlan);
        claimedItems = claimedItems == null ? List.of() : List.copyOf(claimedItems);
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(copyOf(figures));
    }

    /** As printed, without the figures only the system's forms collect. */
    public UnitSelfEvaluation(
            @Nullable Profile profile,
            @Nullable UnitBudget budget,
            @Nullable ProjectExpenditure projectExpenditure,
            List<KeyWorkItem> keyWorkPlan,
            List<ClaimedItem> claimedItems) {
        this(profile, budget, projectExpenditure, keyWorkPlan, claimedItems, Map.of());
    }

    private static Map<UnitFigure, BigDecimal> copyOf(Map<UnitFigure, BigDecimal> figures) {
        Map<UnitFigure, BigDecimal> copy = new EnumMap<>(UnitFigure.class);
        copy.putAll(figures);
        return copy;
    }

    /**
     * 部门概况. {@code staff} is free-form as reports print it (Chinese keys, nested objects): values are
     * String, BigDecimal, Boolean, List or Map, or null as JSON null. Each part is null where the report prints none.
     */
    public record Profile(
            @Nullable Map<String, @Nullable Object> staff,
            @Nullable List<String> internalDepartments,
            @Nullable List<String> functions) {}

    /** 部门财务情况, in the report's money unit; every figure may be null. */
    public record UnitBudget(
            @Nullable BigDecimal incomeBudget,
            @Nullable BigDecimal expenditureBudget,
            @Nullable BigDecimal basicExpenditureBudget,
            @Nullable BigDecimal projectExpenditureBudget,
            @Nullable BigDecimal finalExpenditure,
            @Nullable BigDecimal finalBasicExpenditure,
            @Nullable BigDecimal finalProjectExpenditure,
            @Nullable BigDecimal threePublicBudget,
            @Nullable BigDecimal threePublicActual,
            @Nullable BigDecimal governmentProcurementActual,
            @Nullable BigDecimal carryOverBalance,
            @Nullable String text) {

        /**
         * The figures' names in print order: their keys in the interchange format, the whole-unit editor's fields
         * and the order of {@link #figures()}.
         */
        public static final List<String> FIGURES = List.of(
                "incomeBudget",
                "expenditureBudget",
                "basicExpenditureBudget",
                "projectExpenditureBudget",
                "finalExpenditure",
                "finalBasicExpenditure",
                "finalProjectExpenditure",
                "threePublicBudget",
                "threePublicActual",
                "governmentProcurementActual",
                "carryOverBalance");

        /** A budget from its figures in the order of {@link #FIGURES} (each may be null) and its paragraph. */
        public static UnitBudget of(List<@Nullable BigDecimal> figures, @Nullable String text) {
            if (figures.size() != FIGURES.size()) {
                throw new IllegalArgumentException(
                        FIGURES.size() + " figures expected (" + FIGURES + "), not " + figures.size());
            }
            return new UnitBudget(
                    figures.get(0),
                    figures.get(1),
                    figures.get(2),
                    figures.get(3),
                    figures.get(4),
                    figures.get(5),
                    figures.get(6),
                    figures.get(7),
                    figures.get(8),
                    figures.get(9),
                    figures.get(10),
                    text);
        }

        /** The figures in the order of {@link #FIGURES}; null where not given. */
        public List<@Nullable BigDecimal> figures() {
            return Arrays.asList(
                    incomeBudget,
                    expenditureBudget,
                    basicExpenditureBudget,
                    projectExpenditureBudget,
                    finalExpenditure,
                    finalBasicExpenditure,
                    finalProjectExpenditure,
                    threePublicBudget,
                    threePublicActual,
                    governmentProcurementActual,
                    carryOverBalance);
        }
    }

    /** 项目支出基本情况: budget (正常 + 追加) and what was spent, with its paragraph. */
    public record ProjectExpenditure(
            @Nullable BigDecimal budget,
            @Nullable BigDecimal regularBudget,
            @Nullable BigDecimal supplementaryBudget,
            @Nullable BigDecimal regularExecuted,
            @Nullable BigDecimal supplementaryExecuted,
            @Nullable String text) {}

    /**
     * One item of the 重点工作计划: what, who (责任科室), by when (完成时限, as written), how far (完成情况) and
     * the evidence or the reason it is not done (佐证材料/未完成原因). All but the title may be null.
     */
    public record KeyWorkItem(
            @Nullable Integer no,
            @Nullable String title,
            @Nullable String text,
            @Nullable String responsibleDepartment,
            @Nullable String deadline,
            @Nullable KeyWorkStatus status,
            @Nullable String evidence) {
        /** As printed in a report, which gives no completion per item. */
        public KeyWorkItem(@Nullable Integer no, @Nullable String title, @Nullable String text) {
            this(no, title, text, null, null, null, null);
        }
    }

    /** 完成情况 of a key work item; only 已完成 counts as completed in 重点工作计划完成率. */
    public enum KeyWorkStatus {
        COMPLETED("已完成"),
        PARTIAL("部分完成"),
        NOT_COMPLETED("未完成");

        private final String label;

        KeyWorkStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One scored item of the whole-unit evaluation, as claimed ("根据评分细则该指标得 N 分"). */
    public record ClaimedItem(
            @Nullable String area, @Nullable String name, @Nullable BigDecimal claimedScore, @Nullable String text) {}
}
