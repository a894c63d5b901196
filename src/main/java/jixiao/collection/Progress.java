package jixiao.collection;

/**
 * Where a unit stands in a collection round, by its evaluations of the year (each of its projects, its 部门（单位）整体
 * 自评 and its report's texts): 未开始 without any; otherwise the least advanced of them, a return first, since it
 * asks the unit for work: 退回, 草稿, 已提交, 单位已审核, and 已审核 only when every one is approved.
 */
public enum Progress {
    NOT_STARTED,
    RETURNED,
    DRAFT,
    SUBMITTED,
    UNIT_APPROVED,
    APPROVED
}
