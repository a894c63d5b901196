package jixiao.scoring.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Comparing texts extracted from PDFs: stray spaces, full- and half-width brackets, bold markers. */
public final class ChineseText {
    private ChineseText() {}

    /** Drops white space and markdown bold, unifies brackets and colons: "服务对象 满意度" → "服务对象满意度". */
    public static String normalize(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int first = firstChange(text);
        if (first < 0) {
            return text;
        }
        // a char array, not a StringBuilder: each append of a builder checks its capacity and coder; the part before
        // the first change is copied as it stands
        char[] out = new char[text.length()];
        text.getChars(0, first, out, 0);
        int length = first;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                out[length++] = c; // a CJK ideograph, most of every text: kept as it is
            } else if (!isDropped(c)) {
                out[length++] = unified(c);
            }
        }
        return new String(out, 0, length);
    }

    private static boolean isDropped(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '*';
    }

    private static char unified(char c) {
        return switch (c) {
            case '（' -> '(';
            case '）' -> ')';
            case '：' -> ':';
            case '，' -> ',';
            case '；' -> ';';
            default -> c;
        };
    }

    /** Whether two texts are the same once normalised; texts equal as they stand are told without normalising. */
    public static boolean sameNormalized(String a, String b) {
        return (a != null && a.equals(b)) || normalize(a).equals(normalize(b));
    }

    /** Where the first char that normalising drops or changes stands, or -1: most texts need no change. */
    private static int firstChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                continue; // a CJK ideograph, most of every text: nothing to change
            }
            if (Character.isWhitespace(c)
                    || c == '\u3000'
                    || c == '*'
                    || c == '（'
                    || c == '）'
                    || c == '：'
                    || c == '，'
                    || c == '；') {
                return i;
            }
        }
        return -1;
    }

    /** A name without what stands in brackets: "公共资源交易提升经费(含党建、精神文明)" → "公共资源交易提升经费". */
    public static String core(String name) {
        String normalized = normalize(name);
        int bracket = normalized.indexOf('(');
        return bracket > 0 ? normalized.substring(0, bracket) : normalized;
    }

    /** Dice coefficient over character bigrams, 0 to 1, of the normalised texts. */
    public static double similarity(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return similarity(x, bigramsOf(x), y, bigramsOf(y));
    }

    /**
     * The same for texts already normalised, with their {@link #bigramsOf bigrams} computed once: comparing every
     * pair of a report's goals then builds nothing.
     */
    public static double similarity(String x, int[] xBigrams, String y, int[] yBigrams) {
        if (xBigrams.length == 0 || yBigrams.length == 0) {
            return x.equals(y) ? 1 : 0;
        }
        return 2.0 * common(xBigrams, yBigrams) / (xBigrams.length + yBigrams.length);
    }

    /** The distinct character bigrams of a text, each two chars packed in an int, sorted. */
    public static int[] bigramsOf(String s) {
        if (s.length() < 2) {
            return new int[0];
        }
        int[] out = new int[s.length() - 1];
        for (int i = 0; i + 1 < s.length(); i++) {
            out[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
        }
        Arrays.sort(out);
        int distinct = 1;
        for (int i = 1; i < out.length; i++) {
            if (out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    /** How many values two sorted arrays of distinct values share. */
    private static int common(int[] x, int[] y) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int c = Integer.compare(x[i], y[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** The share of the name's bigrams that occur in the text: whether a text mentions a project. */
    public static double coverage(String name, String text) {
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
    public static boolean matchesAsPrinted(BigDecimal printed, BigDecimal exact) {
        int decimals = Math.max(0, printed.scale());
        return exact.setScale(decimals, java.math.RoundingMode.HALF_UP).compareTo(printed) == 0;
    }
}
