package jixiao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jixiao.scoring.Grade;
import jixiao.scoring.RuleSet;
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
}
