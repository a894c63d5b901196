package jixiao.scoring.check;

/**
 * The distinct character bigrams of a text (two chars packed in an int), in the order the text first has them, with a
 * 256-bit signature that bounds how many bigrams two texts share without probing either. The hash table that
 * {@link #contains} probes is built when first probed: among a report's goals the lengths or the signatures tell almost
 * every pair apart (in 3,000 generated reports 27 of 133,490 pairs needed a probe).
 */
final class BigramSet {
    /**
     * Texts with at most this many bigram positions are deduplicated against the signature and, where its bit is
     * already set, by scanning the bigrams found so far; longer texts through the hash table, so that a long text does
     * not cost the square of its length.
     */
    private static final int SCANNED_POSITIONS = 128;

    private final int[] distinct;
    private final int size;
    /**
     * A 256-bit signature: bit {@code hash(b) >>> 24} for every bigram b. Each bit one set has and another has not
     * stands for at least one bigram the other lacks, which bounds the common bigrams without probing.
     */
    private final long[] signature;
    /** The distinct bigrams in an open-addressing table, at most half full; null until first probed. */
    private int[] table;
    /** The bigram 0 ("\0\0") marks an empty slot of the table, so it is kept apart. */
    private boolean zero;

    private BigramSet(int[] distinct, int size, long[] signature, int[] table, boolean zero) {
        this.distinct = distinct;
        this.size = size;
        this.signature = signature;
        this.table = table;
        this.zero = zero;
    }

    static BigramSet of(String s) {
        int positions = Math.max(0, s.length() - 1);
        return positions <= SCANNED_POSITIONS ? scanned(s, positions) : hashed(s, positions);
    }

    /**
     * A new bigram is told by its signature bit where that is not yet set (most bigrams of a short text); only where
     * it is are the bigrams found so far compared.
     */
    private static BigramSet scanned(String s, int positions) {
        int[] distinct = new int[positions];
        long[] signature = new long[4];
        int size = 0;
        for (int i = 0; i < positions; i++) {
            int bigram = (s.charAt(i) << 16) | s.charAt(i + 1);
            int bit = bit(bigram);
            long mask = 1L << bit; // a long shift uses the low six bits of the count
            long word = signature[bit >>> 6];
            if ((word & mask) == 0) {
                signature[bit >>> 6] = word | mask;
                distinct[size++] = bigram;
            } else if (!holds(distinct, size, bigram)) {
                distinct[size++] = bigram;
            }
        }
        return new BigramSet(distinct, size, signature, null, false);
    }

    private static boolean holds(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** A long text: each bigram added to the hash table, which is then kept for {@link #contains}. */
    private static BigramSet hashed(String s, int positions) {
        int[] distinct = new int[positions];
        long[] signature = new long[4];
        int[] table = new int[slots(positions)];
        int shift = shift(table);
        boolean zero = false;
        int size = 0;
        for (int i = 0; i < positions; i++) {
            int bigram = (s.charAt(i) << 16) | s.charAt(i + 1);
            boolean added;
            if (bigram == 0) {
                added = !zero;
                zero = true;
            } else {
                added = add(table, shift, bigram);
            }
            if (added) {
                distinct[size++] = bigram;
                int bit = bit(bigram);
                signature[bit >>> 6] |= 1L << bit;
            }
        }
        return new BigramSet(distinct, size, signature, table, zero);
    }

    private static int bit(int bigram) {
        return (bigram * 0x9E3779B9) >>> 24;
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
    private static int missingAtLeast(BigramSet a, BigramSet b) {
        return Long.bitCount(a.signature[0] & ~b.signature[0])
                + Long.bitCount(a.signature[1] & ~b.signature[1])
                + Long.bitCount(a.signature[2] & ~b.signature[2])
                + Long.bitCount(a.signature[3] & ~b.signature[3]);
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
        if (table == null) {
            buildTable();
        }
        if (bigram == 0) {
            return zero;
        }
        int shift = shift(table);
        for (int slot = slot(bigram, shift); ; slot = (slot + 1) & (table.length - 1)) {
            int held = table[slot];
            if (held == bigram) {
                return true;
            }
            if (held == 0) {
                return false;
            }
        }
    }

    private void buildTable() {
        int[] built = new int[slots(size)];
        int shift = shift(built);
        for (int i = 0; i < size; i++) {
            if (distinct[i] == 0) {
                zero = true;
            } else {
                add(built, shift, distinct[i]);
            }
        }
        table = built;
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
