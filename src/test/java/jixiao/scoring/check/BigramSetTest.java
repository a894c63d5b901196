package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BigramSetTest {

    @Test
    void similarityOverSetsAgreesWithTheSortedArrays() {
        SplittableRandom random = new SplittableRandom(13);
        String alphabet = "保障项目顺利实施提升交易服务水平\0a";
        for (int n = 0; n < 50_000; n++) {
            String x = randomText(random, alphabet);
            String y = random.nextInt(4) == 0 ? mutate(random, x, alphabet) : randomText(random, alphabet);
            int percent = random.nextInt(4) == 0 ? random.nextInt(101) : 90;
            assertEquals(
                    ChineseText.isSimilar(x, ChineseText.bigramsOf(x), y, ChineseText.bigramsOf(y), percent),
                    ChineseText.isSimilar(x, BigramSet.of(x), y, BigramSet.of(y), percent),
                    x + " / " + y + " / " + percent);
        }
    }

    @Test
    void theSignaturesNeverBoundTheCommonBigramsBelowTheirCount() {
        SplittableRandom random = new SplittableRandom(17);
        StringBuilder wide = new StringBuilder();
        for (char c = '\u4e00'; c < '\u4e00' + 300; c++) {
            wide.append(c);
        }
        int rejected = 0;
        for (int n = 0; n < 20_000; n++) {
            String alphabet = n % 2 == 0 ? wide.toString() : "保障项目顺利实施提升交易服务水平\0a";
            String x = randomText(random, alphabet);
            String y = random.nextInt(3) == 0 ? mutate(random, x, alphabet) : randomText(random, alphabet);
            int[] xs = ChineseText.bigramsOf(x);
            int[] ys = ChineseText.bigramsOf(y);
            int common = 0;
            for (int bigram : xs) {
                common += java.util.Arrays.binarySearch(ys, bigram) >= 0 ? 1 : 0;
            }
            int bound = BigramSet.commonAtMost(BigramSet.of(x), BigramSet.of(y));
            assertTrue(bound >= common, x + " / " + y + ": " + bound + " < " + common);
            rejected += bound < Math.min(xs.length, ys.length) ? 1 : 0;
        }
        // the bound is of use: it is below the smaller set's size for most unrelated texts
        assertTrue(rejected > 10_000, "bound below the smaller size for only " + rejected + " pairs");
    }

    @Test
    void countsDistinctBigrams() {
        assertEquals(
                ChineseText.bigramsOf("保障保障保障项目").length,
                BigramSet.of("保障保障保障项目").size());
        assertEquals(2, BigramSet.of("\0\0\0a").size());
        assertEquals(0, BigramSet.of("保").size());
    }

    private static String randomText(SplittableRandom random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String mutate(SplittableRandom random, String text, String alphabet) {
        if (text.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        return new String(chars);
    }
}
