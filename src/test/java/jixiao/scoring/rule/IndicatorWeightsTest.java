package jixiao.scoring.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorWeightsTest {

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @CsvSource({
        "30, 1 1, 15.00 15.00",
        "10, 1 1 1, 3.34 3.33 3.33",
        "0.05, 1 1 1, 0.02 0.02 0.01",
        "10, 20 20 30 10, 2.50 2.50 3.75 1.25",
        "1, 1 2, 0.33 0.67",
        "50, 1, 50.00"
    })
    void anAmountIsSharedInHundredthsAndAddsUp(String amount, String parts, String shares) {
        List<BigDecimal> by =
                Arrays.stream(parts.split(" ")).map(BigDecimal::new).toList();

        List<BigDecimal> shared = IndicatorWeights.inCents(new BigDecimal(amount), by);

        assertThat(shared.stream().map(BigDecimal::toPlainString)).containsExactly(shares.split(" "));
        assertThat(shared.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
    }
}
