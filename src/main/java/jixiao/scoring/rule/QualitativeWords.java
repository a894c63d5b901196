package jixiao.scoring.rule;

import java.util.List;
import java.util.stream.Collectors;

/** The vocabulary of 定性 values: which words say a target was reached, partly reached or missed. */
public final class QualitativeWords {
    private QualitativeWords() {}

    static final Words MISSED = Words.of("未", "没有", "不合格", "不达标", "不及时", "滞后", "延迟", "延期", "较差", "失败", "不满意");
    static final Words PARTIAL = Words.of("部分", "基本", "大部分", "初步", "一般");
    static final Words ACHIEVED = Words.of(
            "完成", "达成", "达到", "实现", "合格", "优良", "优秀", "良好", "及时", "准时", "按时", "提升", "提高", "促进", "保障", "持续", "带动", "优化",
            "增强", "改善", "有效", "正常", "满意", "稳定", "规范", "显著", "明显", "加强", "推进", "是", "已");

    /** Directions without a level: a target made of these cannot be measured (VAGUE_TARGET). */
    static final Words DIRECTIONS = Words.of(
            "提升", "提高", "促进", "保障", "持续", "带动", "优化", "增强", "改善", "加强", "推进", "有效", "明显", "显著", "进一步", "逐步", "稳步", "降低",
            "减少");

    /** Levels a reviewer can check: not vague even though qualitative. */
    static final Words STANDARDS = Words.of("合格", "优良", "优秀", "良好", "达标", "及时", "准时", "按时", "完成", "符合", "满足", "通过");

    /** The tier an actual word puts the indicator in, or null where the word does not tell. */
    public static Tier tierOf(String actual, String target) {
        if (containsAny(actual, MISSED)) {
            return Tier.MISSED;
        }
        if (containsAny(actual, PARTIAL)) {
            return Tier.PARTIAL;
        }
        if (actual.equals(target) || containsAny(actual, ACHIEVED)) {
            return Tier.ACHIEVED;
        }
        return null;
    }

    /** A target made only of directions ("提升", "促进") without a level a reviewer can check (VAGUE_TARGET). */
    public static boolean isVague(String target) {
        return containsAny(target, DIRECTIONS) && !containsAny(target, STANDARDS);
    }

    /** Whether a word says the work is done ("完成", "已完成"). */
    public static boolean saysDone(String word) {
        return tierOf(word, "") == Tier.ACHIEVED;
    }

    private static boolean containsAny(String text, Words words) {
        return words.foundIn(text);
    }

    /**
     * A list of words looked up by their first character: one pass over a text finds whether it contains any of
     * them, where {@code text.contains(word)} for each word would search the text once per word (31 words say
     * 达成). The first characters are kept in a small open-addressing table, so that a character that starts no
     * word (most of a text) is told by one or two reads.
     */
    static final class Words {
        private final List<String> words;
        private final char[] firsts; // hashed by slot(); 0 marks an empty slot (no word starts with U+0000)
        private final String[][] byFirst; // the words starting with firsts[i]
        private final int shift; // 32 − log2(firsts.length)

        private Words(List<String> words) {
            this.words = words;
            char[] distinct = words.stream()
                    .map(w -> w.substring(0, 1))
                    .distinct()
                    .collect(Collectors.joining())
                    .toCharArray();
            int size = Integer.highestOneBit(Math.max(distinct.length, 8) * 4 - 1) << 1; // at most a quarter full
            this.shift = 32 - Integer.numberOfTrailingZeros(size);
            this.firsts = new char[size];
            this.byFirst = new String[size][];
            for (char first : distinct) {
                int at = slot(first);
                while (firsts[at] != 0) {
                    at = (at + 1) & (size - 1);
                }
                firsts[at] = first;
                byFirst[at] = words.stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
            }
        }

        static Words of(String... words) {
            return new Words(List.of(words));
        }

        List<String> words() {
            return words;
        }

        private int slot(char c) {
            return (c * 0x9E3779B1) >>> shift;
        }

        /** Whether the text contains any of the words: {@code words().stream().anyMatch(text::contains)}. */
        boolean foundIn(String text) {
            int last = firsts.length - 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                for (int at = slot(c); firsts[at] != 0; at = (at + 1) & last) {
                    if (firsts[at] == c) {
                        if (startsAny(text, i, byFirst[at])) {
                            return true;
                        }
                        break;
                    }
                }
            }
            return false;
        }

        private static boolean startsAny(String text, int at, String[] words) {
            for (String word : words) {
                if (text.startsWith(word, at)) {
                    return true;
                }
            }
            return false;
        }
    }
}
