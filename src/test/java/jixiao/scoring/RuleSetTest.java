package jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.scoring.RuleSet.GradeBands;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetTest {

    private static final RuleSet D = RuleSet.defaults();

    static Stream<Arguments> brokenRuleSets() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> new RuleSet(
                                D.name(),
                                D.version(),
                                D.level1Weights(),
                                D.executionWeight(),
                                D.gradeBands(),
                                D.reverseFormula(),
                                new BigDecimal("-0.01"),
                                D.executionExplanationThreshold(),
                                D.achievedFloor(),
                                D.partialFloor(),
                                D.overAchievementRatio()),
                        "scoreTolerance"),
                Arguments.of(
                        (Runnable) () -> new RuleSet(
                                D.name(),
                                D.version(),
                                D.level1Weights(),
                                D.executionWeight(),
                                D.gradeBands(),
                                D.reverseFormula(),
                                D.scoreTolerance(),
                                new BigDecimal("1.2"),
                                D.achievedFloor(),
                                D.partialFloor(),
                                D.overAchievementRatio()),
                        "executionExplanationThreshold"),
                Arguments.of(
                        (Runnable) () -> new RuleSet(
                                D.name(),
                                D.version(),
                                D.level1Weights(),
                                D.executionWeight(),
                                D.gradeBands(),
                                D.reverseFormula(),
                                D.scoreTolerance(),
                                D.executionExplanationThreshold(),
                                new BigDecimal("0.5"),
                                new BigDecimal("0.6"),
                                D.overAchievementRatio()),
                        "partialFloor"),
                Arguments.of(
                        (Runnable) () -> new RuleSet(
                                D.name(),
                                D.version(),
                                D.level1Weights(),
                                D.executionWeight(),
                                D.gradeBands(),
                                D.reverseFormula(),
                                D.scoreTolerance(),
                                D.executionExplanationThreshold(),
                                D.achievedFloor(),
                                D.partialFloor(),
                                BigDecimal.ONE),
                        "overAchievementRatio"),
                Arguments.of((Runnable) () -> new GradeBands(Points.of(80), Points.of(90), Points.of(60)), "descend"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenRuleSets")
    void aRuleSetThatCannotHoldIsRefusedNamingTheParameter(Runnable construction, String parameter) {
        assertThatThrownBy(construction::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(parameter);
    }

    @Test
    void theLevel1WeightsKeepTheOrderTheyWereGivenIn() {
        Map<String, Points> weights = new LinkedHashMap<>();
        weights.put("满意度", Points.of(10));
        weights.put("产出", Points.of(50));
        weights.put("效益", Points.of(30));

        RuleSet rules = new RuleSet(
                D.name(),
                D.version(),
                weights,
                D.executionWeight(),
                D.gradeBands(),
                D.reverseFormula(),
                D.scoreTolerance(),
                D.executionExplanationThreshold(),
                D.achievedFloor(),
                D.partialFloor(),
                D.overAchievementRatio());
        weights.put("成本", Points.of(5));

        assertThat(rules.level1Weights().keySet()).containsExactly("满意度", "产出", "效益");
        assertThat(D.level1Weights().keySet()).containsExactly("产出", "效益", "满意度");
        assertThatThrownBy(() -> rules.level1Weights().put("成本", Points.of(5)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
