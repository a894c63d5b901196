package jixiao.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole 自评报告 checked: each project's assessment and the whole-unit findings (those across projects and
 * about the 部门（单位）整体自评), all scored with one rule set; {@code department} is the 部门（单位）整体自评 scored by
 * its framework, or null where the report has none (as {@link SelfEvaluationReport#department()}).
 */
public record ReportAssessment(
        RuleSet ruleSet,
        List<ProjectAssessment> projects,
        List<Finding> unitFindings,
        @Nullable UnitAssessment department) {
    public ReportAssessment {
        projects = List.copyOf(projects);
        unitFindings = List.copyOf(unitFindings);
    }

    /** A report without a 部门（单位）整体自评. */
    public ReportAssessment(RuleSet ruleSet, List<ProjectAssessment> projects, List<Finding> unitFindings) {
        this(ruleSet, projects, unitFindings, null);
    }

    /** Every finding: the projects' in report order, then the whole-unit ones. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (ProjectAssessment project : projects) {
            all.addAll(project.findings());
        }
        all.addAll(unitFindings);
        return all;
    }

    public boolean hasErrors() {
        return findings().stream().anyMatch(Finding::isError);
    }
}
