package jixiao.scoring.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jixiao.scoring.Check;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.Note;
import jixiao.scoring.rule.ScoringContext;
import org.jspecify.annotations.Nullable;

/**
 * Runs the checks of the {@link CheckCatalogue} as one rule set has them: the checks it switched off are left out, and
 * each finding gets the severity the rule set gives its check.
 */
public final class Checks {
    private final RuleSet rules;
    private final InForce<ProjectCheck>[] table;
    private final InForce<RowCheck>[] rows;
    private final InForce<ProjectCheck>[] narrative;
    private final InForce<ReportCheck>[] acrossProjects;
    private final InForce<UnitCheck>[] unit;
    /** The severity of each note check switched on; a note of a check switched off is left out. */
    private final Map<Check, Severity> rowNotes = new IdentityHashMap<>();

    /** A check as the rule set has it: its body and the severity of its findings. */
    private record InForce<C>(C body, Check check, Severity severity) {}

    public Checks(RuleSet rules) {
        this.rules = rules;
        this.table = inForce(CheckCatalogue.TABLE, ProjectCheck::check);
        this.rows = inForce(CheckCatalogue.ROWS, RowCheck::check);
        this.narrative = inForce(CheckCatalogue.NARRATIVE, ProjectCheck::check);
        this.acrossProjects = inForce(CheckCatalogue.ACROSS_PROJECTS, ReportCheck::check);
        this.unit = inForce(CheckCatalogue.UNIT, UnitCheck::check);
        for (Check note : CheckCatalogue.ROW_NOTES) {
            if (rules.isOn(note)) {
                rowNotes.put(note, rules.severityOf(note));
            }
        }
    }

    // arrays, walked by index: the checks of a row run ten times a project, and an iterator each time is garbage
    @SuppressWarnings("unchecked")
    private <C> InForce<C>[] inForce(List<C> checks, Function<C, Check> check) {
        List<InForce<C>> kept = new ArrayList<>(checks.size());
        for (C body : checks) {
            Check c = check.apply(body);
            if (rules.isOn(c)) {
                kept.add(new InForce<>(body, c, rules.severityOf(c)));
            }
        }
        return kept.toArray(new InForce[0]);
    }

    /** The findings about one project's table, rows and narrative, in a new list the caller may add to. */
    public List<Finding> project(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> scored,
            ExecutionScore execution,
            ScoringContext context) {
        return project(project, scored, execution, List.of(), context);
    }

    /**
     * The same, with what the rules noted of the table as a whole while scoring it (weights the rule set gave, where
     * the weights of rows left out as 不适用 went, a total capped by the 执行率).
     */
    public List<Finding> project(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> scored,
            ExecutionScore execution,
            List<Note> notes,
            ScoringContext context) {
        ProjectTable projectTable = new ProjectTable(project, scored, execution, notes, context);
        Findings out = new Findings(new ArrayList<>());
        run(table, projectTable, out);
        for (int i = 0; i < scored.size(); i++) {
            Row row = projectTable.row(i);
            placeNotes(row, out);
            for (int k = 0; k < rows.length; k++) {
                out.checking(rows[k].check(), rows[k].severity());
                rows[k].body().run(row, out);
            }
        }
        run(narrative, projectTable, out);
        return out.list();
    }

    private static void run(InForce<ProjectCheck>[] checks, ProjectTable table, Findings out) {
        for (int k = 0; k < checks.length; k++) {
            out.checking(checks[k].check(), checks[k].severity());
            checks[k].body().run(table, out);
        }
    }

    /** What the scorer noted about the row's values, in the order it noted them. */
    private void placeNotes(Row row, Findings out) {
        List<Note> notes = row.score().notes();
        for (int i = 0; i < notes.size(); i++) { // by index: most rows have no note, and no iterator is made
            Note note = notes.get(i);
            Severity severity = rowNotes.get(note.check());
            if (severity != null) {
                out.checking(note.check(), severity);
                out.place(row.at(), note);
            }
        }
    }

    /** Findings across projects, each added to the list of the project (by index) it is about. */
    public void acrossProjects(List<ProjectSelfEvaluation> projects, List<List<Finding>> byProject) {
        List<Findings> outs = new ArrayList<>(byProject.size());
        for (List<Finding> list : byProject) {
            outs.add(new Findings(list));
        }
        for (InForce<ReportCheck> check : acrossProjects) {
            for (Findings out : outs) {
                out.checking(check.check(), check.severity());
            }
            check.body().run(projects, outs);
        }
    }

    /**
     * Whole-unit findings: the report as a whole and its 部门（单位）整体自评 (against the figures, the project tables and,
     * where it was scored, its framework).
     */
    public List<Finding> unit(SelfEvaluationReport report, @Nullable UnitAssessment assessment) {
        WholeUnit whole = new WholeUnit(report, assessment, rules);
        Findings out = new Findings(new ArrayList<>());
        for (InForce<UnitCheck> check : unit) {
            out.checking(check.check(), check.severity());
            check.body().run(whole, out);
        }
        return out.list();
    }
}
