package jixiao.evaluation;

/**
 * Which row of an evaluation's table something is about (a 复核 score, a comment, a 整改事项): an indicator of a
 * project's 自评表 (by its position), the project's 预算执行率, or an item of the 部门（单位）整体自评's framework (by
 * its position).
 */
public enum RowKind {
    INDICATOR,
    EXECUTION,
    ITEM;

    /** The kind a form names, or null for a value that names none. */
    public static RowKind named(String name) {
        return java.util.Arrays.stream(values())
                .filter(kind -> kind.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** The kind of evaluation whose rows these are. */
    public EvaluationKind of() {
        return this == ITEM ? EvaluationKind.UNIT : EvaluationKind.PROJECT;
    }
}
