package jixiao.scoring.value;

import org.jspecify.annotations.Nullable;

/** What a character is, for reading: digit, Latin letter, a word character, punctuation, or noise. */
final class CharKinds {
    private CharKinds() {}

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isLetterAt(String s, int i) {
        return i < s.length() && Character.isLetter(s.codePointAt(i));
    }

    static boolean isLetterBefore(String s, int i) {
        return i > 0 && Character.isLetter(s.codePointBefore(i));
    }

    /** Letters of words and labels: any script, plus marks and 〇-like letter numbers. */
    static boolean isWordCharacter(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.LETTER_NUMBER;
    }

    /** Punctuation that separates words ("、", "，", "（", "/"); % is a unit, not punctuation. */
    static boolean isPunctuation(int cp) {
        if (cp == '%') {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isComparatorSymbol(int cp) {
        return cp == '≥' || cp == '≤' || cp == '>' || cp == '<' || cp == '=';
    }

    static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL;
    }

    static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reason why [from, to) is not made of words and punctuation (a control character, a symbol, an emoji), or
     * null when it is.
     */
    static @Nullable String problemInWords(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            if (isControl(cp)) {
                return Reasons.controlCharacter(cp);
            }
            if (!isWordCharacter(cp) && !isPunctuation(cp)) {
                return Reasons.unrecognised(new String(Character.toChars(cp)));
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
