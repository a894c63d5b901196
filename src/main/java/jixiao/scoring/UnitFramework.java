package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * The indicator framework of the 部门（单位）整体自评 (财预〔2013〕53号 部门整体支出共性指标, as used in Henan): areas,
 * items, weights, and how each item is scored. A template with a name and a version that a finance bureau edits;
 * a submitted evaluation keeps the one it was scored with.
 *
 * @param items in print order; names are unique
 */
public record UnitFramework(String name, String version, List<Item> items) {

    public UnitFramework {
        requireText(name, "name");
        requireText(version, "version");
        items = List.copyOf(items);
        Set<String> names = new HashSet<>();
        for (Item item : items) {
            if (!names.add(item.name())) {
                throw new IllegalArgumentException("item “" + item.name() + "” appears twice");
            }
        }
    }

    /** Σ weights, which should be 100. */
    public Points totalWeight() {
        return Points.sum(items.stream().map(Item::weight).toList());
    }

    /** The areas in print order. */
    public List<String> areas() {
        List<String> areas = new ArrayList<>();
        for (Item item : items) {
            if (!areas.contains(item.area())) {
                areas.add(item.area());
            }
        }
        return areas;
    }

    /**
     * One scored item.
     *
     * @param weightBasis null where the weight is the framework's own; otherwise how it was inferred (the seed prints
     *     no weights for most items), so that the interface can say so
     */
    public record Item(String area, String name, Points weight, @Nullable String weightBasis, Measure measure) {
        public Item {
            requireText(area, "area");
            requireText(name, "name");
            Objects.requireNonNull(weight, "weight");
            if (weight.isNegative()) {
                throw new IllegalArgumentException("weight of “" + name + "” must not be negative");
            }
            Objects.requireNonNull(measure, "measure");
            weightBasis = weightBasis == null || weightBasis.isBlank() ? null : weightBasis.trim();
        }

        public boolean weightInferred() {
            return weightBasis != null;
        }
    }

    /** How an item is scored. */
    public sealed interface Measure permits Formula, Qualitative {}

    /** rate = numerator ÷ denominator over the unit's figures, scored by a schedule. */
    public record Formula(UnitFigure numerator, UnitFigure denominator, Schedule schedule) implements Measure {
        public Formula {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(schedule, "schedule");
        }
    }

    /** A judgement with the three tiers of the rule set (达成 / 部分达成 / 未达成): the claimed score is kept in its band. */
    public record Qualitative() implements Measure {}

    /** How a rate becomes points. */
    public sealed interface Schedule permits Proportional, FullAtOrBelow, Steps {}

    /** weight × min(rate, 100%): 预算执行率 and the completion rates. */
    public record Proportional() implements Schedule {}

    /**
     * Full weight while the rate is at or under {@code limit}, nothing from {@code zeroAt}, linear between (预算调整率,
     * 结转结余率, 三公经费控制率). {@code zeroAt} equal to {@code limit} makes a plain threshold.
     */
    public record FullAtOrBelow(BigDecimal limit, BigDecimal zeroAt) implements Schedule {
        public FullAtOrBelow {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(zeroAt, "zeroAt");
            if (limit.signum() < 0 || zeroAt.compareTo(limit) < 0) {
                throw new IllegalArgumentException("need 0 ≤ limit ≤ zeroAt, got " + limit + " and " + zeroAt);
            }
        }
    }

