package jixiao.scoring.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FigureScanTest {
    private static final List<String> MONEY = List.of("万元", "元", "万");
    private static final FigureScan.Shape BUDGET = new FigureScan.Shape("年初预算", List.of("数"), false, MONEY);
    private static final FigureScan.Shape PAID = new FigureScan.Shape("实际", List.of("支付", "支出", "执行"), true, MONEY);
    private static final FigureScan.Shape RATE =
            new FigureScan.Shape("执行率", List.of("为", "是", "达"), false, List.of("%", "％"));

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

    private static void assertAgrees(FigureScan.Shape shape, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        FigureScan.Figure expected = m.find() ? new FigureScan.Figure(m.group(1), m.group(2)) : null;
        assertEquals(expected, FigureScan.first(shape, text), text);
    }

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
            assertEquals(m.matches() ? m.group(1) : null, FigureScan.percent(text.toString()), text.toString());
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
            FigureScan.Figure expected = m.find() ? new FigureScan.Figure(m.group(1), m.group(2)) : null;
            found += expected == null ? 0 : 1;
            assertEquals(expected, FigureScan.firstAmount(text.toString()), text.toString());
        }
        assertTrue(found > 10_000, "only " + found + " texts with an amount");
    }
}
