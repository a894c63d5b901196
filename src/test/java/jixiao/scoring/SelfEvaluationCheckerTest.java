package jixiao.scoring;

import static jixiao.scoring.ReportBuilder.project;
import static jixiao.scoring.ReportBuilder.report;
import static org.assertj.core.api.Assertions.assertThat;

import jixiao.shared.Points;
import org.junit.jupiter.api.Test;

class SelfEvaluationCheckerTest {

    private final SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());

    @Test
    void aCorrectTableScoresFullMarksWithoutFindings() {
        ReportAssessment assessment = checker.assess(
                report().project(project("培训项目").withStandardIndicators().claimedTotal("100"))
                        .build());

        ProjectAssessment project = assessment.projects().get(0);
        assertThat(project.total()).isEqualTo(Points.HUNDRED);
        assertThat(project.grade()).isEqualTo(Grade.EXCELLENT);
        // nothing wrong; a table with every indicator at full marks only gets the reviewers' notice to keep the proof
        assertThat(assessment.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.ALL_AT_FULL_MARKS))
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void anEmptyIndicatorListIsAnErrorNotACrash() {
        ReportAssessment assessment =
                checker.assess(report().project(project("空项目")).build());

        assertThat(assessment.hasErrors()).isTrue();
        assertThat(assessment.findings())
                .anySatisfy(f -> assertThat(f.message()).contains("没有绩效指标"));
        assertThat(assessment.projects().get(0).total()).isEqualTo(Points.of(10));
    }

    @Test
    void zeroTargetsAreScoredWithoutDividingByZero() {
        ReportAssessment assessment = checker.assess(report().project(project("零指标")
                        .indicator("产出指标", "数量指标", "事故数", "0起", "0起", "25", "25")
                        .indicator("产出指标", "数量指标", "投诉", "=0", "2", "25", "25")
                        .indicator("产出指标", "成本指标", "超支", "≤0", "5", "0", "0")
                        .indicator("效益指标", "社会效益指标", "效益", "≥0%", "0%", "30", "30")
                        .indicator("满意度指标", "满意度", "满意度", "0", "", "10", "10"))
                .build());

        ProjectAssessment project = assessment.projects().get(0);
        assertThat(project.indicators())
                .extracting(i -> i.computedScore().toString())
                .containsExactly("25", "0", "0", "30", "10");
        assertThat(assessment.findings())
                .anySatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.TARGET_MISSED_FULL_SCORE));
    }

    @Test
    void aWrongTotalAndAWrongExecutionScoreAreFound() {
        ReportAssessment assessment = checker.assess(report().project(project("执行不足")
                        .withStandardIndicators()
                        .funds(ReportBuilder.ProjectBuilder.funds("100", "100", "80", "10"))
                        .claimedTotal("99"))
                .build());

        assertThat(assessment.findings())
                .extracting(Finding::code)
                .contains(
                        FindingCode.EXECUTION_SCORE_MISMATCH,
                        FindingCode.TOTAL_MISMATCH,
                        FindingCode.DEVIATION_REASON_MISSING);
        assertThat(assessment.projects().get(0).total()).isEqualTo(Points.of(98));
    }

    @Test
    void weightsThatDoNotAddUpAreFound() {
        ReportAssessment assessment = checker.assess(report().project(project("分值不对")
                        .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "60", "60")
                        .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "20", "20"))
                .build());

        assertThat(assessment.findings())
                .extracting(Finding::code)
                .contains(FindingCode.WEIGHTS_NOT_100, FindingCode.LEVEL1_WEIGHTS_NONSTANDARD);
    }

    @Test
    void aGoalCopiedFromAnotherProjectIsFoundOnTheLaterProject() {
        ReportAssessment assessment = checker.assess(
                report().project(project("供暖").withStandardIndicators().goal("为交易主体、社会大众以及职工提供温暖的办公环境"))
                        .project(project("车辆更新").withStandardIndicators().goal("为交易主体、社会大众以及职工提供温 暖的办公环境"))
                        .build());

        assertThat(assessment.projects().get(0).findings())
                .extracting(Finding::code)
                .containsExactly(FindingCode.ALL_AT_FULL_MARKS);
        assertThat(assessment.projects().get(1).findings())
                .extracting(Finding::code)
                .containsExactly(FindingCode.ALL_AT_FULL_MARKS, FindingCode.GOAL_COPIED);
    }

    @Test
    void scoringTheSameReportTwiceGivesTheSameResult() {
        SelfEvaluationReport report =
                report().project(project("培训项目").withStandardIndicators()).build();

        assertThat(checker.assess(report)).isEqualTo(checker.assess(report));
    }
}
