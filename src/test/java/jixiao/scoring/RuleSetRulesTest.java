package jixiao.scoring;

import static jixiao.scoring.ReportBuilder.project;
import static jixiao.scoring.ReportBuilder.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import jixiao.scoring.ReportBuilder.ProjectBuilder;
import jixiao.scoring.RuleSet.Deviation;
import jixiao.scoring.RuleSet.ExecutionCap;
import jixiao.scoring.RuleSet.NotApplicable;
import jixiao.scoring.RuleSet.UnprintedWeights;
import jixiao.shared.Points;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What a rule set can say, rule by rule: each with a case where it applies and one where it does not. */
class RuleSetRulesTest {

    private static ProjectAssessment assess(RuleSet rules, ProjectBuilder project) {
        return new SelfEvaluationChecker(rules)
                .assess(report().project(project).build())
                .projects()
                .get(0);
    }

    private static List<FindingCode> codes(ProjectAssessment assessment) {
        return assessment.findings().stream().map(Finding::code).toList();
    }

    private static String score(ProjectAssessment assessment, int row) {
        return assessment.indicators().get(row).computedScore().toString();
    }

    @Nested
    class TheLayoutOf101 {
        private ProjectBuilder costAsLevel1() {
            return project("101号")
                    .indicator("产出指标", "数量指标", "培训人数", "≥100人", "120人", "40", "40")
                    .indicator("成本指标", "经济成本指标", "项目成本", "≤100万", "98万", "10", "10")
                    .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1200人", "30", "29")
                    .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10");
        }

        @Test
        void aTableWithCostAsItsOwnLevel1IsStandardUnder101() {
            assertThat(codes(assess(RuleSet.layout101(), costAsLevel1())))
                    .doesNotContain(FindingCode.LEVEL1_WEIGHTS_NONSTANDARD);
        }

        @Test
        void theSameTableIsNonstandardUnder10() {
            assertThat(codes(assess(RuleSet.defaults(), costAsLevel1())))
                    .contains(FindingCode.LEVEL1_WEIGHTS_NONSTANDARD);
        }

        @Test
        void costUnder101IsScoredAsACostWithoutAComparator() {
            ProjectAssessment scored = assess(
                    RuleSet.layout101(),
                    project("成本")
                            .indicator("产出指标", "数量指标", "人数", "≥100人", "120人", "40", "40")
                            .indicator("成本指标", "经济成本指标", "成本", "100万", "150万", "10", "5")
                            .indicator("效益指标", "社会效益指标", "效益", "≥1000人", "1200人", "30", "30")
                            .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));

            assertThat(scored.indicators().get(1).score().kind()).isEqualTo(jixiao.scoring.rule.IndicatorKind.REVERSE);
            assertThat(score(scored, 1)).isEqualTo("5");
        }

