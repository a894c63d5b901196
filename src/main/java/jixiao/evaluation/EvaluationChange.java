package jixiao.evaluation;

import java.time.LocalDateTime;

/** One changed field: who, when, the old and the new value. */
public record EvaluationChange(LocalDateTime at, String by, String field, String oldValue, String newValue) {

    /**
     * The field a workflow move is recorded under, with the states' labels (草稿, 已提交 …) as old and new value; rows
     * of existing databases hold these, and the API shows them as stored.
     */
    public static final String STATUS = "状态";

    /** The field the reason of a return is recorded under. */
    public static final String RETURN_REASON = "退回原因";

    /** The field the finance bureau's 审核意见 is recorded under. */
    public static final String REVIEW_OPINION = "审核意见";

    /** The field an import is recorded under, with the evaluation's name as the new value. */
    public static final String IMPORTED = "导入";

    /** The field a row of the finance bureau's 复核 is recorded under: the row and its old and new 复核分. */
    public static final String RECHECK = "复核";

    /** The field a reviewer's comment on a row is recorded under: the row as old value, the comment as new. */
    public static final String REVIEW_COMMENT = "审核批注";

    /** The field an explanation is recorded under: the finding as old value, the explanation as new. */
    public static final String EXPLANATION = "问题说明";

    /** The field a creation in the browser is recorded under, with the evaluation's name as the new value. */
    public static final String CREATED = "创建";

    /**
     * The field the clerk's choice of the computed scores (采用计算得分) is recorded under, with the rows it was made
     * for as the new value; the scores themselves are recorded as the changed fields of the same save.
     */
    public static final String ADOPTED = "采用计算得分";

    /**
     * The field an attached file (佐证材料) is recorded under: its name and where it is attached as the new value when
     * attached, as the old value when removed.
     */
    public static final String EVIDENCE = "佐证材料";
}
