package jixiao.scoring.speed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The project name at the head of a 自评分析 paragraph: "一、办公用房取暖 97.99 分。…" → "办公用房取暖".
 *
 * <p>The pattern says what is read. Most heads are found by a plain scan that takes the pattern's first choices
 * (every greedy part as long as it goes, the lazy name as short as it can be): where that scan succeeds, the pattern
 * would return the same name, since it tries those choices first and the part after the name leaves no other choice.
 * Where the scan fails, the pattern itself decides. The scan is kept because the pattern alone, with the narrative's
 * other figures read by regular expressions, took a quarter more of the engine's time (docs/benchmarks.md);
 * HeadScanTest compares the two on random texts.
 */
public final class HeadScan {
    private HeadScan() {}

    private static final Pattern PATTERN =
            Pattern.compile("^\\s*[一二三四五六七八九十]+\\s*[、.．]\\s*(.+?)\\s*(\\d+(?:\\.\\d+)?)\\s*分");

    private static final String NUMERALS = "一二三四五六七八九十";

    /** The name of the head, or null where the text has none. */
    public static @Nullable String name(String text) {
        long span = scan(text);
        if (span >= 0) {
            return text.substring(start(span), end(span));
        }
        return byPattern(text);
    }

    private static @Nullable String byPattern(String text) {
        Matcher head = PATTERN.matcher(text);
        // the pattern is anchored at the start: lookingAt finds what find would, without trying every later position
        return head.lookingAt() ? head.group(1) : null;
    }

    private static int start(long span) {
        return (int) (span >>> 32);
    }

    private static int end(long span) {
        return (int) span;
    }

    /**
     * The pattern's first choices by a plain scan: where the name starts and ends (the start in the high half of the
     * long), or -1 where they do not lead to a head.
     */
    private static long scan(String text) {
        int i = FigureScan.skipSpace(text, 0);
        int numerals = i;
        while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == numerals) {
            return -1;
        }
        i = FigureScan.skipSpace(text, i);
        if (i >= text.length() || "、.．".indexOf(text.charAt(i)) < 0) {
            return -1;
        }
        int start = FigureScan.skipSpace(text, i + 1);
        for (int end = start + 1; end <= text.length(); end++) {
            if (isLineTerminator(text.charAt(end - 1))) {
                return -1; // "." matches no line terminator
            }
            if (scoreAt(text, end)) {
                return ((long) start << 32) | end;
            }
        }
        return -1;
    }

    /** Whether {@code \s*(\d+(?:\.\d+)?)\s*分} matches at {@code i}. */
    private static boolean scoreAt(String text, int i) {
        i = FigureScan.skipSpace(text, i);
        int digits = i;
        i = FigureScan.skipDigits(text, i);
        if (i == digits) {
            return false;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && FigureScan.isDigit(text.charAt(i + 1))) {
            i = FigureScan.skipDigits(text, i + 1);
        }
        i = FigureScan.skipSpace(text, i);
        return i < text.length() && text.charAt(i) == '分';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
