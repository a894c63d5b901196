package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProjectChecksTest {
    private static final Pattern PERCENT = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*[%％]\\s*$");

    @Test
    void readsThePrintedRateAsThePatternDid() {
        SplittableRandom random = new SplittableRandom(5);
        String[] pieces = {"9", "10", ".", "-", "%", "％", " ", "\t", "\n", "\u3000", "百", "5"};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Matcher m = PERCENT.matcher(text);
            assertEquals(
                    m.matches() ? m.group(1) : null, ExecutionChecks.percentNumber(text.toString()), text.toString());
        }
    }

    @Test
    void findsTheAmountInANameAsThePatternDid() {
        Pattern amount = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万元|万|元)");
        SplittableRandom random = new SplittableRandom(6);
        String[] pieces = {"1", "23", ".", " ", "\t", "\n", "万", "元", "万元", "预算", "\u3000", "a", "亿"};
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Matcher m = amount.matcher(text);
            PrintedFigure expected = m.find() ? new PrintedFigure(m.group(1), m.group(2)) : null;
            found += expected == null ? 0 : 1;
            assertEquals(expected, CostChecks.amountIn(text.toString()), text.toString());
        }
        assertTrue(found > 10_000, "only " + found + " texts with an amount");
    }
}
