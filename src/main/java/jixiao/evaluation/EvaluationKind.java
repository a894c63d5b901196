package jixiao.evaluation;

/** What a stored evaluation is: one 项目支出绩效自评表, or the unit's 部门（单位）整体自评 of a year. */
public enum EvaluationKind {
    PROJECT,
    UNIT
}
