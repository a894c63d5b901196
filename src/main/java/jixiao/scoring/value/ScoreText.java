package jixiao.scoring.value;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A score typed as text: "15", "9.5分", and in Chinese numerals "十五", "九点五", "十五分". Read as the number it
 * says; a score in words is read too, and {@link Read#inWords()} says so, so that a notice can tell the reader which
 * number was taken.
 */
public final class ScoreText {
    private ScoreText() {}

    /** A score read: its value, and whether it was written in Chinese numerals. */
    public record Read(@Nullable BigDecimal value, boolean inWords) {}

    /** The score the text says, or null where it says none (or more than a score). */
    public static @Nullable Read read(String text) {
        if (text == null) {
            return null;
        }
        String s = TextNormaliser.normalise(text);
        if (s.endsWith("分")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = s.charAt(0) == '-';
        int start = negative ? 1 : 0;
        if (start < s.length() && CharKinds.isDigit(s.charAt(start))) {
            NumberScanner.Read number = NumberScanner.decimal(s, start);
            if (number.problem() != null || number.end() != s.length()) {
                return null;
            }
            return new Read(negative ? number.read().negate() : number.read(), false);
        }
        NumberScanner.Read numeral = NumberScanner.chinese(s, start);
        if (numeral == null || numeral.problem() != null || numeral.end() != s.length()) {
            return null;
        }
        return new Read(negative ? numeral.read().negate() : numeral.read(), true);
    }
}
