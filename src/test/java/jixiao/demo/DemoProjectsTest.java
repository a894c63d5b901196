package jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.demo.DemoRegion.Project;
import jixiao.demo.DemoRegion.Unit;
import jixiao.scoring.Finding;
import jixiao.scoring.Grade;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import org.junit.jupiter.api.Test;

/**
 * The demo region's projects are what a bureau meets: those its units send claim what the rules give (no error to
 * explain, so they can be sent), those that claim full marks regardless carry the errors a reviewer finds, and the
 * totals spread over the grades.
 */
class DemoProjectsTest {

    private final SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());

    @Test
    void aProjectThatClaimsWhatTheRulesGiveHasNoErrorAndOneThatClaimsFullMarksHasErrors() {
        for (Unit unit : DemoRegion.UNITS) {
            List<DemoProjects.Plan> plans =
                    unit.thisYear().stream().map(Project::plan).toList();
            if (plans.isEmpty()) {
                continue;
            }
            ReportAssessment assessed = checker.assess(DemoProjects.report(unit.name(), DemoRegion.YEAR, plans));
            for (int i = 0; i < plans.size(); i++) {
                ProjectAssessment project = assessed.projects().get(i);
                List<Finding> errors =
                        project.findings().stream().filter(Finding::isError).toList();
                if (plans.get(i).claimsFull()) {
                    assertThat(errors).as(plans.get(i).name()).isNotEmpty();
                } else {
                    assertThat(errors).as(plans.get(i).name()).isEmpty();
                    assertThat(project.project().claimed().total())
                            .as(plans.get(i).name())
                            .isEqualByComparingTo(project.total().value());
                }
            }
        }
    }

    @Test
    void theProjectsSentToTheBureauSpreadOverAtLeastThreeGrades() {
        Set<Grade> grades = DemoRegion.UNITS.stream()
                .filter(unit -> !unit.thisYear().isEmpty())
                .flatMap(unit -> checker
                        .assess(DemoProjects.report(
                                unit.name(),
                                DemoRegion.YEAR,
                                unit.thisYear().stream().map(Project::plan).toList()))
                        .projects()
                        .stream())
                .map(ProjectAssessment::grade)
                .collect(Collectors.toSet());
        assertThat(grades).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void lastYearsProjectsReadAndScoreWithoutErrors() {
        for (Unit unit : DemoRegion.UNITS) {
            if (unit.lastYear().isEmpty()) {
                continue;
            }
            SelfEvaluationReport report = DemoProjects.report(unit.name(), DemoRegion.YEAR - 1, unit.lastYear());
            assertThat(report.fiscalYear()).isEqualTo(DemoRegion.YEAR - 1);
            assertThat(checker.assess(report).projects())
                    .allSatisfy(p ->
                            assertThat(p.hasErrors()).as(p.project().name()).isFalse());
        }
    }
}
