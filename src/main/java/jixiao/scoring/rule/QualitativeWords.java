package jixiao.scoring.rule;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The vocabulary of 定性 values: which words say a target was reached, partly reached or missed. */
final class QualitativeWords {
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
    static Tier tierOf(String actual, String target) {
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

    static boolean isVague(String target) {
        return containsAny(target, DIRECTIONS) && !containsAny(target, STANDARDS);
    }

    static boolean saysDone(String word) {
        return tierOf(word, "") == Tier.ACHIEVED;
    }

    private static boolean containsAny(String text, Words words) {
        return words.foundIn(text);
    }

    /**
     * A list of words looked up by their first character: one pass over a text finds whether it contains any of
     * them, where {@code text.contains(word)} for each word would search the text once per word (31 words say
     * 达成).
     */
    static final class Words {
        private final List<String> words;
        private final char[] firsts; // sorted, distinct
        private final String[][] byFirst; // the words starting with firsts[i]

        private Words(List<String> words) {
            this.words = words;
            this.firsts = words.stream()
                    .map(w -> w.substring(0, 1))
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining())
                    .toCharArray();
            this.byFirst = new String[firsts.length][];
            for (int i = 0; i < firsts.length; i++) {
                char first = firsts[i];
                byFirst[i] = words.stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
            }
        }

        static Words of(String... words) {
            return new Words(List.of(words));
        }

        List<String> words() {
            return words;
        }

        /** Whether the text contains any of the words: {@code words().stream().anyMatch(text::contains)}. */
        boolean foundIn(String text) {
            for (int i = 0; i < text.length(); i++) {
                int at = Arrays.binarySearch(firsts, text.charAt(i));
                if (at < 0) {
                    continue;
                }
                for (String word : byFirst[at]) {
                    if (text.startsWith(word, i)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
