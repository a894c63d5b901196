package jixiao.report.xlsx;

/**
 * The label texts of the 项目支出绩效自评表: the writer prints them and the reader finds the blocks by them, so that both
 * agree by construction.
 */
final class Labels {
    static final String TITLE = "项目支出绩效自评表";
    static final String PROJECT_NAME = "项目名称";
    static final String COMPETENT_DEPARTMENT = "主管部门及代码";
    static final String IMPLEMENTING_UNIT = "实施单位";
    static final String FILLED_BY = "填表人及联系方式";
    static final String FUNDS = "项目资金";
    static final String INITIAL_BUDGET = "年初预算数";
    static final String ANNUAL_BUDGET = "全年预算数";
    static final String EXECUTED = "全年执行数";
    static final String WEIGHT = "分值";
    static final String EXECUTION_RATE = "执行率";
    static final String SCORE = "得分";
    static final String TOTAL_FUNDS = "年度资金总额";
    static final String FISCAL_APPROPRIATION = "当年财政拨款";
    static final String FISCAL_APPROPRIATION_ROW = "其中：当年财政拨款";
    static final String CARRY_OVER = "上年结转资金";
    static final String OTHER_FUNDS = "其他资金";
    static final String GOALS = "年度总体目标";
    static final String EXPECTED = "预期目标";
    static final String ACHIEVED = "实际完成情况";
    static final String INDICATORS = "绩效指标";
    static final String LEVEL1 = "一级指标";
    static final String LEVEL2 = "二级指标";
    static final String LEVEL3 = "三级指标";
    static final String TARGET = "年度指标值";
    static final String ACTUAL = "实际完成值";
    static final String DEVIATION_REASON = "偏差原因分析及改进措施";
    static final String DEVIATION_REASON_STEM = "偏差原因";
    static final String TOTAL = "总分";
    static final String NOTES = "注：";

    /** The columns this system adds to the right of the official table, so that nothing is hidden. */
    static final String CLAIMED_SCORE = "填报得分";

    static final String CLAIMED_RATE = "填报执行率";
    static final String EXPLANATION = "计算说明";
    /** The rule's score, beside the official form (outside its print area). */
    static final String COMPUTED_SCORE = "计算得分";
    /** The 执行率 computed from the amounts, beside the official form. */
    static final String COMPUTED_RATE = "计算执行率";

    static final String SUMMARY_SHEET = "汇总";
    static final String FINDINGS_SHEET = "问题清单";
    static final String DATA_SHEET = "报告数据";

    private Labels() {}
}
