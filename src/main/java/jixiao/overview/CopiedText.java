package jixiao.overview;

import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;

/**
 * A text of one evaluation found again in another's: which text (GOAL 年度总体目标, ANALYSIS 自评分析, INDICATORS the
 * indicator table), the other evaluation with its unit and year, and how much of the text it holds.
 *
 * @param share the percentage of the evaluation's text (100: the whole text)
 * @param excerpt the beginning of what was copied
 */
public record CopiedText(
        long evaluationId,
        String name,
        String unitName,
        int fiscalYear,
        long otherId,
        EvaluationKind otherKind,
        String otherName,
        String otherUnit,
        int otherYear,
        EvaluationStatus otherStatus,
        String field,
        int share,
        String excerpt) {

    /** Whether the other is the same unit's evaluation of another year (its own text carried over). */
    public boolean sameUnit() {
        return unitName.equals(otherUnit);
    }
}
