package jixiao.scoring.speed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BigramsTest {

    @Test
    void similarityOverSetsAgreesWithTheSortedArrays() {
        SplittableRandom random = new SplittableRandom(13);
        String alphabet = "保障项目顺利实施提升交易服务水平\0a";
        for (int n = 0; n < 50_000; n++) {
            String x = n % 10 == 0
                    ? randomText(random, alphabet)
                            + randomText(random, alphabet).repeat(5)
                    : randomText(random, alphabet);
            String y = random.nextInt(4) == 0 ? mutate(random, x, alphabet) : randomText(random, alphabet);
            int percent = random.nextInt(4) == 0 ? random.nextInt(101) : 90;
            assertEquals(
                    dice(x, y) * 100 >= percent,
                    Similarity.atLeast(x, Bigrams.of(x), y, Bigrams.of(y), percent),
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
            int[] xs = sortedBigrams(x);
            int[] ys = sortedBigrams(y);
            int common = 0;
            for (int bigram : xs) {
                common += java.util.Arrays.binarySearch(ys, bigram) >= 0 ? 1 : 0;
            }
            Bigrams xSet = Bigrams.of(x);
            Bigrams ySet = Bigrams.of(y);
            // the bounds told before counting: looser, never wrong
            int before = Bigrams.commonAtMostBeforeCounting(xSet, ySet);
            assertTrue(xSet.sizeAtLeast() <= xs.length && xs.length <= xSet.positions(), x);
            assertTrue(xSet.positions() == 0 == (xs.length == 0), x);
            int bound = Bigrams.commonAtMost(xSet, ySet);
            assertTrue(bound >= common, x + " / " + y + ": " + bound + " < " + common);
            assertTrue(before >= bound, x + " / " + y + ": " + before + " < " + bound);
            rejected += bound < Math.min(xs.length, ys.length) ? 1 : 0;
        }
        // the bound is of use: it is below the smaller set's size for most unrelated texts
        assertTrue(rejected > 10_000, "bound below the smaller size for only " + rejected + " pairs");
    }

    @Test
    void countsDistinctBigrams() {
        assertEquals(sortedBigrams("保障保障保障项目").length, Bigrams.of("保障保障保障项目").size());
        assertEquals(2, Bigrams.of("\0\0\0a").size());
        assertEquals(0, Bigrams.of("保").size());
    }

    @Test
    void setsOfShortAndLongTextsHoldExactlyTheSortedArraysBigrams() {
        SplittableRandom random = new SplittableRandom(19);
        String small = "保障项目顺利实施\0a";
        StringBuilder wide = new StringBuilder("\0");
        for (char c = '\u4e00'; c < '\u4e00' + 600; c++) {
            wide.append(c);
        }
        for (int n = 0; n < 20_000; n++) {
            String alphabet = n % 2 == 0 ? small : wide.toString();
            // short texts are deduplicated by scanning, long ones (over 128 positions) through the table
            int length = n % 5 == 0 ? 100 + random.nextInt(300) : random.nextInt(140);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            int[] sorted = sortedBigrams(s);
            Bigrams set = Bigrams.of(s);
            assertEquals(sorted.length, set.size(), s);
            int[] held = new int[set.size()];
            for (int i = 0; i < set.size(); i++) {
                held[i] = set.get(i);
            }
            java.util.Arrays.sort(held);
            assertArrayEquals(sorted, held, s);
            // in the order the text first has them
            for (int i = 0, k = 0; i + 1 < s.length(); i++) {
                int bigram = (s.charAt(i) << 16) | s.charAt(i + 1);
                if (k < set.size() && set.get(k) == bigram) {
                    k++;
                } else {
                    assertTrue(indexOf(set, bigram) < k, s + " at " + i);
                }
            }
            for (int probe = 0; probe < 20; probe++) {
                int bigram = (alphabet.charAt(random.nextInt(alphabet.length())) << 16)
                        | alphabet.charAt(random.nextInt(alphabet.length()));
                assertEquals(java.util.Arrays.binarySearch(sorted, bigram) >= 0, set.contains(bigram), s);
            }
        }
    }

    @Test
    void theIntegerBoundNeverExceedsTheBigramsNeeded() {
        for (int total = 1; total < 5_000; total++) {
            for (int percent = 0; percent <= 100; percent++) {
                int needed = Similarity.neededCommon(total, percent);
                int bound = Similarity.neededAtLeast(total, percent);
                assertTrue(bound <= needed, total + " at " + percent + "%: " + bound + " > " + needed);
                assertTrue(bound >= needed - 2, "a bound of use");
                // fewer bigrams never need more in common: the bound over the fewest distinct bigrams holds
                // (two texts with bigrams have at least two between them)
                if (total >= 3) {
                    assertTrue(Similarity.neededCommon(total - 1, percent) <= needed, total + " at " + percent + "%");
                }
            }
        }
    }

    private static int indexOf(Bigrams set, int bigram) {
        for (int i = 0; i < set.size(); i++) {
            if (set.get(i) == bigram) {
                return i;
            }
        }
        return -1;
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

    /** The rule: the Dice coefficient over distinct character bigrams; texts without a bigram alike only when equal. */
    static double dice(String x, String y) {
        int[] a = sortedBigrams(x);
        int[] b = sortedBigrams(y);
        if (a.length == 0 || b.length == 0) {
            return x.equals(y) ? 1 : 0;
        }
        int common = 0;
        for (int bigram : a) {
            common += java.util.Arrays.binarySearch(b, bigram) >= 0 ? 1 : 0;
        }
        return 2.0 * common / (a.length + b.length);
    }

    /** The distinct bigrams of a text, two chars packed in an int, sorted. */
    static int[] sortedBigrams(String s) {
        return java.util.stream.IntStream.range(0, Math.max(0, s.length() - 1))
                .map(i -> (s.charAt(i) << 16) | s.charAt(i + 1))
                .sorted()
                .distinct()
                .toArray();
    }
}
