package jixiao.scoring.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The comparators of 指标值 texts: before the number ("≥", "不低于", "控制在") and after it ("以上", "以内", "内").
 * Matched longest first, so "不低于" is never read as "低于".
 */
final class ComparatorWords {

    /** A comparator as printed. */
    record Match(String word, Comparator comparator) {
        int length() {
            return word.length();
        }
    }

    /** Longest first. */
    private static final Match[] BEFORE;
    /** The same words grouped by their last character, for {@link #endingAt}. */
    private static final char[] LAST_CHARS;

    private static final Match[][] BEFORE_BY_LAST_CHAR;
    /** The characters these words start with, for {@link #startingAt}. */
    private static final char[] FIRST_CHARS;

    private static final Match[] AFTER = {
        new Match("及以上", Comparator.AT_LEAST),
        new Match("或以上", Comparator.AT_LEAST),
        new Match("及以下", Comparator.AT_MOST),
        new Match("或以下", Comparator.AT_MOST),
        new Match("以上", Comparator.AT_LEAST),
        new Match("以下", Comparator.AT_MOST),
        new Match("以内", Comparator.AT_MOST),
        new Match("之内", Comparator.AT_MOST),
    };
    /** "内" after a unit ("24小时内"); alone it is too common a character to be a comparator. */
    private static final Match WITHIN = new Match("内", Comparator.AT_MOST);

    static {
        List<Match> before = new ArrayList<>();
        add(before, Comparator.AT_LEAST, "≥", "大于等于", "大于或等于", "达到", "至少");
        add(before, Comparator.MORE_THAN, ">", "大于", "超过", "高于", "多于");
        add(before, Comparator.EQUAL, "=", "等于");
        add(before, Comparator.AT_MOST, "≤", "小于等于", "小于或等于", "控制在", "至多", "不超出");
        add(before, Comparator.LESS_THAN, "<", "小于", "低于", "少于");
        // negated forms: 不低于 / 不得低于 … are ≥, 不超过 / 不得超过 … are ≤
        for (String negation : new String[] {"不", "不得", "不应", "不能", "不可", "未"}) {
            for (String word : new String[] {"低于", "少于", "小于"}) {
                before.add(new Match(negation + word, Comparator.AT_LEAST));
            }
            for (String word : new String[] {"高于", "超过", "大于", "多于"}) {
                before.add(new Match(negation + word, Comparator.AT_MOST));
            }
        }
        before.sort((a, b) -> b.length() - a.length());
        BEFORE = before.toArray(new Match[0]);
        StringBuilder lastChars = new StringBuilder();
        before.stream()
                .map(m -> m.word().charAt(m.length() - 1))
                .distinct()
                .sorted()
                .forEach(lastChars::append);
        LAST_CHARS = lastChars.toString().toCharArray();
        StringBuilder firstChars = new StringBuilder();
        before.stream().map(m -> m.word().charAt(0)).distinct().sorted().forEach(firstChars::append);
        FIRST_CHARS = firstChars.toString().toCharArray();
        BEFORE_BY_LAST_CHAR = new Match[LAST_CHARS.length][];
        for (int i = 0; i < LAST_CHARS.length; i++) {
            char last = LAST_CHARS[i];
            BEFORE_BY_LAST_CHAR[i] = before.stream()
                    .filter(m -> m.word().charAt(m.length() - 1) == last)
                    .toArray(Match[]::new);
        }
    }

    private ComparatorWords() {}

    /** The longest comparator that [from, to) ends with, or null. */
    static @Nullable Match endingAt(String s, int from, int to) {
        int available = to - from;
        if (available <= 0) {
            return null;
        }
        int group = Arrays.binarySearch(LAST_CHARS, s.charAt(to - 1));
        if (group < 0) {
            return null;
        }
        for (Match m : BEFORE_BY_LAST_CHAR[group]) {
            if (m.length() <= available && s.startsWith(m.word(), to - m.length())) {
                return m;
            }
        }
        return null;
    }

    /** The longest comparator written before a number that starts at {@code at}, or null. */
    static @Nullable Match startingAt(String s, int at) {
        if (at >= s.length() || Arrays.binarySearch(FIRST_CHARS, s.charAt(at)) < 0) {
            return null;
        }
        for (Match m : BEFORE) {
            if (s.startsWith(m.word(), at)) {
                return m;
            }
        }
        return null;
    }

    /** A comparator written after the value ("以上", "以内"; "内" only where {@code afterMeasureUnit}), or null. */
    static @Nullable Match afterValueAt(String s, int at, boolean afterMeasureUnit) {
        if (at >= s.length()) {
            return null;
        }
        char first = s.charAt(at);
        if (first != '及' && first != '或' && first != '以' && first != '之') {
            return afterMeasureUnit && first == '内' ? WITHIN : null;
        }
        for (Match m : AFTER) {
            if (s.startsWith(m.word(), at)) {
                return m;
            }
        }
        return afterMeasureUnit && s.charAt(at) == '内' ? WITHIN : null;
    }

    /** The comparator written after the value that a label ends with ("平台以上"), or null. */
    static @Nullable Match afterValueEndingAt(String label) {
        int length = label.length();
        if (length < 2
                || (label.charAt(length - 1) != '上'
                        && label.charAt(length - 1) != '下'
                        && label.charAt(length - 1) != '内')) {
            return null;
        }
        for (Match m : AFTER) {
            if (label.endsWith(m.word())) {
                return m;
            }
        }
        return null;
    }

    private static void add(List<Match> into, Comparator comparator, String... words) {
        for (String word : words) {
            into.add(new Match(word, comparator));
        }
    }
}
