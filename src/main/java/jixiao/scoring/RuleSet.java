package jixiao.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jixiao.shared.Points;

/**
 * Every parameter of the scoring rules, with a name and a version, so that a province or a year can differ
 * without code changes; a submitted evaluation keeps the rule set it was scored with.
 *
 * @param level1Weights 一级指标 weights by the name's stem ("产出" → 50); 预算执行率 is {@code executionWeight}
 * @param executionWeight the 预算执行率 weight where the 自评表 prints none
 * @param reverseFormula how a 反向 (cost) indicator over its target is scored
 * @param scoreTolerance how far a claimed score may be from the rule's score (0.01; some publishers round to 1)
 * @param executionExplanationThreshold 执行率 below which a deviation reason is required (0.9)
 * @param achievedFloor share of the weight where the tier 达成 starts (0.8)
 * @param partialFloor share of the weight where the tier 部分达成并具有一定效果 starts (0.6)
 * @param overAchievementRatio actual / target from which a met target counts as set too low (1.5)
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
        BigDecimal overAchievementRatio) {

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

    /** The default of domain.md §2 (财预〔2020〕10号 with the seed's table notes). */
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

    /** The grade of a total. */
    public Grade grade(Points total) {
        return gradeBands.grade(total);
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
}