    /** Thresholds: the first step whose {@code from} the rate reaches gives {@code share} of the weight; below all, 0. */
    public record Steps(List<Step> steps) implements Schedule {
        public Steps {
            steps = steps.stream()
                    .sorted((a, b) -> b.from().compareTo(a.from()))
                    .toList();
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a step schedule needs at least one step");
            }
        }
    }

    /** From this rate on, this share of the weight (both fractions: 0.95 → 95%). */
    public record Step(BigDecimal from, BigDecimal share) {
        public Step {
            Objects.requireNonNull(from, "from");
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a step's share must be between 0 and 1, got " + share);
            }
        }
    }

    private static void requireText(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    /**
     * The seed's framework (三门峡市, 2021): the items its 部门整体自评 names, in its areas. The seed prints no weights;
     * each is inferred as its basis says, and the two items the seed leaves out (履职效益, 满意度) complete 100 points.
     * Built once: the framework is immutable, and every checker made without one (one per web request) uses it.
     */
    public static UnitFramework defaults() {
        return Seed.FRAMEWORK;
    }

    /** Holds the default framework, built when first asked for. */
    private static final class Seed {
        static final UnitFramework FRAMEWORK = seedFramework();
    }

    private static UnitFramework seedFramework() {
        List<Item> items = new ArrayList<>();
        String goals = "1. 工作目标管理";
        String budget = "2. 预算和财务管理";
        String performance = "3. 绩效管理";
        String keyWork = "4. 重点工作任务完成";
        String duties = "5. 履职目标实现";
        String effect = "6. 履职效益";
        String fullScore = "推定：自评报告未印分值，该项自评得满分 ";
        items.add(qualitative(goals, "工作目标管理", 5, "推定：自评报告未印分值，自评得 3 分；按共性指标框架取 5 分"));
        items.add(qualitative(budget, "预算编制完整性", 2, "推定：自评报告未印分值，自评得 1 分；按同组各项取 2 分"));
        items.add(formula(
                budget,
                "专项资金细化率",
                2,
                fullScore + "2 分",
                UnitFigure.SPECIAL_FUNDS_DETAILED,
                UnitFigure.SPECIAL_FUNDS,
                new Proportional()));
        items.add(formula(
                budget,
                "预算执行率",
                10,
                "推定：执行率 117.28% 封顶后自评得 10 分",
                UnitFigure.FINAL_EXPENDITURE,
                UnitFigure.EXPENDITURE_BUDGET,
                new Proportional()));
        items.add(formula(
                budget,
                "预算调整率",
                2,
                "推定：自评报告未印分值与评分标准；调整率 17.28% 得 0 分，按调整率 5% 以内满分、15% 及以上 0 分",
                UnitFigure.BUDGET_ADJUSTMENT,
                UnitFigure.EXPENDITURE_BUDGET,
                new FullAtOrBelow(new BigDecimal("0.05"), new BigDecimal("0.15"))));
        items.add(formula(
                budget,
                "结转结余率",
                1,
                "推定：结余率 0% 自评得 1 分；按结余率 5% 以内满分、20% 及以上 0 分",
                UnitFigure.CARRY_OVER_BALANCE,
                UnitFigure.EXPENDITURE_BUDGET,
                new FullAtOrBelow(new BigDecimal("0.05"), new BigDecimal("0.20"))));
        items.add(formula(
                budget,
                "三公经费控制率",
                2,
                fullScore + "2 分；控制率 100% 以内满分，超支 20% 及以上 0 分",
                UnitFigure.THREE_PUBLIC_ACTUAL,
                UnitFigure.THREE_PUBLIC_BUDGET,
                new FullAtOrBelow(BigDecimal.ONE, new BigDecimal("1.20"))));
        items.add(formula(
                budget,
                "政府采购执行率",
                2,
                fullScore + "2 分",
                UnitFigure.PROCUREMENT_ACTUAL,
                UnitFigure.PROCUREMENT_BUDGET,
                new Proportional()));
        for (String name : List.of("决算真实性", "资金使用合规性", "管理制度健全性", "预决算信息公开性", "资产管理规范性")) {
            items.add(qualitative(budget, name, 2, fullScore + "2 分"));
        }
        items.add(formula(
                performance,
                "绩效监控完成率",
                1,
                fullScore + "1 分",
                UnitFigure.MONITORING_DONE,
                UnitFigure.MONITORING_REQUIRED,
                new Proportional()));
        items.add(formula(
                performance,
                "绩效自评完成率",
                1,
                fullScore + "1 分",
                UnitFigure.SELF_EVALUATION_DONE,
                UnitFigure.SELF_EVALUATION_REQUIRED,
                new Proportional()));
        items.add(formula(
                performance,
                "部门绩效评价完成率",
                1,
                fullScore + "1 分",
                UnitFigure.UNIT_EVALUATION_DONE,
                UnitFigure.UNIT_EVALUATION_REQUIRED,
                new Proportional()));
        items.add(formula(
                performance,
                "评价结果应用率",
                1,
                fullScore + "1 分",
                UnitFigure.RESULTS_APPLIED,
                UnitFigure.RESULTS_TO_APPLY,
                new Proportional()));
        items.add(formula(
                keyWork,
                "重点工作计划完成率",
                15,
                "推定：完成 95% 自评得 14.25 分，14.25 ÷ 95% = 15",
                UnitFigure.KEY_WORK_COMPLETED,
                UnitFigure.KEY_WORK_PLANNED,
                new Proportional()));
        items.add(formula(
                duties,
                "年度工作目标实现率",
                10,
                fullScore + "10 分",
                UnitFigure.ANNUAL_GOALS_ACHIEVED,
                UnitFigure.ANNUAL_GOALS,
                new Proportional()));
        items.add(qualitative(effect, "履职效益", 25, "推定：自评报告未评此项；补足 100 分（共性指标框架的履职效益）"));
        items.add(qualitative(effect, "满意度", 10, "推定：自评报告未评此项；按共性指标框架取 10 分"));
        return new UnitFramework("部门整体支出绩效自评共性指标（三门峡市 2021 推定）", "2021.1", items);
    }

    private static Item qualitative(String area, String name, long weight, String basis) {
        return new Item(area, name, Points.of(weight), basis, new Qualitative());
    }

    private static Item formula(
            String area,
            String name,
            long weight,
            String basis,
            UnitFigure numerator,
            UnitFigure denominator,
            Schedule schedule) {
        return new Item(area, name, Points.of(weight), basis, new Formula(numerator, denominator, schedule));
    }
}
