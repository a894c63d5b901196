package jixiao.scoring.speed;

/**
 * Whether two texts are alike: the Dice coefficient over their distinct character bigrams, 2 × common ÷ (|x| + |y|),
 * reaches a percentage. The rule is that formula; this decides it from the texts' {@link Bigrams} signatures, counting
 * common bigrams only until the answer is certain, because comparing every pair of a report's goals (GOAL_COPIED) in
 * full takes 40 % more of the engine's time (docs/benchmarks.md). BigramsTest checks it against the formula on random
 * texts.
 */
public final class Similarity {
    private Similarity() {}

    /**
     * Whether the Dice coefficient of x and y (each normalised, with its bigrams) reaches {@code percent}: each distinct
     * bigram of {@code x} is looked up in {@code y}, until the count of common bigrams is certain to reach the number
     * needed or certain not to. Texts without a bigram are alike only when equal.
     */
    public static boolean atLeast(String x, Bigrams xBigrams, String y, Bigrams yBigrams, int percent) {
        if (xBigrams.positions() == 0 || yBigrams.positions() == 0) {
            return (x.equals(y) ? 100 : 0) >= percent;
        }
        if (percent >= 0) {
            // most pairs of a report's goals: told apart before the distinct bigrams are counted, since fewer
            // distinct bigrams (at least one per signature bit) need no more common ones
            int atMost = Bigrams.commonAtMostBeforeCounting(xBigrams, yBigrams);
            int fewest = xBigrams.sizeAtLeast() + yBigrams.sizeAtLeast();
            if (atMost < neededAtLeast(fewest, percent) || atMost < neededCommon(fewest, percent)) {
                return false;
            }
        }
        int needed = neededCommon(xBigrams.size() + yBigrams.size(), percent);
        if (Bigrams.commonAtMost(xBigrams, yBigrams) < needed) {
            return false;
        }
        int common = 0;
        for (int i = 0; i < xBigrams.size(); i++) {
            if (common >= needed) {
                return true;
            }
            if (common + Math.min(xBigrams.size() - i, yBigrams.size()) < needed) {
                return false;
            }
            if (yBigrams.contains(xBigrams.get(i))) {
                common++;
            }
        }
        return common >= needed;
    }

    /**
     * A lower bound of {@link #neededCommon} in integers, for a percent of at least 0: that search starts from the
     * floor of percent × total ÷ 200 (as a double, which is no less than the exact floor) less one.
     */
    static int neededAtLeast(int total, int percent) {
        return (int) ((long) percent * total / 200) - 1;
    }

    /** The fewest common bigrams that reach the percentage: 2.0 × c ÷ total × 100 ≥ percent. */
    static int neededCommon(int total, int percent) {
        int needed = Math.max(0, (int) Math.floor(percent * (double) total / 200) - 1);
        while (!(2.0 * needed / total * 100 >= percent)) {
            needed++;
        }
        return needed;
    }
}
