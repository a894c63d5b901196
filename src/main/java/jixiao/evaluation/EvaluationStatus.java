package jixiao.evaluation;

import java.util.Optional;

/** The workflow of a 自评表: 草稿 → 已提交 → 单位已审核 → 已审核, or 退回 (with a reason) back to editing. */
public enum EvaluationStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    UNIT_APPROVED("单位已审核"),
    RETURNED("退回"),
    APPROVED("已审核");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The state a label names. The history keeps a workflow move as the labels of the time ({@link
     * EvaluationChange#STATUS}), so a page reads them back to say them in the user's language.
     */
    public static Optional<EvaluationStatus> labelled(String label) {
        for (EvaluationStatus status : values()) {
            if (status.label.equals(label)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /**
     * The SQL condition (on an evaluation aliased {@code e}) of what a unit sent to its finance bureau: 单位已审核 and
     * 已审核, and 退回 where the bureau returned it itself. A unit's drafts and its own working states are the unit's;
     * the bureau's lists show only these.
     */
    public static String sentToBureau(String e) {
        return "(" + e + ".status IN ('UNIT_APPROVED', 'APPROVED') OR (" + e + ".status = 'RETURNED' AND " + e
                + ".returned_by_bureau = TRUE))";
    }

    /** Only drafts and returned evaluations can be changed; a submitted one is frozen. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
