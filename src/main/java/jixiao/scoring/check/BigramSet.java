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
            }
        }
        return set;
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
