package jixiao.report;

import java.math.BigDecimal;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import jixiao.shared.Ratio;

/** How figures and ordinals are written in a Chinese government report. */
final class Figures {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Figures() {}

    /** An amount as printed in the tables: "7.3", "1314"; empty where none was printed. */
    static String amount(BigDecimal value) {
        return value == null ? "" : Decimals.plain(value);
    }

    static String points(Points value) {
        return value == null ? "" : value.toString();
    }

    static String rate(Ratio value) {
        return value == null ? "" : value.toString();
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三: chapter and list ordinals up to 99. */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    /** "两项", "三项": the count of items in a sentence (两, not 二, before a measure word). */
    static String items(int n) {
        return (n == 2 ? "两" : chinese(n)) + "项";
    }

    /**
     * Drops the white space a PDF extraction leaves between two Chinese characters ("服务对象 满意度指标"), keeping
     * any other space ("4个保安 3个保洁"); null becomes empty.
     */
    static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        StringBuilder out = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                int next = i + 1;
                while (next < trimmed.length()
                        && (Character.isWhitespace(trimmed.charAt(next)) || trimmed.charAt(next) == '\u3000')) {
                    next++;
                }
                boolean cjkBefore = out.length() > 0 && isWide(out.charAt(out.length() - 1));
                boolean cjkAfter = next < trimmed.length() && isWide(trimmed.charAt(next));
                if (!(cjkBefore && cjkAfter)) {
                    out.append(' ');
                }
                i = next - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Prose as Chinese is typeset: {@link #tidy}, and no space between a Chinese character and a figure ("得 3 分" →
     * "得3分"), which a justified line would stretch into a gap.
     */
    static String prose(String text) {
        String tidy = tidy(text);
        StringBuilder out = new StringBuilder(tidy.length());
        for (int i = 0; i < tidy.length(); i++) {
            char c = tidy.charAt(i);
            if (c == ' '
                    && i > 0
                    && i + 1 < tidy.length()
                    && (isWide(tidy.charAt(i - 1)) || isWide(tidy.charAt(i + 1)))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isWide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
