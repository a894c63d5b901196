package jixiao.scoring.check;

import jixiao.scoring.value.ChineseText;

/**
 * The engine's reading of printed texts for comparing them across reports (goals and analyses copied from another
 * unit or another year): the normalisation its own checks compare texts by (GOAL_COPIED), so that a text counts as
 * the same across reports exactly when it would within one.
 */
public final class TextReuse {
    private TextReuse() {}

    /** The text as the checks compare it: white space and bold marks dropped, brackets, colons and commas unified. */
    public static String normalized(String text) {
        return ChineseText.normalize(text);
    }
}
