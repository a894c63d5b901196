package jixiao.scoring.value;

import java.util.Set;

/**
 * Reads 年度指标值 and 实际完成值 texts as they appear in real reports. Pure, thread-safe, never throws.
 *
 * <p>The same short texts come back all the time ("≥95%", "100%", "提升", "合格", "12月"), so each parser keeps
 * what it read for the last texts it saw ({@value #REMEMBERED} places, by the text's hash; a text that lands on a
 * taken place replaces it). What it remembers is only ever its own earlier answer for an equal text, and every
 * answer is an immutable value, so remembering changes no answer: it only saves reading the text again. Threads
 * may share a parser: a place holds one immutable entry, written and read whole, so a thread sees either an
 * entry or none and at worst reads a text again.
 *
 * <p>The text is normalised first ({@link TextNormaliser}); then, in this order: nothing printed ({@link
 * ParsedValue.Blank}), a mark that the row does not apply ({@link ParsedValue.NotApplicable}), a time ({@link
 * TimingReader}), quantities or a word ({@link QuantityReader}). What cannot be read is {@link
 * ParsedValue.Unreadable} with the reason in Chinese; nothing is guessed.
 */
public final class ValueParser {
    private static final Set<String> NOT_APPLICABLE =
            Set.of("/", "-", "--", "—", "——", "―", "――", "无", "不适用", "N/A", "n/a", "N/a", "n/A");

    /** How many texts a parser remembers (a power of two). */
    static final int REMEMBERED = 1024;

    /** Longer texts are read each time: they rarely repeat, and remembering them would keep large strings. */
    private static final int LONGEST_REMEMBERED = 40;

    private final Remembered[] remembered = new Remembered[REMEMBERED];

    /** The hash of the text in each place, so that a text that is not there is told apart without reading one. */
    private final int[] hashes = new int[REMEMBERED];

    /** A text and what it says. Immutable, so it is safely shared between threads. */
    private record Remembered(String text, ParsedValue value) {}

    public ParsedValue parse(String text) {
        if (text == null) {
            return new ParsedValue.Blank(null);
        }
        if (text.length() > LONGEST_REMEMBERED) {
            return readSafely(text);
        }
        int hash = text.hashCode();
        int place = place(hash);
        if (hashes[place] == hash) {
            Remembered known = remembered[place];
            if (known != null && known.text.equals(text)) {
                return known.value;
            }
        }
        ParsedValue value = readSafely(text);
        remembered[place] = new Remembered(text, value);
        hashes[place] = hash;
        return value;
    }

    /** Where a text is remembered: its hash, high bits folded in, modulo the number of places. */
    static int place(String text) {
        return place(text.hashCode());
    }

    private static int place(int hash) {
        return (hash ^ (hash >>> 16)) & (REMEMBERED - 1);
    }

    private static ParsedValue readSafely(String text) {
        try {
            return read(text);
        } catch (RuntimeException e) {
            // a bug, not a text problem: still an answer, never an exception (the reason names it)
            return new ParsedValue.Unreadable(text, Reasons.internal(e));
        }
    }

    private static boolean mayBeNotApplicable(char first) {
        return switch (first) {
            case '/', '-', '—', '―', '无', '不', 'N', 'n' -> true;
            default -> false;
        };
    }

    private static ParsedValue read(String text) {
        return read(text, true);
    }

    /**
     * Reads a text; {@code plainFirst} tries {@link QuantityReader#readPlain} before the general reading of a
     * quantity. It changes no answer, only the cost: false is there for the tests that prove so.
     */
    static ParsedValue read(String text, boolean plainFirst) {
        String s = TextNormaliser.normalise(text);
        if (s.isEmpty()) {
            return new ParsedValue.Blank(text);
        }
        if (s.length() <= 3 && mayBeNotApplicable(s.charAt(0)) && NOT_APPLICABLE.contains(s)) {
            return new ParsedValue.NotApplicable(text);
        }
        if (plainFirst) {
            ParsedValue plain = QuantityReader.readPlain(s, text);
            if (plain != null) {
                return plain;
            }
        }
        ParsedValue timing = TimingReader.read(s, text);
        if (timing != null) {
            return timing;
        }
        return QuantityReader.read(s, text);
    }
}
