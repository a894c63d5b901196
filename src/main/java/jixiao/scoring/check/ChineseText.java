package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Comparing texts extracted from PDFs: stray spaces, full- and half-width brackets, bold markers. */
final class ChineseText {
    private ChineseText() {}

    /** Drops white space and markdown bold, unifies brackets and colons: "服务对象 满意度" → "服务对象满意度". */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        if (isNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '*') {
                continue;
            }
            out.append(
                    switch (c) {
                        case '（' -> '(';
                        case '）' -> ')';
                        case '：' -> ':';
                        case '，' -> ',';
                        case '；' -> ';';
                        default -> c;
                    });
        }
        return out.toString();
    }

    /** Most texts need no change: say so without copying them. */
    private static boolean isNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)
                    || c == '\u3000'
                    || c == '*'
                    || c == '（'
                    || c == '）'
                    || c == '：'
                    || c == '，'
                    || c == '；') {
                return false;
            }
        }
        return true;
    }

    /** A name without what stands in brackets: "公共资源交易提升经费(含党建、精神文明)" → "公共资源交易提升经费". */
    static String core(String name) {
        String normalized = normalize(name);
        int bracket = normalized.indexOf('(');
        return bracket > 0 ? normalized.substring(0, bracket) : normalized;
    }

    /** Dice coefficient over character bigrams, 0 to 1, of the normalised texts. */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(normalize(a));
        Set<String> y = bigrams(normalize(b));
        if (x.isEmpty() || y.isEmpty()) {
            return normalize(a).equals(normalize(b)) ? 1 : 0;
        }
        int common = 0;
        for (String bigram : x) {
            if (y.contains(bigram)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    /** The share of the name's bigrams that occur in the text: whether a text mentions a project. */
    static double coverage(String name, String text) {
        Set<String> x = bigrams(core(name));
        if (x.isEmpty()) {
            return 0;
        }
        String haystack = normalize(text);
        int found = 0;
        for (String bigram : x) {
            if (haystack.contains(bigram)) {
                found++;
            }
        }
        return (double) found / x.size();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /** Whether a figure printed with {@code printed}'s decimals matches the exact value rounded the same way. */
    static boolean matchesAsPrinted(BigDecimal printed, BigDecimal exact) {
        int decimals = Math.max(0, printed.scale());
        return exact.setScale(decimals, java.math.RoundingMode.HALF_UP).compareTo(printed) == 0;
    }
}
