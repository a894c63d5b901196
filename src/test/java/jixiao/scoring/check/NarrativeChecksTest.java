package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import jixiao.scoring.ClaimedProject.Summary;
import jixiao.shared.MoneyUnit;
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

    @Test
    void anAmountIsTheTablesAsConvertingItWouldTell() {
        SplittableRandom random = new SplittableRandom(37);
        String[] units = {"万元", "元", "万"};
        int matched = 0;
        for (int n = 0; n < 100_000; n++) {
            int scale = random.nextInt(5);
            long unscaled = n % 20 == 0 ? random.nextLong() >>> 1 : random.nextLong(100_000_000L);
            BigDecimal printed = BigDecimal.valueOf(unscaled, scale);
            String unit = units[random.nextInt(units.length)];
            MoneyUnit moneyUnit = random.nextBoolean() ? MoneyUnit.YUAN : MoneyUnit.TEN_THOUSAND_YUAN;
            BigDecimal yuan = unit.startsWith("万") ? printed.multiply(BigDecimal.valueOf(10_000)) : printed;
            BigDecimal converted = Amounts.inUnit(yuan, moneyUnit.yuan());
            BigDecimal table =
                    switch (random.nextInt(4)) {
                        case 0 -> converted;
                        case 1 -> printed;
                        case 2 -> converted.add(BigDecimal.valueOf(1, 4));
                        default -> converted.setScale(converted.scale() + 2);
                    };
            boolean expected = converted.compareTo(table) == 0;
            matched += expected ? 1 : 0;
            assertEquals(
                    expected,
                    NarrativeChecks.isAmount(printed, unit, table, moneyUnit),
                    printed + unit + " / " + table + moneyUnit.label());
        }
        assertTrue(matched > 30_000, "only " + matched + " amounts matched");
    }

    @Test
    void aSummaryNameOtherThanTheProjectsIsTheNameUnlessItIsTheProjects() {
        SplittableRandom random = new SplittableRandom(41);
        String[] pieces = {"项目", "经费", " ", "\t", "*", "：", ":", "分", "\u3000", "a"};
        String[] projects = {null, "", "项目", "项目经费", "项目 经费", "*项目", "经费"};
        int same = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String name = NarrativeChecks.nameBefore(text.toString(), "：", ":");
            String project = random.nextInt(3) == 0 || name == null ? projects[random.nextInt(projects.length)] : name;
            boolean isTheProjects = name != null && name.equals(project);
            same += isTheProjects ? 1 : 0;
            assertEquals(
                    isTheProjects ? null : name,
                    NarrativeChecks.nameBeforeOtherThan(text.toString(), project, "：", ":"),
                    text + " / " + project);
        }
        assertTrue(same > 20_000, "only " + same + " names were the project's");
    }

    /** 0 to 60 with 0 to 3 decimals, as summaries print them ("48", "48.5", "9.99", "33.333"). */
    private static BigDecimal figure(SplittableRandom random) {
        int scale = random.nextInt(4);
        long unscaled = random.nextLong((long) (60 * Math.pow(10, scale)) + 1);
        return BigDecimal.valueOf(unscaled, scale);
    }
}
