package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.shared.MoneyUnit;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reading numbers the way hand-made 自评表 hold them: real numbers, and numbers typed as text ("15", " 9.89 ",
 * "１５", "1,314.00", "15分", "16.8万元"). Nothing is guessed: a text that is not one of these is an error for the
 * caller to report, and a blank or a dash ("—", "/") is no value.
 */
final class CellValues {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern MONEY = Pattern.compile("(.*?)(万元|万|元)");
    private static final Pattern UNIT_LABEL = Pattern.compile("[(（]\\s*(万元|元)\\s*[)）]|单位[:：]\\s*(万元|元)");

    private CellValues() {}

    /** Strips whitespace at both ends, including the ideographic and the no-break space. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A label without any whitespace and with half-width punctuation: "年度 总体 目标" → "年度总体目标". */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            out.append(
                    switch (c) {
                        case '（' -> '(';
                        case '）' -> ')';
                        case '：' -> ':';
                        default -> c;
                    });
        }
        return out.toString();
    }

    static boolean isBlank(String text) {
        return text == null || text.isEmpty() || isDash(text);
    }

    /** "—", "-", "/": the printed form's way of saying "not applicable". */
    static boolean isDash(String text) {
        String k = key(text);
        return !k.isEmpty() && k.chars().allMatch(c -> "—–-－/／─".indexOf(c) >= 0);
    }

    /** A double from a numeric cell, as Excel shows it (15 significant digits), so 8.81 reads as 8.81 exactly. */
    static BigDecimal fromDouble(double value) {
        return new BigDecimal(NumberToTextConverter.toText(value));
    }

    /** A number typed as text, or null where the text is not one; {@code 分} may follow a score. */
    static BigDecimal parseNumber(String text) {
        String t = halfWidth(key(text));
        if (t.endsWith("分")) {
            t = t.substring(0, t.length() - 1);
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        return NUMBER.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    /**
     * An amount typed as text in a table whose unit is {@code unit}: "16.8万元" or "16.8万" is 16.8 in a 万元 table and
     * 168000 in a 元 table; "9000元" is 0.9 in a 万元 table. Null where the text is not an amount.
     */
    static BigDecimal parseMoney(String text, MoneyUnit moneyUnit) {
        String t = halfWidth(key(text));
        Matcher m = MONEY.matcher(t);
        if (m.matches()) {
            BigDecimal amount = parseNumber(m.group(1));
            if (amount == null) {
                return null;
            }
            MoneyUnit written = m.group(2).equals("元") ? MoneyUnit.YUAN : MoneyUnit.TEN_THOUSAND_YUAN;
            return convert(amount, written, moneyUnit);
        }
        return parseNumber(t);
    }

    static BigDecimal convert(BigDecimal amount, MoneyUnit from, MoneyUnit to) {
        if (from == to) {
            return amount;
        }
        // 万元 and 元 differ by a power of ten, so the division is exact
        BigDecimal converted = amount.multiply(from.yuan()).divide(to.yuan()).stripTrailingZeros();
        return converted.scale() < 0 ? converted.setScale(0) : converted;
    }

    /** The money unit a label names: "项目资金（万元）", "单位：元"; null where it names none. */
    static MoneyUnit moneyUnitIn(String text) {
        Matcher m = UNIT_LABEL.matcher(text);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1) != null ? m.group(1) : m.group(2);
        return MoneyUnit.fromLabel(label);
    }

    private static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\uFEFF';
    }
}
