package jixiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jixiao.shared.Points;

/**
 * The finance bureau's 复核 of a unit's evaluations, as far as one is recorded: its own score per indicator (and for
 * the 预算执行率) with the deduction reason from the published deduction scale and a note, the reviewer's opinion
 * (审核意见), who reviewed and when. Every part may be absent: {@link #NONE} is a review opinion from the findings
 * alone (the command line has no bureau data).
 *
 * @param opinion the reviewer's 审核意见, or null
 * @param reviewer who reviewed, or null
 * @param date when, or null
 */
public record Recheck(List<Score> scores, List<ItemScore> items, String opinion, String reviewer, LocalDate date) {

    /** Nothing recorded. */
    public static final Recheck NONE = new Recheck(List.of(), null, null, null);

    public Recheck {
        scores = scores == null ? List.of() : List.copyOf(scores);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A 复核 of projects only. */
    public Recheck(List<Score> scores, String opinion, String reviewer, LocalDate date) {
        this(scores, List.of(), opinion, reviewer, date);
    }

    /** Whether anything of a 复核 is recorded. */
    public boolean isEmpty() {
        return scores.isEmpty() && items.isEmpty() && opinion == null && reviewer == null && date == null;
    }

    /** The recorded 复核分 of the 部门（单位）整体自评's item at a position of its framework, or null. */
    ItemScore ofItem(int position) {
        for (ItemScore item : items) {
            if (item.position() == position) {
                return item;
            }
        }
        return null;
    }

    /**
     * One 复核分 of an item of the 部门（单位）整体自评.
     *
     * @param position the item's position in the framework (from 0)
     * @param deductionReason the reason from the deduction scale, or null
     * @param note the reviewer's free text, or null
     */
    public record ItemScore(int position, Points score, String deductionReason, String note) {
        public ItemScore {
            Objects.requireNonNull(score, "score");
            if (position < 0) {
                throw new IllegalArgumentException("item position must not be negative: " + position);
            }
        }
    }

    /** The recorded 复核分 of an indicator of a project (by its position in the table), or null. */
    Score of(String project, Integer indicator) {
        for (Score score : scores) {
            if (score.project().equals(project) && Objects.equals(score.indicator(), indicator)) {
                return score;
            }
        }
        return null;
    }

    /** Whether any 复核分 is recorded for the project. */
    boolean covers(String project) {
        return scores.stream().anyMatch(score -> score.project().equals(project));
    }

    /**
     * One 复核分.
     *
     * @param project the project's name as in its 自评表
     * @param indicator the indicator's position in the project's table (from 0), or null for the 预算执行率
     * @param deductionReason the reason from the deduction scale ("指标值无法衡量，扣 30%"), or null
     * @param note the reviewer's free text, or null
     */
    public record Score(String project, Integer indicator, Points score, String deductionReason, String note) {
        public Score {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(score, "score");
            if (indicator != null && indicator < 0) {
                throw new IllegalArgumentException("indicator position must not be negative: " + indicator);
            }
        }

        /** The 复核分 of the indicator at {@code position} of the project's table. */
        public static Score ofIndicator(
                String project, int position, Points score, String deductionReason, String note) {
            return new Score(project, position, score, deductionReason, note);
        }

        /** The 复核分 of the project's 预算执行率. */
        public static Score ofExecution(String project, Points score, String deductionReason, String note) {
            return new Score(project, null, score, deductionReason, note);
        }
    }
}
