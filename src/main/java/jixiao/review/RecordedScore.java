package jixiao.review;

import java.math.BigDecimal;
import jixiao.evaluation.RowKind;
import jixiao.shared.Points;

/**
 * One row of a recorded 复核: the row as it was (label, weight, the rules' score), the 复核分, and the deduction as the
 * scale read when it was taken (so that a later edit of the scale changes no recorded 复核), with the reviewer's note.
 *
 * @param deductionCode the scale entry, or null where the 复核分 is the computed score
 * @param deducted the points the entry deducted, or null
 * @param note the reviewer's note, or null
 */
public record RecordedScore(
        RowKind kind,
        int index,
        String label,
        Points weight,
        Points computed,
        Points score,
        String deductionCode,
        String deductionSituation,
        BigDecimal deductionShare,
        BigDecimal deductionPoints,
        Points deducted,
        String note) {

    /** Whether the row carries anything beyond the computed score: a deduction or a note. */
    public boolean isRemarked() {
        return deductionCode != null || (note != null && !note.isBlank());
    }

    /** The deduction as the 审核意见书 prints it: "指标值无法衡量（扣该项分值的 30%）", or null. */
    public String deductionText() {
        if (deductionCode == null) {
            return null;
        }
        DeductionEntry entry = new DeductionEntry(
                deductionCode, DeductionEntry.AppliesTo.ANY, deductionSituation, deductionShare, deductionPoints, null);
        return deductionSituation + "（" + entry.rule() + "）";
    }
}
