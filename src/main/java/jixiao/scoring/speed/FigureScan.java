package jixiao.scoring.speed;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Figures printed in a text, found by plain scans that match exactly what a regular expression would (FigureScanTest
 * compares them on random texts): the narrative's checks read three figures of every project this way, and the
 * regular expressions took a quarter more of the engine's time (docs/benchmarks.md).
 */
public final class FigureScan {
    private FigureScan() {}

    /**
     * What follows a word: connectors (one of them optional or required), then the number, then a unit. The pattern
     * is {@code WORD(?:CONNECTOR)?\s*(\d+(?:\.\d+)?)\s*(UNIT)}, the units tried in the order listed.
     */
    public record Shape(String word, List<String> connectors, boolean connectorRequired, List<String> units) {
        public Shape {
            connectors = List.copyOf(connectors);
            units = List.copyOf(units);
        }
    }

    /**
     * A figure as printed.
     *
     * @param number the digits as printed ("8.81")
     * @param measureUnit the unit or sign after them ("万元", "%")
     */
    public record Figure(String number, String measureUnit) {
        /** The number, with the scale it was printed with. */
        public BigDecimal value() {
            return new BigDecimal(number);
        }
    }

    /**
     * The first figure of this shape in the text ("年初预算 9 万元", "实际支付8.81万元", "预算执行率为 97.89%"), or null: a
     * match can only begin where the word does, so each occurrence of the word is tried in turn.
     */
    public static @Nullable Figure first(Shape shape, String text) {
        for (int at = text.indexOf(shape.word()); at >= 0; at = text.indexOf(shape.word(), at + 1)) {
            Figure figure = after(shape, text, at + shape.word().length());
            if (figure != null) {
                return figure;
            }
        }
        return null;
    }

    /** The figure right after the word (which ends at {@code i}), or null. */
    private static @Nullable Figure after(Shape shape, String text, int i) {
        String connector = startingAt(text, i, shape.connectors());
        if (connector != null) {
            i += connector.length();
        } else if (shape.connectorRequired()) {
            return null;
        }
        i = skipSpace(text, i);
        int start = i;
        i = skipDigits(text, i);
        if (i == start) {
            return null;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i = skipDigits(text, i + 1);
        }
        String measureUnit = startingAt(text, skipSpace(text, i), shape.units());
        return measureUnit == null ? null : new Figure(text.substring(start, i), measureUnit);
    }

    /**
     * The number of a percentage printed alone ("97.89%", " 97.89 ％"), or null where the text is not one: what the
     * pattern {@code \s*(-?\d+(?:\.\d+)?)\s*[%％]\s*} matches.
     */
    public static @Nullable String percent(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isRegexSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || (text.charAt(end - 1) != '%' && text.charAt(end - 1) != '％')) {
            return null;
        }
        end--;
        while (end > start && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        return isDecimal(text, start, end) ? text.substring(start, end) : null;
    }

    /**
     * The first amount of money in a text ("年初预算15万元" → 15, 万元), or null: what {@code find} of the pattern
     * {@code (\d+(?:\.\d+)?)\s*(万元|万|元)} gives. At each start the pattern's greedy parts take as much as they can,
     * and giving any of it back leaves a digit or a point where a space or a unit would have to follow, so one try per
     * start decides.
     */
    public static @Nullable Figure firstAmount(String text) {
        for (int start = 0; start < text.length(); start++) {
            if (!isDigit(text.charAt(start))) {
                continue;
            }
            int i = skipDigits(text, start);
            if (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                i = skipDigits(text, i + 2);
            }
            int end = i;
            i = skipSpace(text, i);
            String measureUnit = text.startsWith("万元", i)
                    ? "万元"
                    : text.startsWith("万", i) ? "万" : text.startsWith("元", i) ? "元" : null;
            if (measureUnit != null) {
                return new Figure(text.substring(start, end), measureUnit);
            }
        }
        return null;
    }

    /** {@code -?\d+(?:\.\d+)?} over text[start, end). */
    private static boolean isDecimal(String text, int start, int end) {
        int i = start < end && text.charAt(start) == '-' ? start + 1 : start;
        int digits = i;
        i = Math.min(skipDigits(text, i), end);
        if (i == digits) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (text.charAt(i) != '.' || i + 1 == end) {
            return false;
        }
        return skipDigits(text, i + 1) >= end;
    }

    /** The first of the words that the text holds at {@code i}, or null. */
    private static @Nullable String startingAt(String text, int i, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, i)) {
                return word;
            }
        }
        return null;
    }

    static int skipSpace(String text, int i) {
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int skipDigits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The regular expressions' {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
