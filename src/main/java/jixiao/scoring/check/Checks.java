package jixiao.scoring.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.ScoringContext;

/** Every check of domain.md §3, in the order a reviewer reads a report. */
public final class Checks {
    private Checks() {}

    /** The findings about one project's table and narrative, in a new list the caller may add to. */
    public static List<Finding> project(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            ScoringContext context) {
        List<Finding> out = new ArrayList<>();
        TableClaims claims = TableClaims.of(project, rows);
        ProjectChecks.check(project, rows, execution, claims, context, out);
        for (int i = 0; i < rows.size(); i++) {
            IndicatorChecks.check(project.name(), rows.get(i), claims.row(i), context.rules(), out);
        }
        NarrativeChecks.check(project, rows, execution, claims, context.moneyUnit(), out);
        return out;
    }

    /** Findings across projects, each added to the list of the project (by index) it is about. */
    public static void acrossProjects(List<ProjectSelfEvaluation> projects, List<List<Finding>> byProject) {
        GoalChecks.check(projects, byProject);
    }

    /**
     * Whole-unit findings: the 部门（单位）整体自评 (against the figures, the project tables and, where it was scored,
     * its framework) and the report as a whole.
     */
    public static List<Finding> unit(SelfEvaluationReport report, UnitAssessment unit, RuleSet rules) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (ProjectSelfEvaluation project : report.projects()) {
            if (names.merge(ChineseText.normalize(project.name()), 1, Integer::sum) == 2) {
                out.add(Locate.unit().warning(FindingCode.DUPLICATE_ITEM, "项目“" + project.name() + "”的自评表出现了不止一次"));
            }
        }
        DepartmentChecks.check(report, out);
        if (unit != null) {
            UnitFrameworkChecks.check(report.department(), unit, rules, out);
        }
        return out;
    }
}
