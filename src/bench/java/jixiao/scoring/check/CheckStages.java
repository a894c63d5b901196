package jixiao.scoring.check;

import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.ScoringContext;

/** The parts of {@link Checks#project}, one at a time, for jixiao.bench.Breakdown. */
public final class CheckStages {
    private CheckStages() {}

    public static int table(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            ScoringContext context) {
        List<Finding> out = new ArrayList<>();
        ProjectChecks.check(project, rows, execution, TableClaims.of(project, rows), context, out);
        return out.size();
    }

    public static int indicators(
            ProjectSelfEvaluation project, List<IndicatorAssessment> rows, ScoringContext context) {
        List<Finding> out = new ArrayList<>();
        TableClaims claims = TableClaims.of(project, rows);
        for (int i = 0; i < rows.size(); i++) {
            IndicatorChecks.check(project.name(), rows.get(i), claims.row(i), context.rules(), out);
        }
        return out.size();
    }

    public static int narrative(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            ScoringContext context) {
        List<Finding> out = new ArrayList<>();
        NarrativeChecks.check(project, rows, execution, TableClaims.of(project, rows), context.moneyUnit(), out);
        return out.size();
    }
}
