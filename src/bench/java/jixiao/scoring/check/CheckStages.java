package jixiao.scoring.check;

import java.util.ArrayList;
import java.util.List;
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
        ProjectTable table = new ProjectTable(project, rows, execution, java.util.List.of(), context);
        Findings out = new Findings(new ArrayList<>());
        for (ProjectCheck check : CheckCatalogue.TABLE) {
            out.checking(check.check(), check.check().severity());
            check.run(table, out);
        }
        return out.list().size();
    }

    public static int indicators(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            ScoringContext context) {
        ProjectTable table = new ProjectTable(project, rows, execution, java.util.List.of(), context);
        Findings out = new Findings(new ArrayList<>());
        for (int i = 0; i < rows.size(); i++) {
            Row row = table.row(i);
            for (jixiao.scoring.rule.Note note : row.score().notes()) {
                out.checking(note.check(), note.severity());
                out.place(row.at(), note);
            }
            for (RowCheck check : CheckCatalogue.ROWS) {
                out.checking(check.check(), check.check().severity());
                check.run(row, out);
            }
        }
        return out.list().size();
    }

    public static int narrative(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            ScoringContext context) {
        ProjectTable table = new ProjectTable(project, rows, execution, java.util.List.of(), context);
        Findings out = new Findings(new ArrayList<>());
        for (ProjectCheck check : CheckCatalogue.NARRATIVE) {
            out.checking(check.check(), check.check().severity());
            check.run(table, out);
        }
        return out.list().size();
    }
}
