package jixiao.evaluation;

/**
 * What a stored evaluation is: one 项目支出绩效自评表, the unit's 部门（单位）整体自评 of a year, or the texts of the
 * unit's 自评报告 of a year (notice, organisation, problems, improvements, other matters).
 */
public enum EvaluationKind {
    PROJECT,
    UNIT,
    REPORT;

    /** One per unit and year (the whole-unit evaluation and the report's texts), not one per project. */
    public boolean isOnePerYear() {
        return this != PROJECT;
    }
}
