package jixiao.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A stored 自评表 with the scores of its last assessment (for lists and dashboards). */
public record EvaluationRow(
        long id,
        EvaluationKind kind,
        long unitId,
        String unitName,
        long regionId,
        int fiscalYear,
        String name,
        EvaluationStatus status,
        String document,
        int version,
        BigDecimal total,
        String grade,
        int errors,
        int warnings,
        String frozenRuleSet,
        String frozenFramework,
        String returnReason,
        LocalDateTime updatedAt,
        String updatedBy,
        ListFigures figures,
        BigDecimal recheckTotal,
        String reviewOpinion) {

    /** A row of the scores a list shows and the stored texts. */
    public static EvaluationRow of(
            EvaluationSummary s,
            String document,
            String frozenRuleSet,
            String frozenFramework,
            String returnReason,
            String reviewOpinion) {
        return new EvaluationRow(
                s.id(),
                s.kind(),
                s.unitId(),
                s.unitName(),
                s.regionId(),
                s.fiscalYear(),
                s.name(),
                s.status(),
                document,
                s.version(),
                s.total(),
                s.grade(),
                s.errors(),
                s.warnings(),
                frozenRuleSet,
                frozenFramework,
                returnReason,
                s.updatedAt(),
                s.updatedBy(),
                s.figures(),
                s.recheckTotal(),
                reviewOpinion);
    }

    /** The row as lists show it. */
    public EvaluationSummary summary() {
        return new EvaluationSummary(
                id,
                kind,
                unitId,
                unitName,
                regionId,
                fiscalYear,
                name,
                status,
                version,
                total,
                grade,
                errors,
                warnings,
                updatedAt,
                updatedBy,
                figures,
                recheckTotal);
    }
}
