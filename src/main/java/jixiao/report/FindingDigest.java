package jixiao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Severity;

/**
 * The findings of a review opinion by their Chinese category ({@link FindingCode#title()}, the name people see; the
 * code is for machines): categories with errors first, then by how many findings they hold; each finding with where
 * it is, its message and the unit's explanation where it gave one, and what the unit should do about the category.
 */
final class FindingDigest {
    private FindingDigest() {}

    static List<ReviewOpinion.Category> categories(List<Finding> findings, Map<Finding, String> explanations) {
        Map<FindingCode, List<Finding>> byCode = new EnumMap<>(FindingCode.class);
        for (Finding finding : findings) {
            byCode.computeIfAbsent(finding.code(), code -> new ArrayList<>()).add(finding);
        }
        List<ReviewOpinion.Category> categories = new ArrayList<>();
        for (Map.Entry<FindingCode, List<Finding>> entry : byCode.entrySet()) {
            List<ReviewOpinion.FindingLine> lines = new ArrayList<>();
            for (Finding finding : entry.getValue()) {
                lines.add(new ReviewOpinion.FindingLine(
                        where(finding), finding.severity(), sentence(finding.message()), explanations.get(finding)));
            }
            categories.add(new ReviewOpinion.Category(entry.getKey().title(), lines, advice(entry.getKey())));
        }
        categories.sort(Comparator.comparingInt((ReviewOpinion.Category c) -> c.count(Severity.ERROR))
                .reversed()
                .thenComparing(Comparator.comparingInt(
                                (ReviewOpinion.Category c) -> c.lines().size())
                        .reversed()));
        return categories;
    }

    private static String where(Finding finding) {
        String place = finding.project() == null ? "部门整体" : Figures.tidy(finding.project());
        return finding.indicator() == null ? place : place + "“" + Figures.tidy(finding.indicator()) + "”";
    }

    /** Finding messages are clauses; in a document each ends as a sentence. */
    private static String sentence(String message) {
        String text = message.strip();
        return text.isEmpty() || "。！？".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
    }

    private static String advice(FindingCode code) {
        return switch (code) {
            case SCORE_MISMATCH -> "按评分规则更正指标得分：定量指标完成指标值的记全部分值，未完成的按完成值与指标值的比例计分。";
            case EXECUTION_RATE_MISMATCH -> "预算执行率按全年执行数 ÷ 全年预算数计算。";
            case EXECUTION_SCORE_MISMATCH -> "预算执行率得分按分值 × 执行率计算，执行率超过 100% 的按 100% 计。";
            case TOTAL_MISMATCH -> "逐项核对合计数，总分等于各指标得分与预算执行率得分之和。";
            case SUMMARY_MISMATCH -> "文字说明中的得分、预算数、执行数和执行率应与自评表一致。";
            case WEIGHTS_NOT_100 -> "各指标分值与预算执行率分值合计应为 100 分。";
            case LEVEL1_WEIGHTS_NONSTANDARD -> "一级指标分值按规定设置，确需调整的应说明理由。";
            case SCORE_EXCEEDS_WEIGHT -> "指标得分不得超过其分值，也不得为负数。";
            case TARGET_MET_SCORE_REDUCED -> "已完成年度指标值的指标应记全部分值。";
            case TARGET_MISSED_FULL_SCORE -> "未完成年度指标值或逾期完成的指标不应记全部分值。";
            case DEVIATION_REASON_MISSING -> "扣分的指标和执行率偏低的项目应填写偏差原因分析及改进措施。";
            case UNIT_MISMATCH -> "年度指标值与实际完成值应使用相同的计量单位。";
            case QUALITATIVE_SCORE_OUT_OF_TIER -> "定性指标得分应在所属档次的分值区间内。";
            case COST_TARGET_INCONSISTENT -> "成本指标应与项目预算相衔接。";
            case VAGUE_TARGET -> "年度指标值应量化、可核验，避免只写“提升”“促进”等方向性表述。";
            case GOAL_COPIED -> "每个项目应填写本项目自己的年度总体目标和实际完成情况。";
            case DUPLICATE_ITEM -> "删除重复的指标和重点工作计划条目。";
            case CROSS_DOCUMENT_MISMATCH -> "部门整体数据应与各项目自评表的数据相互衔接。";
            case INCOMPLETE -> "补全缺少的自评表、预算数、指标值和完成情况。";
            case UNPARSEABLE_VALUE -> "按规范格式填写指标值和完成值（如“≥95%”“12月”“48小时”）。";
            case INDICATOR_DEVIATION -> "实际完成值大幅偏离指标值的，应在偏差原因分析中说明原因。";
            case TOTAL_CAPPED -> "预算执行率偏低的项目，总分按规定的上限计。";
            case WEIGHTS_DERIVED -> "自评表应列出每个指标的分值。";
            case NOT_APPLICABLE -> "标为不适用的指标应说明理由，其分值按规定分配。";
            case VALUE_INTERPRETED -> "百分比带上“%”，得分用阿拉伯数字填写。";
            case ALL_AT_FULL_MARKS -> "逐项核实满分指标的完成依据，未完全达成的指标按实际完成情况计分。";
            case COST_WRITTEN_AS_FLOOR -> "成本指标是支出的上限，应写成“≤”（不超过），而不是“≥”。";
            case TARGET_SET_TOO_LOW -> "实际完成值远超指标值的，应说明原因，并在下一年度合理设定指标值。";
            case OUTPUTS_WITHOUT_SPENDING -> "预算执行率很低而产出全部完成的，应说明资金未支出的原因，核实产出的真实性。";
            case COST_FAR_BELOW_TARGET -> "实际成本远低于指标值的，应说明原因（节约、产出减少或指标值偏高）。";
            case SATISFACTION_WITHOUT_SURVEY -> "满意度应以问卷调查、回访等方式取得，不能以未收到投诉代替。";
            case BENEFIT_COUNTS_ACTIVITIES -> "效益指标应反映项目带来的效果，活动次数等属于产出指标。";
            case DEADLINE_CONTRADICTED -> "核对自评表与文字说明中的完成时间，按实际完成时间评价时效指标。";
        };
    }
}
