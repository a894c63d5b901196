package jixiao.evaluation;

import java.time.LocalDateTime;

/**
 * Something done to a stored evaluation, published in the transaction that did it, so that whoever keeps a record of
 * such acts (the audit trail) keeps exactly those that were committed.
 *
 * @param detail what the act was about, in words (the reason of a return, the finding explained…); may be null
 */
public record EvaluationEvent(
        Action action,
        long evaluationId,
        EvaluationKind kind,
        long unitId,
        int fiscalYear,
        String name,
        String by,
        LocalDateTime at,
        String detail) {

    /** The acts on an evaluation. */
    public enum Action {
        CREATED,
        DELETED,
        IMPORTED,
        SAVED,
        EXPLAINED,
        SUBMITTED,
        UNIT_APPROVED,
        APPROVED,
        RETURNED,
        /** the finance bureau recorded its 复核 */
        RECHECKED,
        /** the finance bureau commented on a row */
        COMMENTED,
        /** a file was attached as 佐证材料 */
        EVIDENCE_ATTACHED,
        /** an attached file was removed */
        EVIDENCE_REMOVED
    }

    static EvaluationEvent of(Action action, EvaluationRow row, String by, LocalDateTime at, String detail) {
        return new EvaluationEvent(
                action, row.id(), row.kind(), row.unitId(), row.fiscalYear(), row.name(), by, at, detail);
    }
}
