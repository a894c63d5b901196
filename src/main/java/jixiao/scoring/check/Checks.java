package jixiao.scoring.check;

import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.ScoringContext;

/**
 * Runs the checks of the {@link CheckCatalogue} as one rule set has them: the checks it switched off are left out, and
 * each finding gets the severity the rule set gives its check.
 */
public final class Checks {
    private final RuleSet rules;
    private final List<InForce<ProjectCheck>> table;
    private final List<InForce<RowCheck>> rows;
    private final List<InForce<ProjectCheck>> narrative;
    private final List<InForce<ReportCheck>> acrossProjects;
    private final List<InForce<UnitCheck>> unit;

    /** A check as the rule set has it: its body and the severity of its findings. */
    private record InForce<C>(C body, Check check, Severity severity) {}

    public Checks(RuleSet rules) {
        this.rules = rules;
        this.table = inForce(CheckCatalogue.TABLE, ProjectCheck::check);
        this.rows = inForce(CheckCatalogue.ROWS, RowCheck::check);
        this.narrative = inForce(CheckCatalogue.NARRATIVE, ProjectCheck::check);
        this.acrossProjects = inForce(CheckCatalogue.ACROSS_PROJECTS, ReportCheck::check);
        this.unit = inForce(CheckCatalogue.UNIT, UnitCheck::check);
    }

    private <C> List<InForce<C>> inForce(List<C> checks, java.util.function.Function<C, Check> check) {
        List<InForce<C>> kept = new ArrayList<>(checks.size());
        for (C body : checks) {
            Check c = check.apply(body);
            kept.add(new InForce<>(body, c, c.severity()));
        }
        return List.copyOf(kept);
    }

    /** The findings about one project's table, rows and narrative, in a new list the caller may add to. */
    public List<Finding> project(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> scored,
            ExecutionScore execution,
            ScoringContext context) {
        ProjectTable projectTable = new ProjectTable(project, scored, execution, context);
        Findings out = new Findings(new ArrayList<>());
        for (InForce<ProjectCheck> check : table) {
            out.checking(check.check(), check.severity());
            check.body().run(projectTable, out);
        }
        for (int i = 0; i < scored.size(); i++) {
            Row row = projectTable.row(i);
            for (InForce<RowCheck> check : rows) {
                out.checking(check.check(), check.severity());
                check.body().run(row, out);
            }
        }
        for (InForce<ProjectCheck> check : narrative) {
            out.checking(check.check(), check.severity());
            check.body().run(projectTable, out);
        }
        return out.list();
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
    public List<Finding> unit(SelfEvaluationReport report, UnitAssessment assessment) {
        WholeUnit whole = new WholeUnit(report, assessment, rules);
        Findings out = new Findings(new ArrayList<>());
        for (InForce<UnitCheck> check : unit) {
            out.checking(check.check(), check.severity());
            check.body().run(whole, out);
        }
        return out.list();
    }
}
