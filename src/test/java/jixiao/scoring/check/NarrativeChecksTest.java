package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import jixiao.scoring.ClaimedProject.Summary;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;

class NarrativeChecksTest {

    @Test
    void aPrintedFigureIsThePointsAsRoundingWouldTell() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 50_000; n++) {
            BigDecimal printed = figure(random);
            Points points = random.nextBoolean() ? Points.of(printed) : Points.of(figure(random));
            assertEquals(
                    Points.of(printed).equals(points),
                    NarrativeChecks.isPoints(printed, points),
                    printed + " / " + points);
        }
    }

    @Test
    void aSummaryAddsUpOnlyWhereItsRoundedPartsMakeItsRoundedTotal() {
        SplittableRandom random = new SplittableRandom(4);
        int addedUp = 0;
        for (int n = 0; n < 50_000; n++) {
            BigDecimal output = figure(random);
            BigDecimal effect = figure(random);
            BigDecimal satisfaction = figure(random);
            BigDecimal execution = figure(random);
            BigDecimal total =
                    random.nextBoolean() ? output.add(effect).add(satisfaction).add(execution) : figure(random);
            Summary summary = new Summary(output, effect, satisfaction, execution, total, "");
            Points rounded = Points.of(output)
                    .plus(Points.of(effect))
                    .plus(Points.of(satisfaction))
                    .plus(Points.of(execution));
            if (NarrativeChecks.addsUp(summary)) {
                addedUp++;
                assertEquals(Points.of(total), rounded, summary.toString());
            }
        }
        assertTrue(addedUp > 5_000, "only " + addedUp + " summaries told without rounding");
    }

    @Test
    void partsWithMoreThanTwoDecimalsAreLeftToTheRounding() {
        BigDecimal third = new BigDecimal("33.333");
        assertFalse(NarrativeChecks.addsUp(
                new Summary(third, third, third, BigDecimal.ONE, new BigDecimal("100.999"), "")));
    }

    /** 0 to 60 with 0 to 3 decimals, as summaries print them ("48", "48.5", "9.99", "33.333"). */
    private static BigDecimal figure(SplittableRandom random) {
        int scale = random.nextInt(4);
        long unscaled = random.nextLong((long) (60 * Math.pow(10, scale)) + 1);
        return BigDecimal.valueOf(unscaled, scale);
    }
}
