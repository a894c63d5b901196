package jixiao.scoring.rule;

import java.util.List;

/** The vocabulary of 定性 values: which words say a target was reached, partly reached or missed. */
final class QualitativeWords {
    private QualitativeWords() {}

    private static final List<String> MISSED =
            List.of("未", "没有", "不合格", "不达标", "不及时", "滞后", "延迟", "延期", "较差", "失败", "不满意");
    private static final List<String> PARTIAL = List.of("部分", "基本", "大部分", "初步", "一般");
    private static final List<String> ACHIEVED = List.of(
            "完成", "达成", "达到", "实现", "合格", "优良", "优秀", "良好", "及时", "准时", "按时", "提升", "提高", "促进", "保障", "持续", "带动", "优化",
            "增强", "改善", "有效", "正常", "满意", "稳定", "规范", "显著", "明显", "加强", "推进", "是", "已");

    /** Directions without a level: a target made of these cannot be measured (VAGUE_TARGET). */
    private static final List<String> DIRECTIONS = List.of(
            "提升", "提高", "促进", "保障", "持续", "带动", "优化", "增强", "改善", "加强", "推进", "有效", "明显", "显著", "进一步", "逐步", "稳步", "降低",
            "减少");

    /** Levels a reviewer can check: not vague even though qualitative. */
    private static final List<String> STANDARDS =
            List.of("合格", "优良", "优秀", "良好", "达标", "及时", "准时", "按时", "完成", "符合", "满足", "通过");

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

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
