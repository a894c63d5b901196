package jixiao.scoring.value;

import java.util.Set;

/**
 * Reads 年度指标值 and 实际完成值 texts as they appear in real reports. Pure, thread-safe, never throws.
 *
 * <p>The text is normalised first ({@link TextNormaliser}); then, in this order: nothing printed ({@link
 * ParsedValue.Blank}), a mark that the row does not apply ({@link ParsedValue.NotApplicable}), a time ({@link
 * TimingReader}), quantities or a word ({@link QuantityReader}). What cannot be read is {@link
 * ParsedValue.Unreadable} with the reason in Chinese; nothing is guessed.
 */
public final class ValueParser {
    private static final Set<String> NOT_APPLICABLE =
            Set.of("/", "-", "--", "—", "——", "―", "――", "无", "不适用", "N/A", "n/a", "N/a", "n/A");

    public ParsedValue parse(String text) {
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

    private static boolean mayBeNotApplicable(char first) {
        return switch (first) {
            case '/', '-', '—', '―', '无', '不', 'N', 'n' -> true;
            default -> false;
        };
    }

    private static ParsedValue read(String text) {
        String s = TextNormaliser.normalise(text);
        if (s.isEmpty()) {
            return new ParsedValue.Blank(text);
        }
        if (s.length() <= 3 && mayBeNotApplicable(s.charAt(0)) && NOT_APPLICABLE.contains(s)) {
            return new ParsedValue.NotApplicable(text);
        }
        ParsedValue timing = TimingReader.read(s, text);
        if (timing != null) {
            return timing;
        }
        return QuantityReader.read(s, text);
    }
}
