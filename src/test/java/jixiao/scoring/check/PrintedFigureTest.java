package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrintedFigureTest {
    private static final List<String> MONEY = List.of("万元", "元", "万");
    private static final PrintedFigure.Shape BUDGET = new PrintedFigure.Shape("年初预算", List.of("数"), false, MONEY);
    private static final PrintedFigure.Shape PAID =
            new PrintedFigure.Shape("实际", List.of("支付", "支出", "执行"), true, MONEY);
    private static final PrintedFigure.Shape RATE =
            new PrintedFigure.Shape("执行率", List.of("为", "是", "达"), false, List.of("%", "％"));

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern BUDGET_PATTERN = Pattern.compile("年初预算(?:数)?\\s*" + NUMBER + "\\s*(万元|元|万)");
    private static final Pattern PAID_PATTERN = Pattern.compile("实际(?:支付|支出|执行)\\s*" + NUMBER + "\\s*(万元|元|万)");
    private static final Pattern RATE_PATTERN = Pattern.compile("执行率(?:为|是|达)?\\s*" + NUMBER + "\\s*([%％])");

    @Test
    void findsWhatTheRegularExpressionFinds() {
        assertAgrees(BUDGET, BUDGET_PATTERN, "年初预算 9 万元，实际支付 8.81 万元，预算执行率为 97.89%。");
        assertAgrees(PAID, PAID_PATTERN, "年初预算 9 万元，实际支付 8.81 万元，预算执行率为 97.89%。");
        assertAgrees(RATE, RATE_PATTERN, "年初预算 9 万元，实际支付 8.81 万元，预算执行率为 97.89%。");
        assertAgrees(PAID, PAID_PATTERN, "实际完成，实际执行12.元，实际支出 3.5元");
        assertAgrees(RATE, RATE_PATTERN, "执行率 为 90%，执行率达\t88 ％");
    }

    @Test
    void findsWhatTheRegularExpressionFindsOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(11);
        String[] pieces = {
            "年初预算", "数", "实际", "支付", "支出", "执行", "执行率", "为", "达", " ", "\t", "\n", "1", "09", ".", "万", "元", "万元", "%",
            "％", "，", "预算"
        };
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertAgrees(BUDGET, BUDGET_PATTERN, text.toString());
            assertAgrees(PAID, PAID_PATTERN, text.toString());
            assertAgrees(RATE, RATE_PATTERN, text.toString());
        }
    }

    @Test
    void readsTheNumberAsTheStringConstructorDoes() {
        SplittableRandom random = new SplittableRandom(31);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder number = new StringBuilder();
            int digits = 1 + random.nextInt(n % 10 == 0 ? 30 : 8);
            for (int i = 0; i < digits; i++) {
                number.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
            if (random.nextBoolean()) {
                number.append('.');
                int decimals = 1 + random.nextInt(n % 10 == 1 ? 25 : 4);
                for (int i = 0; i < decimals; i++) {
                    number.append((char) ('0' + random.nextInt(10)));
                }
            }
            String text = "实际支付" + number + "万元";
            BigDecimal expected = new BigDecimal(number.toString());
            BigDecimal read = PrintedFigure.locate(PAID, text).value();
            // equals: the same value and the same scale, so that it prints alike
            assertEquals(expected, read, number.toString());
            assertEquals(expected.toPlainString(), read.toPlainString(), number.toString());
            assertEquals(expected.precision(), read.precision(), number.toString());
        }
    }

    private static void assertAgrees(PrintedFigure.Shape shape, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        PrintedFigure expected = m.find() ? new PrintedFigure(m.group(1), m.group(2)) : null;
        assertEquals(expected, PrintedFigure.find(shape, text), text);
        PrintedFigure.Found found = PrintedFigure.locate(shape, text);
        if (expected != null) {
            assertEquals(expected.number(), found.number(), text);
            assertEquals(expected.unit(), found.unit(), text);
            assertEquals(new BigDecimal(expected.number()), found.value(), text);
        }
    }
}
