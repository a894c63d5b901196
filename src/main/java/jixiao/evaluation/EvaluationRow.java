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
        String reviewOpinion,
        boolean returnedByBureau) {

    /** A row of the scores a list shows and the stored texts. */
    public static EvaluationRow of(
            EvaluationSummary s,
            String document,
            String frozenRuleSet,
            String frozenFramework,
            String returnReason,
            String reviewOpinion,
            boolean returnedByBureau) {
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
                reviewOpinion,
                returnedByBureau);
    }

    /**
     * Whether the unit sent it to its finance bureau (单位已审核, 已审核, or 退回 by the bureau itself): what the bureau
     * sees, as {@link EvaluationStatus#sentToBureau(String)} says in SQL for its lists.
     */
    public boolean sentToBureau() {
        return switch (status) {
            case UNIT_APPROVED, APPROVED -> true;
            case RETURNED -> returnedByBureau;
            case DRAFT, SUBMITTED -> false;
        };
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