        @Test
        void theBuiltInSetsAreOutOf100() {
            for (RuleSet rules : RuleSet.builtIn()) {
                Points total = rules.executionWeight();
                for (Points weight : rules.level1Weights().values()) {
                    total = total.plus(weight);
                }
                assertThat(total).as(rules.name()).isEqualTo(Points.HUNDRED);
            }
        }
    }

    @Nested
    class RowsWithoutWeights {
        private ProjectBuilder withoutRowWeights() {
            return project("未印分值")
                    .indicator("产出指标", "数量指标", "人数", "≥100人", "120人", null, "17")
                    .indicator("产出指标", "质量指标", "合格率", "≥95%", "98%", null, "17")
                    .indicator("产出指标", "时效指标", "时间", "11月", "10月已完成", "20", "20")
                    .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "500人", null, "15")
                    .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", null, "10");
        }

        @Test
        void aLevel1sWeightLessWhatItsRowsPrintIsSharedEvenlyByTheRowsThatPrintNone() {
            RuleSet rules =
                    RuleSet.defaults().withWeighing(UnprintedWeights.SHARED_WITHIN_LEVEL1, NotApplicable.NOT_ADMITTED);
            ProjectAssessment scored = assess(rules, withoutRowWeights());

            // 产出 50 less the 20 printed: 30 for two rows; 效益 30 for one, half met; 满意度 10
            assertThat(scored.indicators().stream().map(r -> r.score().weight().toString()))
                    .containsExactly("15", "15", "20", "30", "10");
            assertThat(score(scored, 3)).isEqualTo("15");
            assertThat(codes(scored)).contains(FindingCode.WEIGHTS_DERIVED).doesNotContain(FindingCode.INCOMPLETE);
            assertThat(codes(scored)).doesNotContain(FindingCode.WEIGHTS_NOT_100);
        }

        @Test
        void wherePrintingEveryWeightIsTheRuleARowWithoutOneIsMissingIt() {
            ProjectAssessment scored = assess(RuleSet.defaults(), withoutRowWeights());

            assertThat(scored.indicators().get(0).score().weight()).isEqualTo(Points.ZERO);
            assertThat(codes(scored)).contains(FindingCode.INCOMPLETE).doesNotContain(FindingCode.WEIGHTS_DERIVED);
        }
    }

    @Nested
    class Deviations {
        private final RuleSet manual =
                RuleSet.defaults().withDeviation(new Deviation(true, new BigDecimal("0.30"), Points.of(2)));

        private ProjectBuilder row(String target, String actual, String reason) {
            ProjectBuilder project = project("偏离")
                    .indicator("产出指标", "数量指标", "人数", target, actual, "50", "50")
                    .reason(reason)
                    .indicator("效益指标", "社会效益指标", "效益", "≥1000人", "1000人", "30", "30")
                    .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10");
            return project;
        }

        static Stream<Arguments> cases() {
            return Stream.of(
                    Arguments.of("≥100人", "131人", null, "48"), // 31 % beyond a 正向 target: −2
                    Arguments.of("≥100人", "130人", null, "50"), // 30 % is not more than 30 %
                    Arguments.of("≥100人", "200人", "新增培训班次", "50"), // a reason given
                    Arguments.of("≤100万", "69万", null, "48"), // 31 % under a 反向 ceiling
                    Arguments.of("≤100万", "80万", null, "50"),
                    Arguments.of("=100", "140", null, "48"), // 等于: either way
                    Arguments.of("≥100人", "60人", null, "30")); // short of the target: scored in proportion only
        }

        @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
        @MethodSource("cases")
        void aResultFarBeyondItsTargetWithoutAReasonLosesTheSetsPoints(
                String target, String actual, String reason, String expected) {
            ProjectAssessment scored = assess(manual, row(target, actual, reason));

            assertThat(score(scored, 0)).isEqualTo(expected);
            assertThat(codes(scored).contains(FindingCode.INDICATOR_DEVIATION))
                    .isEqualTo(!expected.equals("50") && !expected.equals("30"));
        }

        @Test
        void theDefaultSetHasNoDeviationRule() {
            ProjectAssessment scored = assess(RuleSet.defaults(), row("≥100人", "200人", null));

            assertThat(score(scored, 0)).isEqualTo("50");
            assertThat(codes(scored)).doesNotContain(FindingCode.INDICATOR_DEVIATION);
        }

        @Test
        void theLostPointsAreExplainedAndNotAskedForASecondTime() {
            ProjectAssessment scored = assess(manual, row("≥100人", "150人", null));

            assertThat(scored.indicators().get(0).score().explanation().text())
                    .contains("超出指标值 50.00%")
                    .contains("扣 2 分");
            assertThat(scored.findings())
                    .filteredOn(f -> f.code() == FindingCode.DEVIATION_REASON_MISSING)
                    .allSatisfy(f -> assertThat(f.message()).doesNotContain("低于分值"));
        }
    }

    @Nested
    class CapsByExecution {
        private final RuleSet capped = RuleSet.defaults().withExecutionCaps(ExecutionCap.provincial());

        @ParameterizedTest(name = "executed {0} of 100 → total {1}")
        @CsvSource({"85, 98.5", "80, 98", "79, 89", "70, 89", "65, 79", "55, 69", "45, 59", "49.99, 59"})
        void theTotalIsCappedByTheExecutionRate(String executed, String total) {
            ProjectAssessment scored = assess(
                    capped,
                    project("封顶").withStandardIndicators().funds(ProjectBuilder.funds("100", "100", executed, null)));

            assertThat(scored.total().toString()).isEqualTo(total);
            assertThat(codes(scored).contains(FindingCode.TOTAL_CAPPED))
                    .isEqualTo(new BigDecimal(executed).compareTo(new BigDecimal("80")) < 0);
        }

        @Test
        void aTotalUnderItsCapStands() {
            ProjectAssessment scored = assess(
                    capped,
                    project("未达上限")
                            .indicator("产出指标", "数量指标", "人数", "≥100人", "50人", "50", "25")
                            .reason("疫情")
                            .indicator("效益指标", "社会效益指标", "效益", "≥1000人", "1000人", "30", "30")
                            .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10")
                            .funds(ProjectBuilder.funds("100", "100", "75", null)));

            assertThat(scored.total().toString()).isEqualTo("72.5");
            assertThat(codes(scored)).doesNotContain(FindingCode.TOTAL_CAPPED);
        }

        @Test
        void theDefaultSetCapsNothing() {
            ProjectAssessment scored = assess(
                    RuleSet.defaults(),
                    project("不封顶").withStandardIndicators().funds(ProjectBuilder.funds("100", "100", "45", null)));

            assertThat(scored.total().toString()).isEqualTo("94.5");
        }
    }

    @Nested
    class NotApplicableRows {
        private ProjectBuilder withARowNotApplicable(String reason) {
            return project("不适用")
                    .indicator("产出指标", "数量指标", "人数", "≥100人", "120人", "20", "25")
                    .indicator("产出指标", "数量指标", "采购数量", "≥2台", "0台", "10", "0")
                    .notApplicable(reason)
                    .indicator("产出指标", "质量指标", "合格率", "≥95%", "98%", "20", "25")
                    .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1200人", "30", "30")
                    .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10");
        }

        @Test
        void withinLevel1TheRowsWeightGoesToTheOtherRowsOfItsLevel1() {
            RuleSet rules = RuleSet.defaults().withWeighing(UnprintedWeights.MISSING, NotApplicable.WITHIN_LEVEL1);
            ProjectAssessment scored = assess(rules, withARowNotApplicable("本年度未安排采购"));

            assertThat(scored.indicators().stream().map(r -> r.score().weight().toString()))
                    .containsExactly("25", "0", "25", "30", "10");
            assertThat(scored.indicators().get(1).score().isExcluded()).isTrue();
            assertThat(scored.total().toString()).isEqualTo("100");
            assertThat(codes(scored))
                    .contains(FindingCode.NOT_APPLICABLE)
                    .doesNotContain(FindingCode.SCORE_MISMATCH, FindingCode.WEIGHTS_NOT_100, FindingCode.INCOMPLETE);
        }

        @Test
        void acrossIndicatorsTheRowsWeightGoesToEveryOtherRow() {
            RuleSet rules = RuleSet.defaults().withWeighing(UnprintedWeights.MISSING, NotApplicable.ACROSS_INDICATORS);
            ProjectAssessment scored = assess(rules, withARowNotApplicable("本年度未安排采购"));

            // 10 points over 20 + 20 + 30 + 10 = 80, in proportion: 2.5, 2.5, 3.75, 1.25
            assertThat(scored.indicators().stream().map(r -> r.score().weight().toString()))
                    .containsExactly("22.5", "0", "22.5", "33.75", "11.25");
        }

        @Test
        void aMarkWithoutAReasonIsNotAcceptedAndTheRowIsScored() {
            RuleSet rules = RuleSet.defaults().withWeighing(UnprintedWeights.MISSING, NotApplicable.WITHIN_LEVEL1);
            ProjectAssessment scored = assess(rules, withARowNotApplicable(" "));

            assertThat(scored.indicators().get(1).score().isExcluded()).isFalse();
            assertThat(scored.findings())
                    .filteredOn(f -> f.code() == FindingCode.NOT_APPLICABLE)
                    .singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void theDefaultSetDoesNotAdmitTheMark() {
            ProjectAssessment scored = assess(RuleSet.defaults(), withARowNotApplicable("本年度未安排采购"));

            assertThat(scored.indicators().get(1).score().isExcluded()).isFalse();
            assertThat(scored.indicators().get(1).score().weight()).isEqualTo(Points.of(10));
            assertThat(scored.findings())
                    .filteredOn(f -> f.code() == FindingCode.NOT_APPLICABLE)
                    .singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        }
    }

    @Nested
    class CheckSettings {
        private ProjectBuilder vague() {
            return project("模糊")
                    .indicator("产出指标", "数量指标", "人数", "≥100人", "120人", "50", "50")
                    .indicator("效益指标", "社会效益指标", "效益", "提升", "提升", "30", "30")
                    .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10");
        }

        @Test
        void aCheckSwitchedOffRaisesNothing() {
            RuleSet rules = RuleSet.defaults().withCheck("VAGUE_TARGET", CheckSetting.off());

            assertThat(codes(assess(RuleSet.defaults(), vague()))).contains(FindingCode.VAGUE_TARGET);
            assertThat(codes(assess(rules, vague()))).doesNotContain(FindingCode.VAGUE_TARGET);
        }

        @Test
        void aCheckCanBeGivenAnotherSeverity() {
            RuleSet rules = RuleSet.defaults().withCheck("VAGUE_TARGET", CheckSetting.severity(Severity.ERROR));

            assertThat(assess(rules, vague()).findings())
                    .filteredOn(f -> f.code() == FindingCode.VAGUE_TARGET)
                    .singleElement()
                    .satisfies(f -> assertThat(f.isError()).isTrue());
        }

        @Test
        void aThresholdThatIsAFieldOfTheRuleSetIsReadFromIt() {
            Check check = jixiao.scoring.check.CheckCatalogue.byCode("REASON_FOR_FAR_OVER_TARGET")
                    .orElseThrow();

            assertThat(RuleSet.defaults().parameter(check, "overAchievementRatio"))
                    .isEqualByComparingTo("1.5");
        }
    }
}
