package jixiao.review;

import java.time.LocalDateTime;
import java.util.List;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.RecheckGap;
import jixiao.evaluation.RowKind;
import jixiao.scoring.Finding;
import jixiao.shared.Points;

/**
 * The reviewer's worksheet of one evaluation: every row of the official table with the unit's score (自评分), the
 * rules' (计算分) and its explanation, the row's findings, and the 复核 recorded so far; the three totals with the
 * gap; the deduction scale in force; the comments; the findings by their Chinese category.
 *
 * @param claimedTotal the unit's total, or null where it wrote none
 * @param recheckTotal the recorded 复核分, or null where none is recorded
 * @param version the recorded 复核's version (0: none yet), which a save must name
 * @param stale whether the evaluation changed since the 复核 was recorded (its rows no longer match)
 * @param editable whether this reviewer may record the 复核 now (the evaluation is with the bureau)
 */
public record Worksheet(
        EvaluationRow row,
        List<Line> lines,
        Points claimedTotal,
        Points computedTotal,
        Points recheckTotal,
        RecheckGap gap,
        DeductionScale scale,
        List<Comment> comments,
        List<FindingGroup> findings,
        int version,
        String recordedBy,
        LocalDateTime recordedAt,
        boolean stale,
        boolean editable) {

    public Worksheet {
        lines = List.copyOf(lines);
        comments = List.copyOf(comments);
        findings = List.copyOf(findings);
    }

    /** 自评 − 复核 in points, or null until both are known. */
    public Points gapPoints() {
        return gap.gap() == null ? null : Points.of(gap.gap());
    }

    /** The comments on one row. */
    public List<Comment> commentsOn(Line line) {
        return comments.stream()
                .filter(c -> c.kind() == line.kind() && c.index() == line.index())
                .toList();
    }

    /**
     * One row of the table.
     *
     * @param group the 一级指标 (or the framework's area), or null
     * @param subgroup the 二级指标, or null
     * @param target the 年度指标值, or null
     * @param actual the 实际完成值, or null
     * @param claimed the unit's score, or null where it wrote none
     * @param recorded the 复核 recorded for the row, or null
     */
    public record Line(
            RowKind kind,
            int index,
            String group,
            String subgroup,
            String label,
            String target,
            String actual,
            Points weight,
            Points claimed,
            Points computed,
            String explanation,
            List<Finding> findings,
            RecordedScore recorded) {

        public Line {
            findings = List.copyOf(findings);
        }

        /** What the row's input shows: the recorded 复核分, else the computed score. */
        public Points prefilled() {
            return recorded == null ? computed : recorded.score();
        }

        /** Whether the recorded 复核分 differs from the computed score. */
        public boolean changed() {
            return recorded != null && recorded.score().compareTo(computed) != 0;
        }
    }

    /** The findings of one Chinese category (得分与规则不符 …), errors first. */
    public record FindingGroup(String category, List<Finding> findings) {
        public FindingGroup {
            findings = List.copyOf(findings);
        }
    }
}
