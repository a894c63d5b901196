package jixiao.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTextTest {

    @ParameterizedTest
    @CsvSource({
        "保障项目顺利实施, 保障项目顺利实施, 100",
        "保障项目顺利实施, 保障项目顺利完成, 90",
        "保障项目顺利实施, 提升交易服务水平, 90",
        "保障, 保障项目顺利实施, 50",
        "甲, 甲, 90",
        "甲, 乙, 0",
    })
    void earlyStoppingSimilarityAgreesWithTheFullCount(String a, String b, int percent) {
        assertAgrees(a, b, percent);
    }

    @Test
    void earlyStoppingSimilarityAgreesWithTheFullCountOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "保障项目顺利实施提升交易服务水平";
        for (int n = 0; n < 20_000; n++) {
            String a = text(random, alphabet);
            String b = random.nextInt(3) == 0 ? mutate(random, a, alphabet) : text(random, alphabet);
            for (int percent : new int[] {0, 1, 50, 80, 90, 95, 100}) {
                assertAgrees(a, b, percent);
            }
        }
    }

    @Test
    void normalisingAgreesWithTheCharByCharDefinition() {
        SplittableRandom random = new SplittableRandom(23);
        String alphabet = "保障项目 　\t\n*（）：，；()：,;a1\u4e00\u9fff\u3400\u00a0\u2003";
        for (int n = 0; n < 50_000; n++) {
            String text = text(random, alphabet);
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u3000' || c == '*') {
                    continue;
                }
                expected.append(
                        switch (c) {
                            case '（' -> '(';
                            case '）' -> ')';
                            case '：' -> ':';
                            case '，' -> ',';
                            case '；' -> ';';
                            default -> c;
                        });
            }
            String normalized = ChineseText.normalize(text);
            assertEquals(expected.toString(), normalized, text);
            if (expected.toString().equals(text)) {
                assertSame(text, normalized, "a text that needs no change is not copied");
            }
        }
    }

    private static void assertAgrees(String a, String b, int percent) {
        String x = ChineseText.normalize(a);
        String y = ChineseText.normalize(b);
        double reference = referenceSimilarity(x, y);
        assertEquals(reference, ChineseText.similarity(a, b), a + " / " + b);
        boolean expected = reference * 100 >= percent;
        assertEquals(
                expected,
                jixiao.scoring.speed.Similarity.atLeast(
                        x, jixiao.scoring.speed.Bigrams.of(x), y, jixiao.scoring.speed.Bigrams.of(y), percent),
                a + " / " + b + " at " + percent + "%");
    }

    /** Dice coefficient over sets of two-character strings, as first written. */
    private static double referenceSimilarity(String x, String y) {
        java.util.Set<String> a = new java.util.HashSet<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            a.add(x.substring(i, i + 2));
        }
        java.util.Set<String> b = new java.util.HashSet<>();
        for (int i = 0; i + 1 < y.length(); i++) {
            b.add(y.substring(i, i + 2));
        }
        if (a.isEmpty() || b.isEmpty()) {
            return x.equals(y) ? 1 : 0;
        }
        int common = 0;
        for (String bigram : a) {
            if (b.contains(bigram)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static String text(SplittableRandom random, String alphabet) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String mutate(SplittableRandom random, String text, String alphabet) {
        StringBuilder out = new StringBuilder(text);
        for (int k = random.nextInt(3); k >= 0 && out.length() > 0; k--) {
            out.setCharAt(random.nextInt(out.length()), alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
