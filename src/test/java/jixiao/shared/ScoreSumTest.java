package jixiao.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreSumTest {

    /** The sum is the number adding the rows' Points gives, whole numbers, decimals, blanks and huge ones mixed. */
    @Test
    void sumsWhatAddingThePointsGives() {
        SplittableRandom random = new SplittableRandom(29);
        int wholeOnly = 0;
        for (int n = 0; n < 50_000; n++) {
            ScoreSum sum = new ScoreSum();
            Points expected = Points.ZERO;
            boolean allWhole = true;
            for (int row = random.nextInt(0, 12); row > 0; row--) {
                BigDecimal printed = printed(random);
                Points points = printed == null ? Points.ZERO : Points.of(printed);
                sum.add(printed, points);
                expected = expected.plus(points);
                allWhole &= printed != null && printed.scale() == 0;
            }
            assertEquals(0, expected.value().compareTo(sum.value()), expected + " vs " + sum.value());
            assertEquals(expected, sum.points());
            wholeOnly += allWhole ? 1 : 0;
        }
        assertTrue(wholeOnly > 5_000, "tables of whole numbers only: " + wholeOnly);
    }

    private static BigDecimal printed(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> new BigDecimal(random.nextInt(-5, 40) + "." + random.nextInt(0, 1000));
            case 2 -> BigDecimal.valueOf(random.nextLong(0, Long.MAX_VALUE)); // 19 digits: not added as a long
            case 3 -> new BigDecimal("1E+3");
            default -> BigDecimal.valueOf(random.nextInt(-3, 60));
        };
    }
}
