package jixiao.shared;

/**
 * Text as it is kept: without the characters that no document, database or page can hold. U+0000 is refused by
 * PostgreSQL; the other C0 and C1 controls, the noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) and unpaired surrogates
 * are not allowed in XML, so a single one breaks the PDF, the Word file or the workbook of a whole report. They carry
 * nothing a reader sees, so they are removed wherever text comes in (JSON, forms, parameters, workbooks); tab, line
 * feed and carriage return stay.
 */
public final class PlainText {
    private PlainText() {}

    /** The text without those characters; the same instance when it has none (the usual case costs one scan). */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = firstRemoved(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (!isNoncharacter(codePoint)) {
                    kept.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (!removed(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The text cut to at most {@code max} characters (never between the two halves of a surrogate pair). */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static int firstRemoved(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (removed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A char that is removed on its own (a surrogate here is an unpaired one). */
    private static boolean removed(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || isNoncharacter(c);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
