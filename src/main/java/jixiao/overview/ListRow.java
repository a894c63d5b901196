package jixiao.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.RecheckGap;
import jixiao.scoring.Grade;
import jixiao.scoring.UnitAssessment;

/**
 * One row of a list, read without its document: the evaluation's kind, unit, year and state, its money in 元, its
 * execution rate (a fraction), 自评分 (claimed), 计算分 (the rules'), 复核分 (the bureau's) with the gap between 自评
 * and 复核, its grade and the errors the unit has not explained.
 */
public record ListRow(
        long id,
        EvaluationKind kind,
        long unitId,
        String unitName,
        int fiscalYear,
        String name,
        EvaluationStatus status,
        BigDecimal budget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal claimedTotal,
        BigDecimal total,
        BigDecimal recheckTotal,
        RecheckGap gap,
        String grade,
        int errors,
        int warnings,
        int unresolved,
        LocalDateTime updatedAt) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** 全年预算数 in 万元, as the 自评表 prints money. */
    public BigDecimal budgetInTenThousands() {
        return tenThousands(budget);
    }

    /** 全年执行数 in 万元. */
    public BigDecimal executedInTenThousands() {
        return tenThousands(executed);
    }

    /** The execution rate in percent, two decimals. */
    public BigDecimal executionPercent() {
        return executionRate == null ? null : executionRate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The grade's code (EXCELLENT … POOR, INCOMPLETE for a whole-unit total not yet complete), which pages say in the
     * user's language; null where there is none (the report's texts).
     */
    public String gradeCode() {
        return gradeCodeOf(grade);
    }

    /** The code of a grade as stored (its label: 优, 未完成评分 …). */
    public static String gradeCodeOf(String label) {
        if (label == null) {
            return null;
        }
        if (label.equals(UnitAssessment.INCOMPLETE)) {
            return "INCOMPLETE";
        }
        for (Grade grade : Grade.values()) {
            if (grade.label().equals(label)) {
                return grade.name();
            }
        }
        return null;
    }

    private static BigDecimal tenThousands(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }
}
