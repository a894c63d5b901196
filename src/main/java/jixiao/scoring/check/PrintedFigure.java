package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure printed in the narrative after a word: "年初预算 9 万元", "实际支付8.81万元", "预算执行率为 97.89%". Found by a
 * plain scan that matches what the pattern {@code WORD(?:CONNECTOR)?\s*(\d+(?:\.\d+)?)\s*(UNIT)} would (the connector
 * optional or required, the units tried in order), at the first place it would: a match can only begin where the
 * word does, so each occurrence of the word is tried in turn.
 *
 * @param number the digits as printed ("8.81")
 * @param unit the unit or sign after them, as listed ("万元")
 */
record PrintedFigure(String number, String unit) {

    /** What follows the word: connectors (one of them optional or required), then the number, then a unit. */
    record Shape(String word, List<String> connectors, boolean connectorRequired, List<String> units) {}

    /** The first figure of this shape in the text, or null. */
    static PrintedFigure find(Shape shape, String text) {
        Found found = locate(shape, text);
        return found == null ? null : new PrintedFigure(found.number(), found.unit());
    }

    /**
     * Where a figure stands in a text: its number is {@code text[start, end)}, read without copying it out.
     *
     * @param unit the unit or sign after the number, as listed ("万元")
     */
    record Found(String text, int start, int end, String unit) {
        /** The digits as printed ("8.81"). */
        String number() {
            return text.substring(start, end);
        }

        /** {@code new BigDecimal(number())}: the same value and scale, made from the digits where they fit a long. */
        BigDecimal value() {
            return decimal(text, start, end);
        }
    }

    /** Most figures have a few digits: an unscaled long and a scale, where {@code new BigDecimal} reads a copy. */
    private static final int LONG_DIGITS = 18;

    /**
     * {@code new BigDecimal(text.substring(start, end))} for digits with at most one point between them (what
     * {@link #locate} finds): with at most 18 digits the unscaled value and the scale, else the string itself.
     */
    static BigDecimal decimal(String text, int start, int end) {
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                scale = end - i - 1;
                continue;
            }
            unscaled = unscaled * 10 + (c - '0');
            digits++;
        }
        if (digits > LONG_DIGITS) {
            return new BigDecimal(text.substring(start, end));
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** The first figure of this shape in the text, or null. */
    static Found locate(Shape shape, String text) {
        for (int at = text.indexOf(shape.word()); at >= 0; at = text.indexOf(shape.word(), at + 1)) {
            Found figure = at(shape, text, at + shape.word().length());
            if (figure != null) {
                return figure;
            }
        }
        return null;
    }

    /** The figure right after the word (which ends at {@code i}), or null. */
    private static Found at(Shape shape, String text, int i) {
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
        String unit = startingAt(text, skipSpace(text, i), shape.units());
        return unit == null ? null : new Found(text, start, i, unit);
    }

    /** The first of the words that the text holds at {@code i}, or null. */
    private static String startingAt(String text, int i, List<String> words) {
        // by index: an iterator for each call was a good part of what the checks allocated
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            if (text.startsWith(word, i)) {
                return word;
            }
        }
        return null;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipDigits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The regular expressions' {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
