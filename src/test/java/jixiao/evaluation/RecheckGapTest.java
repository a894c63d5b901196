package jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jixiao.scoring.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecheckGapTest {

    private static final RuleSet.GradeBands BANDS = RuleSet.defaults().gradeBands();

    @ParameterizedTest(name = "自评 {0}, 复核 {1}: gap {2}, flagged {3}")
    @CsvSource({
        "95, 90, 5, false", // same grade, within 10 points
        "95, 84, 11, true", // more than 10 points
        "100, 90, 10, false", // exactly 10 is not more than 10
        "91, 89, 2, true", // 优 → 良: a change of grade
        "70, 75, -5, false", // the bureau found more: same grade
        "59.99, 60, -0.01, true" // 差 → 中
    })
    void aGapIsLargeBeyondTheThresholdOrWhenTheGradeChanges(
            String claimed, String recheck, String gap, boolean flagged) {
        RecheckGap result =
                RecheckGap.of(new BigDecimal(claimed), new BigDecimal(recheck), RecheckGap.DEFAULT_THRESHOLD, BANDS);

        assertThat(result.gap()).isEqualByComparingTo(gap);
        assertThat(result.flagged()).isEqualTo(flagged);
    }

    @ParameterizedTest
    @CsvSource({"95,", ",90"})
    void withoutBothFiguresThereIsNoGap(BigDecimal claimed, BigDecimal recheck) {
        RecheckGap result = RecheckGap.of(claimed, recheck, RecheckGap.DEFAULT_THRESHOLD, BANDS);

        assertThat(result.gap()).isNull();
        assertThat(result.flagged()).isFalse();
        assertThat(result.deviation()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"100, 80, 0.2000", "80, 100, -0.2500"})
    void theDeviationIsTheGapAsAShareOfTheClaimedTotal(String claimed, String recheck, String deviation) {
        assertThat(RecheckGap.of(new BigDecimal(claimed), new BigDecimal(recheck), RecheckGap.DEFAULT_THRESHOLD, BANDS)
                        .deviation())
                .isEqualByComparingTo(deviation);
    }
}
