package jixiao.report.xlsx;

import java.math.BigDecimal;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.Severity;
import jixiao.scoring.rule.ExecutionScore;

/**
 * One row of the 汇总 sheet: a project's 全年预算数 and 全年执行数 (in the sheet's money unit), 执行率 (a fraction), 得分 (the
 * rule's), 等级 and its numbers of errors and warnings; with the 预算单位 where the sheet covers a region.
 */
public record SummaryRow(
        String unitName,
        String projectName,
        BigDecimal budget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal total,
        String grade,
        long errors,
        long warnings) {

    /** A project as assessed. */
    public static SummaryRow of(ProjectAssessment assessment) {
        ExecutionScore execution = assessment.execution();
        long errors = 0;
        long warnings = 0;
        for (Finding finding : assessment.findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new SummaryRow(
                null,
                assessment.project().name(),
                execution.budget(),
                execution.executed(),
                execution.rate() == null ? null : execution.rate().value(),
                assessment.total().value(),
                assessment.grade().label(),
                errors,
                warnings);
    }
}
