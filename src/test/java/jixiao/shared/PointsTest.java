package jixiao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import jixiao.scoring.Grade;
import jixiao.scoring.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

    @ParameterizedTest
    @CsvSource({"10.875, 10.88", "9.7889, 9.79", "4.8235, 4.82", "0.005, 0.01", "15, 15.00", "-0.004, 0.00"})
    void roundsOnceToTwoDecimalsHalfUp(String raw, String rounded) {
        assertThat(Points.of(raw).value()).isEqualTo(new BigDecimal(rounded));
    }

    @ParameterizedTest
    @CsvSource({"90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR", "60, FAIR", "59.99, POOR", "0, POOR"})
    void gradesByTheRuleSetsBands(String total, Grade grade) {
        assertThat(RuleSet.defaults().grade(Points.of(total))).isEqualTo(grade);
    }

    @ParameterizedTest
    @CsvSource({"479.7, 1314, 36.51", "8.81, 9, 97.89", "1304.06, 1111.9, 117.28"})
    void ratiosKeepFullPrecisionUntilPrinted(String numerator, String denominator, String percent) {
        Ratio ratio = Ratio.of(new BigDecimal(numerator), new BigDecimal(denominator));

        assertThat(ratio.percent(2)).isEqualByComparingTo(percent);
        assertThat(ratio.value().precision()).isGreaterThan(10);
    }

    /** Whole numbers 0 to 100 come from the table of made points; any number gives the points of its value. */
    @Test
    void pointsOfANumberAreItsValueRounded() {
        SplittableRandom random = new SplittableRandom(31);
        for (int n = 0; n < 20_000; n++) {
            BigDecimal value =
                    switch (random.nextInt(4)) {
                        case 0 -> BigDecimal.valueOf(random.nextLong(-1_200, 1_200));
                        case 1 -> new BigDecimal(BigInteger.valueOf(random.nextLong(-200, 200)), random.nextInt(-2, 4));
                        case 2 -> BigDecimal.valueOf(random.nextLong());
                        default -> BigDecimal.valueOf(random.nextInt(0, 101));
                    };
            Points points = Points.of(value);
            assertThat(points.value()).isEqualTo(value.setScale(2, RoundingMode.HALF_UP));
            if (value.scale() == 0 && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                assertThat(points).isSameAs(Points.of(value.intValue()));
            }
        }
    }
}
