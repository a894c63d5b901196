package jixiao.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A stored 自评表 as lists show it: its scores of the last assessment, without the document and the frozen rule set
 * (a finance bureau's list holds every unit's evaluations of every year, and reading their documents would make it
 * slow; open one with {@link EvaluationRow}), with the figures lists show ({@link ListFigures}) and the finance
 * bureau's 复核分 where it rechecked the evaluation.
 */
public record EvaluationSummary(
        long id,
        EvaluationKind kind,
        long unitId,
        String unitName,
        long regionId,
        int fiscalYear,
        String name,
        EvaluationStatus status,
        int version,
        BigDecimal total,
        String grade,
        int errors,
        int warnings,
        LocalDateTime updatedAt,
        String updatedBy,
        ListFigures figures,
        BigDecimal recheckTotal) {

    public EvaluationSummary {
        figures = figures == null ? ListFigures.NONE : figures;
    }
}
