package jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import jixiao.scoring.RuleSet.GradeBands;
import jixiao.shared.Points;
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
}
