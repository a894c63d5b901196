package jixiao.scoring.value;

import java.text.Normalizer;

/**
 * Undoes the noise of PDF-extracted text before it is read: full-width forms (NFKC), ≧ ≦ ═ >= <=, and whitespace
 * inside a value ("9 万", "温 暖"). Nothing else is dropped: control characters stay, so the readers can say so.
 *
 * <p>Most texts are already plain, so the text is returned as is unless a character needs work; NFKC
 * ({@link Normalizer}, slow) is applied only to single characters in the compatibility ranges PDFs produce
 * (full-width and half-width forms, small forms, Kangxi radicals, CJK compatibility ideographs). Other
 * compatibility characters (①, ㎡, ℃) keep their meaning and are read as they are.
 */
final class TextNormaliser {
    private TextNormaliser() {}

    static String normalise(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (needsWork(text, i)) {
                return rewrite(text, i);
            }
        }
        return text;
    }

    private static boolean needsWork(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return c <= ' ' || c == 0x7F || ((c == '>' || c == '<') && i + 1 < s.length() && s.charAt(i + 1) == '=');
        }
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x303F)) {
            return false; // CJK ideographs and punctuation ("、", "。", "《")
        }
        if (c >= 0x2200 && c <= 0x22FF) {
            return c == '≧' || c == '≦' || c == '\u2212'; // mathematical operators: ≥ ≤ stay
        }
        return c <= 0xA0
                || c == '≧'
                || c == '═'
                || c == '≦'
                || c == '\u2212'
                || c == '\u2013'
                || isCompatibilityForm(c)
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static boolean isCompatibilityForm(char c) {
        return (c >= 0x2E80 && c <= 0x2FDF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE50 && c <= 0xFE6F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static String rewrite(String text, int from) {
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (c >= 0xFF01 && c <= 0xFF5E) {
                append(out, (char) (c - 0xFEE0));
            } else if (c == '≧') {
                append(out, '≥');
            } else if (c == '≦') {
                append(out, '≤');
            } else if (c == '═') {
                // box-drawing double line: PDF text extraction gives it for an equals sign drawn in a table cell
                append(out, '=');
            } else if (c == '\u2212' || c == '\u2013') {
                append(out, '-');
            } else if (isCompatibilityForm(c)) {
                String mapped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < mapped.length(); k++) {
                    char m = mapped.charAt(k);
                    if (!Character.isWhitespace(m) && !Character.isSpaceChar(m)) {
                        append(out, m);
                    }
                }
            } else {
                append(out, c);
            }
        }
        return out.toString();
    }

    /** Appends c, turning ">=" and "<=" (also when spaced or full-width) into ≥ and ≤. */
    private static void append(StringBuilder out, char c) {
        int last = out.length() - 1;
        if (c == '=' && last >= 0 && out.charAt(last) == '>') {
            out.setCharAt(last, '≥');
        } else if (c == '=' && last >= 0 && out.charAt(last) == '<') {
            out.setCharAt(last, '≤');
        } else {
            out.append(c);
        }
    }
}
