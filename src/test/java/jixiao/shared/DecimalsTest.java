package jixiao.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({
        "15.00, 15",
        "9.80, 9.8",
        "1E+3, 1000",
        "1500.00, 1500",
        "0.00, 0",
        "-1.50, -1.5",
        "0.050, 0.05",
        "10.88, 10.88",
        "100, 100",
        "5E-7, 0.0000005"
    })
    void printsWithoutExponentOrTrailingZeros(String value, String printed) {
        assertEquals(printed, Decimals.plain(new BigDecimal(value)));
    }

    @org.junit.jupiter.api.Test
    void printsWhatStrippingTheZerosPrints() {
        SplittableRandom random = new SplittableRandom(9);
        for (int n = 0; n < 100_000; n++) {
            BigInteger unscaled = BigInteger.valueOf(random.nextLong(-2_000_000, 2_000_000))
                    .multiply(BigInteger.TEN.pow(random.nextInt(3)));
            if (random.nextInt(10) == 0) {
                unscaled = unscaled.multiply(BigInteger.TEN.pow(20)); // not held in a long
            }
            if (random.nextInt(10) == 1) { // 17 to 19 digits: either side of the long path's limit
                unscaled = BigInteger.valueOf(random.nextLong(1, 10))
                        .multiply(BigInteger.TEN.pow(random.nextInt(16, 19)))
                        .add(BigInteger.valueOf(random.nextLong(0, 1_000_000_000)))
                        .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
            }
            BigDecimal value = new BigDecimal(unscaled, random.nextInt(-3, 21));
            String expected =
                    value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            assertEquals(expected, Decimals.plain(value), value.toString());
        }
    }
}
