package jixiao.scoring.value;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads 年度指标值 and 实际完成值 texts as they appear in real reports. Pure, thread-safe, never throws.
 *
 * <p>The text is normalised first ({@link TextNormaliser}); then, in this order: nothing printed ({@link
 * ParsedValue.Blank}), a mark that the row does not apply ({@link ParsedValue.NotApplicable}), a time ({@link
 * TimingReader}), quantities or a word ({@link QuantityReader}). What cannot be read is {@link
 * ParsedValue.Unreadable} with the reason in Chinese; nothing is guessed.
 *
 * <p>A parser remembers nothing: remembering the texts it read (the same short texts come back all the time) saved
 * about 3 % of the engine's time, and reading the commonest shape by a second, plain reader about 4 %, each under the
 * 10 % a shortcut must save to stay (docs/benchmarks.md).
 */
public final class ValueParser {
    private static final Set<String> NOT_APPLICABLE =
            Set.of("/", "-", "--", "—", "——", "―", "――", "无", "不适用", "N/A", "n/a", "N/a", "n/A");

    /** The longest of the marks that a row does not apply. */
    private static final int LONGEST_MARK = 3;

    public ParsedValue parse(@Nullable String text) {
        if (text == null) {
            return new ParsedValue.Blank(null);
        }
        try {
            return read(text);
        } catch (RuntimeException e) {
            // a bug, not a text problem: still an answer, never an exception (the reason names it)
            return new ParsedValue.Unreadable(text, Reasons.internal(e));
        }
    }

    private static ParsedValue read(String text) {
        String s = TextNormaliser.normalise(text);
        if (s.isEmpty()) {
            return new ParsedValue.Blank(text);
        }
        if (s.length() <= LONGEST_MARK && NOT_APPLICABLE.contains(s)) {
            return new ParsedValue.NotApplicable(text);
        }
        ParsedValue timing = TimingReader.read(s, text);
        if (timing != null) {
            return timing;
        }
        return QuantityReader.read(s, text);
    }
}
