package jixiao.scoring;

/** The findings catalogue of domain.md §3: stable codes a reviewer can filter on. */
public enum FindingCode {
    SCORE_MISMATCH("得分与规则不符"),
    EXECUTION_RATE_MISMATCH("执行率计算错误"),
    EXECUTION_SCORE_MISMATCH("执行率得分错误"),
    TOTAL_MISMATCH("合计错误"),
    SUMMARY_MISMATCH("文字说明与表格不符"),
    WEIGHTS_NOT_100("分值合计不是100"),
    LEVEL1_WEIGHTS_NONSTANDARD("一级指标分值与规定不同"),
    SCORE_EXCEEDS_WEIGHT("得分超出分值"),
    TARGET_MET_SCORE_REDUCED("已完成指标却扣分"),
    TARGET_MISSED_FULL_SCORE("未完成指标却得满分"),
    DEVIATION_REASON_MISSING("缺少偏差原因"),
    /** The measure units (计量单位) of a target and its actual differ; the code is stored and kept as it is. */
    UNIT_MISMATCH("计量单位不一致"),
    QUALITATIVE_SCORE_OUT_OF_TIER("定性得分超出档次"),
    COST_TARGET_INCONSISTENT("成本指标与预算不符"),
    VAGUE_TARGET("指标值无法衡量"),
    GOAL_COPIED("总体目标照搬其他项目"),
    DUPLICATE_ITEM("重复条目"),
    CROSS_DOCUMENT_MISMATCH("整体与项目数据不符"),
    INCOMPLETE("内容缺失"),
    UNPARSEABLE_VALUE("无法识别的数值"),
    /** 指标偏离: a result far beyond its target without a reason, which loses points where the rule set says so. */
    INDICATOR_DEVIATION("指标偏离"),
    /** The total capped by the 执行率, as the rule set's table says. */
    TOTAL_CAPPED("总分按执行率封顶"),
    /** Weights the table does not print, given by the rule set. */
    WEIGHTS_DERIVED("分值按规则集分配"),
    /** A row marked 不适用: left out with its weight given to others, or the mark not accepted. */
    NOT_APPLICABLE("不适用指标"),
    /** A value read by a convention the report did not print: a bare fraction as a percentage, a score in words. */
    VALUE_INTERPRETED("数值按约定读取"),
    /** Every indicator of a table, or every project of a unit, claimed at full marks: a reviewer asks for the proof. */
    ALL_AT_FULL_MARKS("全部满分"),
    /** A 成本 indicator written as a floor (≥): more spending would count as better. */
    COST_WRITTEN_AS_FLOOR("成本指标写成下限"),
    /** A result far beyond its target without a reason: the target was probably set too low (财预〔2020〕10号). */
    TARGET_SET_TOO_LOW("指标值定得过低"),
    /** Outputs claimed met while little of the money was spent. */
    OUTPUTS_WITHOUT_SPENDING("产出与支出不相称"),
    /** A cost far below its target without a reason: the target or the output is not what the table says. */
    COST_FAR_BELOW_TARGET("成本远低于指标值"),
    /** 满意度 taken from "未收到投诉" without a survey. */
    SATISFACTION_WITHOUT_SURVEY("满意度缺少调查依据"),
    /** A 效益 indicator that counts activities rather than their effect. */
    BENEFIT_COUNTS_ACTIVITIES("效益指标只统计活动"),
    /** A deadline claimed met that a date elsewhere in the report contradicts. */
    DEADLINE_CONTRADICTED("完成时间前后矛盾");

    private final String title;

    FindingCode(String title) {
        this.title = title;
    }

    /** A short Chinese title for lists and filters. */
    public String title() {
        return title;
    }
}
