package jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jixiao.scoring.RuleSet.GradeBands;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetTest {

    private static final RuleSet D = RuleSet.defaults();

    /** The default rule set with some of its parameters changed. */
    private static final class Changed {
        Map<String, Points> level1Weights = D.level1Weights();
        BigDecimal scoreTolerance = D.scoreTolerance();
        BigDecimal executionExplanationThreshold = D.executionExplanationThreshold();
        BigDecimal achievedFloor = D.achievedFloor();
        BigDecimal partialFloor = D.partialFloor();
        BigDecimal overAchievementRatio = D.overAchievementRatio();

        static RuleSet of(Consumer<Changed> change) {
            Changed changed = new Changed();
            change.accept(changed);
            return new RuleSet(
                    D.name(),
                    D.version(),
                    changed.level1Weights,
                    D.executionWeight(),
                    D.gradeBands(),
                    D.reverseFormula(),
                    changed.scoreTolerance,
                    changed.executionExplanationThreshold,
                    changed.achievedFloor,
                    changed.partialFloor,
                    changed.overAchievementRatio);
        }
    }

    static Stream<Arguments> brokenRuleSets() {
        return Stream.of(
                Arguments.of(
                        (Runnable) () -> Changed.of(c -> c.scoreTolerance = new BigDecimal("-0.01")), "scoreTolerance"),
                Arguments.of(
                        (Runnable) () -> Changed.of(c -> c.executionExplanationThreshold = new BigDecimal("1.2")),
                        "executionExplanationThreshold"),
                Arguments.of(
                        (Runnable) () -> Changed.of(c -> {
                            c.achievedFloor = new BigDecimal("0.5");
                            c.partialFloor = new BigDecimal("0.6");
                        }),
                        "partialFloor"),
                Arguments.of(
                        (Runnable) () -> Changed.of(c -> c.overAchievementRatio = BigDecimal.ONE),
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

        RuleSet rules = Changed.of(c -> c.level1Weights = weights);
        weights.put("成本", Points.of(5));

        assertThat(rules.level1Weights().keySet()).containsExactly("满意度", "产出", "效益");
        assertThat(D.level1Weights().keySet()).containsExactly("产出", "效益", "满意度");
        assertThatThrownBy(() -> rules.level1Weights().put("成本", Points.of(5)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
