package jixiao.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.RowKind;

/**
 * 整改事项: a problem the finance bureau asks a unit to put right, opened from a finding, a 复核 deduction or a
 * reviewer's comment, on an evaluation (and a row of it, or the whole evaluation), with what is to be done and a
 * deadline. The unit answers with the measure taken; the bureau closes it or reopens it.
 *
 * @param rowKind the row it is about, or null for the whole evaluation
 * @param sourceText what the finding, deduction or comment said when the item was opened
 */
public record Rectification(
        long id,
        long evaluationId,
        long unitId,
        String unitName,
        long regionId,
        int fiscalYear,
        EvaluationKind evaluationKind,
        String evaluationName,
        RowKind rowKind,
        Integer rowIndex,
        String rowLabel,
        Source source,
        String sourceText,
        String what,
        LocalDate deadline,
        Status status,
        int version,
        LocalDateTime openedAt,
        String openedBy,
        LocalDateTime updatedAt) {

    /** Where an item comes from. */
    public enum Source {
        /** a finding of the rules (its Chinese category and message) */
        FINDING,
        /** a deduction of the bureau's 复核 */
        DEDUCTION,
        /** a reviewer's comment on a row */
        COMMENT
    }

    /** 待整改 → 已反馈 (the unit answered) → 已销号 (the bureau closed it); reopening makes it 待整改 again. */
    public enum Status {
        OPEN,
        ANSWERED,
        CLOSED
    }

    /** Overdue: still waiting for the unit's answer after its deadline. */
    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && deadline.isBefore(today);
    }

    /**
     * One step of an item, as its history shows it.
     *
     * @param text the measure taken (ANSWERED), the reason (REOPENED, CLOSED) or what is to be done (OPENED)
     * @param deadline the deadline set by this step (OPENED, REOPENED), or null
     */
    public record Step(long id, Action action, String text, LocalDate deadline, LocalDateTime at, String by) {}

    /** What a step did. */
    public enum Action {
        OPENED,
        ANSWERED,
        CLOSED,
        REOPENED
    }
}
