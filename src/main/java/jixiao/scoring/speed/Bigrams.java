package jixiao.scoring.speed;

import org.jspecify.annotations.Nullable;

/**
 * The distinct character bigrams of a text (two chars packed in an int) with a 256-bit signature that bounds how many
 * bigrams two texts share without probing either.
 *
 * <p>Only the signature is made up front, in one pass. The distinct bigrams (and the hash table that {@link #contains}
 * probes) are found when first asked for: among a report's goals the lengths or the signatures tell almost every pair
 * apart (in 3,000 generated reports 27 of 133,490 pairs needed a probe), and the signature's bounds hold whatever the
 * duplicates, with the number of bigram positions for the count of distinct bigrams.
 */
public final class Bigrams {
    /**
     * Texts with at most this many bigram positions are deduplicated against a signature and, where its bit is already
     * set, by scanning the bigrams found so far; longer texts through the hash table, so that a long text does not
     * cost the square of its length.
     */
    private static final int SCANNED_POSITIONS = 128;

    private final String text;
    private final int positions;
    /**
     * A 256-bit signature: bit {@code hash(b) >>> 24} for every bigram b. Each bit one set has and another has not
     * stands for at least one bigram the other lacks, which bounds the common bigrams without probing.
     */
    private final long[] signature;
    /** The distinct bigrams in the order the text first has them, the first {@link #size} of them; null until asked. */
    private int @Nullable [] distinct;

    private int size;
    /** The distinct bigrams in an open-addressing table, at most half full; null until first probed. */
    private int @Nullable [] table;
    /** The bigram 0 ("\0\0") marks an empty slot of the table, so it is kept apart. */
    private boolean zero;

    private Bigrams(String text, int positions, long[] signature) {
        this.text = text;
        this.positions = positions;
        this.signature = signature;
    }

    /** The bigrams of a text (normalised by the caller): only the signature is made now. */
    public static Bigrams of(String s) {
        int positions = Math.max(0, s.length() - 1);
        long[] signature = new long[4];
        for (int i = 0; i < positions; i++) {
            int bit = bit((s.charAt(i) << 16) | s.charAt(i + 1));
            signature[bit >>> 6] |= 1L << bit; // a long shift uses the low six bits of the count
        }
        return new Bigrams(s, positions, signature);
    }

    private static int bit(int bigram) {
        return (bigram * 0x9E3779B9) >>> 24;
    }

    private int bigramAt(int i) {
        return (text.charAt(i) << 16) | text.charAt(i + 1);
    }

    /** The distinct bigrams, found once. */
    private int[] deduplicate() {
        int[] found = distinct;
        if (found != null) {
            return found;
        }
        return positions <= SCANNED_POSITIONS ? scan() : hash();
    }

    /**
     * A new bigram is told by its bit in a fresh signature where that is not yet set (most bigrams of a short text);
     * only where it is are the bigrams found so far compared.
     */
    private int[] scan() {
        int[] found = new int[positions];
        long[] seen = new long[4];
        int count = 0;
        for (int i = 0; i < positions; i++) {
            int bigram = bigramAt(i);
            int bit = bit(bigram);
            long mask = 1L << bit;
            long word = seen[bit >>> 6];
            if ((word & mask) == 0) {
                seen[bit >>> 6] = word | mask;
                found[count++] = bigram;
            } else if (!holds(found, count, bigram)) {
                found[count++] = bigram;
            }
        }
        size = count;
        distinct = found;
        return found;
    }

    private static boolean holds(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** A long text: each bigram added to the hash table, which is then kept for {@link #contains}. */
    private int[] hash() {
        int[] found = new int[positions];
        int[] built = new int[slots(positions)];
        int shift = shift(built);
        int count = 0;
        for (int i = 0; i < positions; i++) {
            int bigram = bigramAt(i);
            boolean added;
            if (bigram == 0) {
                added = !zero;
                zero = true;
            } else {
                added = add(built, shift, bigram);
            }
            if (added) {
                found[count++] = bigram;
            }
        }
        size = count;
        distinct = found;
        table = built;
        return found;
    }

    /** Slots for up to {@code capacity} bigrams, the table at most half full. */
    private static int slots(int capacity) {
        return Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
    }

    private static int shift(int[] table) {
        return 32 - Integer.numberOfTrailingZeros(table.length);
    }

    /**
     * At least how many bigrams of {@code a} are not in {@code b}: the signature bits of {@code a} that {@code b}
     * lacks, each of which some bigram of {@code a} set and no bigram of {@code b} did.
     */
    private static int missingAtLeast(Bigrams a, Bigrams b) {
        return Long.bitCount(a.signature[0] & ~b.signature[0])
                + Long.bitCount(a.signature[1] & ~b.signature[1])
                + Long.bitCount(a.signature[2] & ~b.signature[2])
                + Long.bitCount(a.signature[3] & ~b.signature[3]);
    }

    /** An upper bound of how many bigrams the two sets share, told from their signatures and sizes. */
    static int commonAtMost(Bigrams a, Bigrams b) {
        return Math.min(a.size() - missingAtLeast(a, b), b.size() - missingAtLeast(b, a));
    }

    /**
     * A looser upper bound than {@link #commonAtMost}, told without finding the distinct bigrams: the number of
     * positions, which is no less than the number of distinct bigrams, for the size.
     */
    static int commonAtMostBeforeCounting(Bigrams a, Bigrams b) {
        return Math.min(a.positions - missingAtLeast(a, b), b.positions - missingAtLeast(b, a));
    }

    /** How many bigram positions: no fewer than the distinct bigrams, and none where there are none. */
    int positions() {
        return positions;
    }

    /** A lower bound of the distinct bigrams, told without finding them: each signature bit stands for one at least. */
    int sizeAtLeast() {
        return Long.bitCount(signature[0])
                + Long.bitCount(signature[1])
                + Long.bitCount(signature[2])
                + Long.bitCount(signature[3]);
    }

    /** How many distinct bigrams. */
    int size() {
        deduplicate();
        return size;
    }

    /** The i-th distinct bigram, in the order the text first has them. */
    int get(int i) {
        return deduplicate()[i];
    }

    boolean contains(int bigram) {
        int[] slots = table != null ? table : buildTable();
        if (bigram == 0) {
            return zero;
        }
        int shift = shift(slots);
        for (int slot = slot(bigram, shift); ; slot = (slot + 1) & (slots.length - 1)) {
            int held = slots[slot];
            if (held == bigram) {
                return true;
            }
            if (held == 0) {
                return false;
            }
        }
    }

    private int[] buildTable() {
        int[] known = deduplicate();
        int[] kept = table;
        if (kept != null) {
            return kept; // a long text's table was built with its distinct bigrams
        }
        int[] built = new int[slots(size)];
        int shift = shift(built);
        for (int i = 0; i < size; i++) {
            if (known[i] == 0) {
                zero = true;
            } else {
                add(built, shift, known[i]);
            }
        }
        table = built;
        return built;
    }

    /** Adds the bigram (not 0) to the table; whether it was new. */
    private static boolean add(int[] table, int shift, int bigram) {
        for (int slot = slot(bigram, shift); ; slot = (slot + 1) & (table.length - 1)) {
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

    private static int slot(int bigram, int shift) {
        return (bigram * 0x9E3779B9) >>> shift;
    }
}
