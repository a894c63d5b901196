package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * Every parameter of the scoring rules and the checks, with a name and a version, so that a province or a year can
 * differ without code changes; a submitted evaluation keeps the rule set it was scored with. The file format is
 * {@code jixiao.interchange.RuleSetFile}, described field by field in {@code schema/rule-set-1.schema.json}.
 *
 * <p>The rules a province adds to 财预〔2020〕10号 ({@link #deviation()}, {@link #executionCaps()}, {@link
 * #notApplicable()}, {@link #unprintedWeights()}) are off in {@link #defaults()}: the policy text has none of them.
 *
 * @param level1Weights 一级指标 weights by the name's stem ("产出" → 50), in print order; 预算执行率 is {@code
 *     executionWeight}. The 财预〔2021〕101号 layout has 成本 as a stem of its own ({@link #layout101()}).
 * @param executionWeight the 预算执行率 weight where the 自评表 prints none
 * @param reverseFormula how a 反向 (cost) indicator over its target is scored
 * @param scoreTolerance how far a claimed score may be from the rule's score (0.01; some publishers round to 1)
 * @param executionExplanationThreshold 执行率 below which a deviation reason is required (0.9)
 * @param achievedFloor share of the weight where the tier 达成 starts (0.8)
 * @param partialFloor share of the weight where the tier 部分达成并具有一定效果 starts (0.6)
 * @param overAchievementRatio actual / target from which a met target counts as set too low (1.5)
 * @param unprintedWeights what a row without a printed 分值 weighs (layouts that print no weight per indicator)
 * @param deviation the 指标偏离 rule: a result far beyond its target loses points unless a reason is given
 * @param executionCaps caps on a project's total by its 执行率, as a table; empty for none
 * @param notApplicable whether a row may be marked 不适用 and where its weight goes
 * @param checks what the set changes of the checks of the catalogue, by check code: switched off, another
 *     severity, other parameters; a check it does not name runs as the catalogue says
 */
public record RuleSet(
        String name,
        String version,
        Map<String, Points> level1Weights,
        Points executionWeight,
        GradeBands gradeBands,
        ReverseFormula reverseFormula,
        BigDecimal scoreTolerance,
        BigDecimal executionExplanationThreshold,
        BigDecimal achievedFloor,
        BigDecimal partialFloor,
        BigDecimal overAchievementRatio,
        UnprintedWeights unprintedWeights,
        Deviation deviation,
        List<ExecutionCap> executionCaps,
        NotApplicable notApplicable,
        Map<String, CheckSetting> checks) {

    public RuleSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        level1Weights = inGivenOrder(level1Weights);
        Objects.requireNonNull(executionWeight, "executionWeight");
        Objects.requireNonNull(gradeBands, "gradeBands");
        Objects.requireNonNull(reverseFormula, "reverseFormula");
        requireFraction(executionExplanationThreshold, "executionExplanationThreshold");
        requireFraction(achievedFloor, "achievedFloor");
        requireFraction(partialFloor, "partialFloor");
        if (partialFloor.compareTo(achievedFloor) > 0) {
            throw new IllegalArgumentException("partialFloor must not exceed achievedFloor");
        }
        if (scoreTolerance == null || scoreTolerance.signum() < 0) {
            throw new IllegalArgumentException("scoreTolerance must be zero or more");
        }
        if (overAchievementRatio == null || overAchievementRatio.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("overAchievementRatio must be above 1");
        }
        Objects.requireNonNull(unprintedWeights, "unprintedWeights");
        Objects.requireNonNull(deviation, "deviation");
        executionCaps = fromHighestRate(executionCaps);
        Objects.requireNonNull(notApplicable, "notApplicable");
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(checks, "checks")));
    }

    /** The rule set as it was before rule sets said more than these eleven parameters: the new rules off. */
    public RuleSet(
            String name,
            String version,
            Map<String, Points> level1Weights,
            Points executionWeight,
            GradeBands gradeBands,
            ReverseFormula reverseFormula,
            BigDecimal scoreTolerance,
            BigDecimal executionExplanationThreshold,
            BigDecimal achievedFloor,
            BigDecimal partialFloor,
            BigDecimal overAchievementRatio) {
        this(
                name,
                version,
                level1Weights,
                executionWeight,
                gradeBands,
                reverseFormula,
                scoreTolerance,
                executionExplanationThreshold,
                achievedFloor,
                partialFloor,
                overAchievementRatio,
                UnprintedWeights.MISSING,
                Deviation.NONE,
                List.of(),
                NotApplicable.NOT_ADMITTED,
                Map.of());
    }

    private static void requireFraction(BigDecimal value, String name) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1");
        }
    }

    /**
     * The weights, unmodifiable, in the order given (the file's, or the default's print order): {@code Map.copyOf}
     * would iterate in an order that changes from one JVM run to the next, and with it the order of findings that
     * name the 一级指标 and which stem a name matches first.
     */
    private static Map<String, Points> inGivenOrder(Map<String, Points> weights) {
        Map<String, Points> ordered = new LinkedHashMap<>();
        weights.forEach((stem, weight) -> ordered.put(
                Objects.requireNonNull(stem, "level1Weights key"), Objects.requireNonNull(weight, "level1Weights")));
        return Collections.unmodifiableMap(ordered);
    }

    /** The caps from the highest rate down, each a lower rate with a cap no higher than the one before. */
    private static List<ExecutionCap> fromHighestRate(List<ExecutionCap> caps) {
        List<ExecutionCap> sorted = new ArrayList<>(Objects.requireNonNull(caps, "executionCaps"));
        sorted.sort(Comparator.comparing(ExecutionCap::below).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).below().compareTo(sorted.get(i - 1).below()) == 0) {
                throw new IllegalArgumentException(
                        "two execution caps below " + sorted.get(i).below());
            }
            if (sorted.get(i).atMost().isGreaterThan(sorted.get(i - 1).atMost())) {
                throw new IllegalArgumentException("a lower execution rate must not have a higher cap");
            }
        }
        return List.copyOf(sorted);
    }

    /** The default of domain.md §2 (财预〔2020〕10号 with the seed's table notes): none of the provinces' rules. */
    public static RuleSet defaults() {
        Map<String, Points> weights = new LinkedHashMap<>();
        weights.put("产出", Points.of(50));
        weights.put("效益", Points.of(30));
        weights.put("满意度", Points.of(10));
        return new RuleSet(
                "财预〔2020〕10号",
                "2020.1",
                weights,
                Points.of(10),
                new GradeBands(Points.of(90), Points.of(80), Points.of(60)),
                ReverseFormula.LINEAR_2T,
                new BigDecimal("0.01"),
                new BigDecimal("0.90"),
                new BigDecimal("0.80"),
                new BigDecimal("0.60"),
                new BigDecimal("1.5"));
    }

    /**
     * The 财预〔2021〕101号 layout, in which 成本指标 is a 一级指标 of its own (经济成本, 社会成本, 生态环境成本), with
     * the rules of {@link #defaults()} otherwise.
     *
     * <p>Weights: 产出 40, 成本 10, 效益 30, 满意度 10, 预算执行率 10. Sources: 财预〔2021〕101号 (中央部门项目支出核心绩效
     * 目标和指标设置及取值指引, 2021-08-18) makes 成本指标 a 一级指标; 财预〔2020〕10号 sets 产出 50 / 效益 30 / 满意度 10 /
     * 预算执行率 10, and the provincial templates in the 101号 layout take 成本 out of 产出's 50 (河南 2024: 成本 10,
     * domain.md §1). The published template a province uses may differ: it is one file away (a region's rule set).
     */
    public static RuleSet layout101() {
        RuleSet base = defaults();
        Map<String, Points> weights = new LinkedHashMap<>();
        weights.put("产出", Points.of(40));
        weights.put("成本", Points.of(10));
        weights.put("效益", Points.of(30));
        weights.put("满意度", Points.of(10));
        return new RuleSet(
                "财预〔2021〕101号",
                "2021.1",
                weights,
                base.executionWeight(),
                base.gradeBands(),
                base.reverseFormula(),
                base.scoreTolerance(),
                base.executionExplanationThreshold(),
                base.achievedFloor(),
                base.partialFloor(),
                base.overAchievementRatio());
    }

    /** The rule sets the system ships, the default first. */
    public static List<RuleSet> builtIn() {
        return List.of(defaults(), layout101());
    }

    /** The same rule set under another name and version. */
    public RuleSet named(String name, String version) {
        return new RuleSet(
                name,
                version,
                level1Weights,
                executionWeight,
                gradeBands,
                reverseFormula,
                scoreTolerance,
                executionExplanationThreshold,
                achievedFloor,
                partialFloor,
                overAchievementRatio,
                unprintedWeights,
                deviation,
                executionCaps,
                notApplicable,
                checks);
    }

    /** The same rule set with the 指标偏离 rule as given. */
    public RuleSet withDeviation(Deviation deviation) {
        return new RuleSet(
                name,
                version,
                level1Weights,
                executionWeight,
                gradeBands,
                reverseFormula,
                scoreTolerance,
                executionExplanationThreshold,
                achievedFloor,
                partialFloor,
                overAchievementRatio,
                unprintedWeights,
                deviation,
                executionCaps,
                notApplicable,
                checks);
    }

    /** The same rule set with these caps on the total by 执行率. */
    public RuleSet withExecutionCaps(List<ExecutionCap> executionCaps) {
        return new RuleSet(
                name,
                version,
                level1Weights,
                executionWeight,
                gradeBands,
                reverseFormula,
                scoreTolerance,
                executionExplanationThreshold,
                achievedFloor,
                partialFloor,
                overAchievementRatio,
                unprintedWeights,
                deviation,
                executionCaps,
                notApplicable,
                checks);
    }

    /** The same rule set with rows without a printed weight and rows marked 不适用 weighed as given. */
    public RuleSet withWeighing(UnprintedWeights unprintedWeights, NotApplicable notApplicable) {
        return new RuleSet(
                name,
                version,
                level1Weights,
                executionWeight,
                gradeBands,
                reverseFormula,
                scoreTolerance,
                executionExplanationThreshold,
                achievedFloor,
                partialFloor,
                overAchievementRatio,
                unprintedWeights,
                deviation,
                executionCaps,
                notApplicable,
                checks);
    }

    /** The same rule set with one check set as given (replacing what the set said of it). */
    public RuleSet withCheck(String code, CheckSetting setting) {
        Map<String, CheckSetting> changed = new LinkedHashMap<>(checks);
        changed.put(code, setting);
        return new RuleSet(
                name,
                version,
                level1Weights,
                executionWeight,
                gradeBands,
                reverseFormula,
                scoreTolerance,
                executionExplanationThreshold,
                achievedFloor,
                partialFloor,
                overAchievementRatio,
                unprintedWeights,
                deviation,
                executionCaps,
                notApplicable,
                changed);
    }

    /** The grade of a total. */
    public Grade grade(Points total) {
        return gradeBands.grade(total);
    }

    /** Whether the check runs under this rule set. */
    public boolean isOn(Check check) {
        CheckSetting setting = checks.get(check.code());
        return setting == null || setting.enabled() == null || setting.enabled();
    }

    /** The severity of the check's findings under this rule set. */
    public Severity severityOf(Check check) {
        CheckSetting setting = checks.get(check.code());
        return setting == null || setting.severity() == null ? check.severity() : setting.severity();
    }

    /** A parameter of the check under this rule set: as the set gives it, else the catalogue's default. */
    public BigDecimal parameter(Check check, String name) {
        CheckParameter parameter = check.parameter(name);
        if (parameter == null) {
            throw new IllegalArgumentException(check.code() + " has no parameter " + name);
        }
        if (parameter.ruleSetField()) {
            return switch (name) {
                case "executionExplanationThreshold" -> executionExplanationThreshold;
                case "overAchievementRatio" -> overAchievementRatio;
                default -> throw new IllegalArgumentException("no rule set field " + name);
            };
        }
        CheckSetting setting = checks.get(check.code());
        BigDecimal value = setting == null ? null : setting.parameters().get(name);
        return value == null ? parameter.defaultValue() : value;
    }

    /** The cap on a total at this 执行率 (the lowest of the caps whose rate it is under), or null where none. */
    public @Nullable Points capAt(Ratio rate) {
        Points cap = null;
        for (ExecutionCap executionCap : executionCaps) {
            if (rate.isBelow(executionCap.below())) {
                cap = executionCap.atMost();
            }
        }
        return cap;
    }

    /** 优 from {@code excellent}, 良 from {@code good}, 中 from {@code fair}, 差 below. */
    public record GradeBands(Points excellent, Points good, Points fair) {
        public GradeBands {
            if (excellent.compareTo(good) < 0 || good.compareTo(fair) < 0) {
                throw new IllegalArgumentException("grade bands must descend: 优 ≥ 良 ≥ 中");
            }
        }

        public Grade grade(Points total) {
            if (total.compareTo(excellent) >= 0) {
                return Grade.EXCELLENT;
            }
            if (total.compareTo(good) >= 0) {
                return Grade.GOOD;
            }
            if (total.compareTo(fair) >= 0) {
                return Grade.FAIR;
            }
            return Grade.POOR;
        }
    }

    /** 反向 over target: {@code LINEAR_2T} w × (1 − (A−T)/T), 0 from A ≥ 2T; {@code RATIO} w × T/A. */
    public enum ReverseFormula {
        LINEAR_2T,
        RATIO
    }

    /** What a row that prints no 分值 weighs. */
    public enum UnprintedWeights {
        /** Nothing: the weight is missing (WEIGHT_MISSING), as 财预〔2020〕10号's table prints every weight. */
        MISSING,
        /**
         * Its 一级指标's share: what the rule set gives the 一级指标, less the weights its other rows print, shared
         * evenly by its rows that print none (layouts that print weights only for the 一级指标).
         */
        SHARED_WITHIN_LEVEL1
    }

    /**
     * 指标偏离 (一体化 self-evaluation manuals): a result more than {@code share} beyond its target (above a 正向
     * target, below a 反向 one) counts as a deviation and loses {@code points} of the row's score, unless the row
     * gives a reason (偏差原因分析).
     *
     * @param applies whether the rule applies at all
     */
    public record Deviation(boolean applies, BigDecimal share, Points points) {
        /** Off, with the manuals' 30 % and 2 points should a set switch it on. */
        public static final Deviation NONE = new Deviation(false, new BigDecimal("0.30"), Points.of(2));

        public Deviation {
            if (share == null || share.signum() <= 0) {
                throw new IllegalArgumentException("a deviation share must be above 0");
            }
            if (points == null || points.isNegative()) {
                throw new IllegalArgumentException("a deviation's points must be zero or more");
            }
        }
    }

    /** 执行率低于 {@code below} 的，总分最高 {@code atMost} 分 (both as the provinces' tables print them). */
    public record ExecutionCap(BigDecimal below, Points atMost) {
        public ExecutionCap {
            if (below == null || below.signum() <= 0 || below.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a cap's rate must be above 0 and at most 1");
            }
            if (atMost == null || atMost.isNegative() || atMost.isGreaterThan(Points.HUNDRED)) {
                throw new IllegalArgumentException("a cap must be between 0 and 100");
            }
        }

        /** The provinces' table: 70–80 % → 89, 60–70 % → 79, under 60 % → 69, under 50 % → 59. */
        public static List<ExecutionCap> provincial() {
            return List.of(
                    new ExecutionCap(new BigDecimal("0.80"), Points.of(89)),
                    new ExecutionCap(new BigDecimal("0.70"), Points.of(79)),
                    new ExecutionCap(new BigDecimal("0.60"), Points.of(69)),
                    new ExecutionCap(new BigDecimal("0.50"), Points.of(59)));
        }
    }

    /** Whether a row may be marked 不适用, and where the weight of such a row goes. */
    public enum NotApplicable {
        /** Not at all: a row marked 不适用 is scored like any other, and a finding says the mark has no effect. */
        NOT_ADMITTED,
        /** To the other rows of its 一级指标, in proportion to their weights. */
        WITHIN_LEVEL1,
        /** To every other row of the table, in proportion to their weights. */
        ACROSS_INDICATORS
    }
}
