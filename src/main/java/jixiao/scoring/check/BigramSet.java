package jixiao.scoring.check;

/**
 * The distinct character bigrams of a text (two chars packed in an int) in a small open-addressing hash set: built in
 * one pass, where the sorted array of {@link ChineseText#bigramsOf} needs a sort, and probed to count the bigrams two
 * texts share.
 */
final class BigramSet {
    private final int[] distinct;
    private final int[] table;
    private final int shift;
    private int size;
    /**
     * A 256-bit signature: bit {@code hash(b) >>> 24} for every bigram b. Each bit one set has and another has not
     * stands for at least one bigram the other lacks, which bounds the common bigrams without probing.
     */
    private long signature0;

    private long signature1;
    private long signature2;
    private long signature3;
    /** The bigram 0 ("\0\0") marks an empty slot of the table, so it is kept apart. */
    private boolean zero;

    /** An empty set for up to {@code capacity} bigrams, its table at most half full. */
    private BigramSet(int capacity) {
        int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
        this.table = new int[slots];
        this.shift = 32 - Integer.numberOfTrailingZeros(slots);
        this.distinct = new int[capacity];
    }

    static BigramSet of(String s) {
        int positions = Math.max(0, s.length() - 1);
        BigramSet set = new BigramSet(positions);
        for (int i = 0; i < positions; i++) {
            int bigram = (s.charAt(i) << 16) | s.charAt(i + 1);
            if (set.add(bigram)) {
                set.distinct[set.size++] = bigram;
                set.sign(bigram);
            }
        }
        return set;
    }

    private void sign(int bigram) {
        int bit = (bigram * 0x9E3779B9) >>> 24;
        long mask = 1L << bit; // a long shift uses the low six bits of the count
        switch (bit >>> 6) {
            case 0 -> signature0 |= mask;
            case 1 -> signature1 |= mask;
            case 2 -> signature2 |= mask;
            default -> signature3 |= mask;
        }
    }

    /**
     * At least how many bigrams of {@code a} are not in {@code b}: the signature bits of {@code a} that {@code b}
     * lacks, each of which some bigram of {@code a} set and no bigram of {@code b} did.
     */
    private static int missingAtLeast(BigramSet a, BigramSet b) {
        return Long.bitCount(a.signature0 & ~b.signature0)
                + Long.bitCount(a.signature1 & ~b.signature1)
                + Long.bitCount(a.signature2 & ~b.signature2)
                + Long.bitCount(a.signature3 & ~b.signature3);
    }

    /** An upper bound of how many bigrams the two sets share, told from their signatures alone. */
    static int commonAtMost(BigramSet a, BigramSet b) {
        return Math.min(a.size - missingAtLeast(a, b), b.size - missingAtLeast(b, a));
    }

    /** How many distinct bigrams. */
    int size() {
        return size;
    }

    /** The i-th distinct bigram, in the order the text first has them. */
    int get(int i) {
        return distinct[i];
    }

    boolean contains(int bigram) {
        if (bigram == 0) {
            return zero;
        }
        for (int slot = slot(bigram); ; slot = (slot + 1) & (table.length - 1)) {
            int held = table[slot];
            if (held == bigram) {
                return true;
            }
            if (held == 0) {
                return false;
            }
        }
    }

    /** Adds the bigram; whether it was new. */
    private boolean add(int bigram) {
        if (bigram == 0) {
            boolean added = !zero;
            zero = true;
            return added;
        }
        for (int slot = slot(bigram); ; slot = (slot + 1) & (table.length - 1)) {
            int held = table[slot];
            if (held == bigram) {
                return false;
            }
            if (held == 0) {
                table[slot] = bigram;
                return true;
            }
        }
    }

    private int slot(int bigram) {
        return (bigram * 0x9E3779B9) >>> shift;
    }
}
