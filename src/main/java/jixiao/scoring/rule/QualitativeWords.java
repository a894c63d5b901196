package jixiao.scoring.rule;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
    public static @Nullable Tier tierOf(String actual, String target) {
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

    /** Words of a change upwards and downwards: "提升" is met by "同比提升6%" and missed by "下降2%". */
    static final Words UP = Words.of("提升", "提高", "增长", "增加", "上升", "扩大");

    static final Words DOWN = Words.of("降低", "减少", "下降", "压缩", "缩短", "缩减");

    /**
     * The tier a change puts a direction in: a target that says which way ("同比提升") is met by a quantity that moved
     * that way ("同比提升6%"), and missed by one that moved the other way ("同比下降2%"); null where the quantity says no
     * direction.
     */
    public static @Nullable Tier tierOfChange(jixiao.scoring.value.ParsedValue.Quantity change, String target) {
        boolean up = UP.foundIn(target);
        boolean down = DOWN.foundIn(target);
        if (up == down || change.number().signum() <= 0) {
            return null;
        }
        String label = change.label();
        if (up ? UP.foundIn(label) : DOWN.foundIn(label)) {
            return Tier.ACHIEVED;
        }
        if (up ? DOWN.foundIn(label) : UP.foundIn(label)) {
            return Tier.MISSED;
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

    /** A list of words, any of which a text may contain. */
    record Words(List<String> words) {
        static Words of(String... words) {
            return new Words(List.of(words));
        }

        /** Whether the text contains any of the words. */
        boolean foundIn(String text) {
            for (String word : words) {
                if (text.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
