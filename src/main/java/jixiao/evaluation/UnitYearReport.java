package jixiao.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jixiao.report.AnnexedEvidence;
import jixiao.report.Edition;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;

/**
 * A unit's 自评表 of one year as one 自评报告, with its assessment: what the documents are generated from.
 *
 * @param explanations the unit's explanation of each finding it explained
 * @param date today, in Asia/Shanghai: the date the documents carry
 * @param evidence the files attached to the evaluations, which the report's 附件 lists
 */
public record UnitYearReport(
        SelfEvaluationReport report,
        ReportAssessment assessment,
        Map<Finding, String> explanations,
        LocalDate date,
        List<AnnexedEvidence> evidence) {
    public UnitYearReport {
        explanations = Map.copyOf(explanations);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The 自评报告's date and draft mark: an error finding the unit explained is resolved, one it did not is not. */
    public Edition edition() {
        int unresolved = (int) assessment.findings().stream()
                .filter(Finding::isError)
                .filter(finding -> !explanations.containsKey(finding))
                .count();
        return new Edition(date, unresolved, evidence);
    }
}
