package jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.UnitItemAssessment.Basis;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The 部门（单位）整体自评 scored by the default framework: the seed's computable scores and the findings. */
class UnitAssessmentTest {

    private static final SelfEvaluationChecker CHECKER = new SelfEvaluationChecker(RuleSet.defaults());

    @Nested
    class TheSeed {
        private final ReportAssessment seed = assessSeed();

        @Test
        void keyWorkPlanCompletionOf95PercentGives14_25() {
            assertThat(item(seed.department(), "重点工作计划完成率").score()).isEqualTo(Points.of("14.25"));
        }

        @Test
        void executionOf117_28PercentIsCappedAtTheFullTen() {
            UnitItemAssessment execution = item(seed.department(), "预算执行率");
            assertThat(execution.basis()).isEqualTo(Basis.FIGURES);
            assertThat(execution.rate().toString()).isEqualTo("117.28%");
            assertThat(execution.score()).isEqualTo(Points.of(10));
            assertThat(execution.explanation()).contains("1304.06 ÷ 支出预算 1111.9 = 117.28%", "封顶 100%");
        }

        @Test
        void adjustmentOf17_28PercentIsOverTheSeedsThresholdAndGivesZero() {
            UnitItemAssessment adjustment = item(seed.department(), "预算调整率");
            assertThat(adjustment.rate().toString()).isEqualTo("17.28%");
            assertThat(adjustment.score()).isEqualTo(Points.ZERO);
        }

        @Test
        void theSeedsOwnScoresAddTo59_25() {
            assertThat(seed.department().claimedTotal()).isEqualTo(Points.of("59.25"));
        }

        @Test
        void totalIsTheSumOfTheItemScores() {
            Points sum = Points.sum(seed.department().items().stream()
                    .map(UnitItemAssessment::score)
                    .toList());
            assertThat(seed.department().total()).isEqualTo(sum);
            assertThat(seed.department().grade()).isEqualTo(RuleSet.defaults().grade(sum));
        }

        @Test
        void procurementClaimedInFullAtAStated0_7PercentIsAMismatch() {
            assertThat(seed.unitFindings()).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo(FindingCode.SCORE_MISMATCH);
                assertThat(f.indicator()).isEqualTo("政府采购执行率");
                assertThat(f.message()).contains("自评 2", "0.01");
            });
        }

        @Test
        void itemsTheSeedLeavesOutAreIncompleteAndScoreNothing() {
            for (String name : List.of("履职效益", "满意度")) {
                assertThat(item(seed.department(), name).basis()).isEqualTo(Basis.MISSING);
                assertThat(seed.unitFindings()).anySatisfy(f -> assertThat(f.code() + " " + f.indicator())
                        .isEqualTo("INCOMPLETE " + name));
            }
        }

        @Test
        void everyDefaultWeightIsMarkedInferredAndTheyAddTo100() {
            UnitFramework framework = UnitFramework.defaults();
            assertThat(framework.totalWeight()).isEqualTo(Points.HUNDRED);
            assertThat(framework.items())
                    .allSatisfy(i -> assertThat(i.weightInferred()).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}: {1} of {2} → {3}")
    @CsvSource({
        // proportional, capped at 100%
        "预算执行率, 1304.06, 1111.9, 10",
        "预算执行率, 1000, 1111.9, 8.99",
        "预算执行率, 0, 1111.9, 0",
        // full at or under 5%, nothing from 15%, linear between (weight 2)
        "预算调整率, 55.595, 1111.9, 2",
        "预算调整率, 111.19, 1111.9, 1",
        "预算调整率, 166.785, 1111.9, 0",
        "预算调整率, 200, 1111.9, 0",
        // 三公经费: full within budget, nothing from 120%
        "三公经费控制率, 9.3, 13.5, 2",
        "三公经费控制率, 14.85, 13.5, 1",
        "三公经费控制率, 16.2, 13.5, 0",
    })
    void formulaItemsFollowTheirSchedule(String name, String numerator, String denominator, String expected) {
        UnitFramework.Formula formula =
                (UnitFramework.Formula) UnitFrameworkItem.named(name).measure();
        UnitSelfEvaluation unit = unit().figure(formula.numerator(), numerator)
                .figure(formula.denominator(), denominator)
                .build();
        UnitItemAssessment item = item(CHECKER.assess(unit), name);
        assertThat(item.basis()).isEqualTo(Basis.FIGURES);
        assertThat(item.score()).isEqualTo(Points.of(expected));
        assertThat(item.explanation()).contains(name, "÷");
    }

    static Stream<Arguments> qualitativeJudgements() {
        return Stream.of(
                Arguments.of("3", "3", "部分达成"),
                Arguments.of("5", "5", "达成预期指标"),
                Arguments.of("1", "1", "未达成"),
                Arguments.of("7", "5", "超出"),
                Arguments.of("-1", "0", "超出"));
    }

    @ParameterizedTest(name = "工作目标管理 (5) judged {0} → {1}")
    @MethodSource("qualitativeJudgements")
    void aQualitativeJudgementIsKeptInsideZeroToWeight(String judged, String kept, String said) {
        UnitSelfEvaluation unit = unit().claim("工作目标管理", judged, "…").build();
        UnitItemAssessment item = item(CHECKER.assess(unit), "工作目标管理");
        assertThat(item.basis()).isEqualTo(Basis.JUDGEMENT);
        assertThat(item.score()).isEqualTo(Points.of(kept));
        assertThat(item.explanation()).contains(said);
    }

    @Test
    void aJudgementAboveTheWeightIsAFinding() {
        ReportAssessment assessment = assess(unit().claim("工作目标管理", "7", "…").build());
        assertThat(codes(assessment)).contains("SCORE_EXCEEDS_WEIGHT 工作目标管理");
    }

    @Test
    void keyWorkPlanWithEveryStatusIsCountedItemByItem() {
        UnitSelfEvaluation unit = unit().keyWork(KeyWorkStatus.COMPLETED, null)
                .keyWork(KeyWorkStatus.COMPLETED, null)
                .keyWork(KeyWorkStatus.COMPLETED, null)
                .keyWork(KeyWorkStatus.PARTIAL, "资金未到位，延至次年")
                .claim("重点工作计划完成率", "15", "实际完成重点工作 100%")
                .build();
        ReportAssessment assessment = assess(unit);
        UnitItemAssessment rate = item(assessment.department(), "重点工作计划完成率");
        assertThat(rate.basis()).isEqualTo(Basis.FIGURES);
        assertThat(rate.rate().toString()).isEqualTo("75.00%");
        assertThat(rate.score()).isEqualTo(Points.of("11.25"));
        assertThat(codes(assessment))
                .contains("SCORE_MISMATCH 重点工作计划完成率")
                .anyMatch(c -> c.startsWith("SUMMARY_MISMATCH"))
                .noneMatch(c -> c.startsWith("DEVIATION_REASON_MISSING"));
    }

    @Test
    void anUnfinishedKeyWorkItemWithoutAReasonIsAFinding() {
        UnitSelfEvaluation unit = unit().keyWork(KeyWorkStatus.COMPLETED, "验收报告")
                .keyWork(KeyWorkStatus.NOT_COMPLETED, " ")
                .build();
        assertThat(codes(assess(unit))).contains("DEVIATION_REASON_MISSING 重点工作计划第 2 项");
    }

    @Test
    void statusesGivenForSomeItemsOnlyAreIncompleteAndTheRateIsNotGuessed() {
        UnitSelfEvaluation unit = unit().keyWork(KeyWorkStatus.COMPLETED, null)
                .keyWork(null, null)
                .build();
        ReportAssessment assessment = assess(unit);
        assertThat(item(assessment.department(), "重点工作计划完成率").basis()).isEqualTo(Basis.MISSING);
        assertThat(assessment.unitFindings())
                .anySatisfy(f -> assertThat(f.message()).contains("第 2 项未填完成情况"));
    }

    @Test
    void selfEvaluationsCountedOtherwiseThanTheProjectTablesAreACrossDocumentMismatch() {
        UnitSelfEvaluation unit = unit().figure(UnitFigure.SELF_EVALUATION_DONE, "3")
                .figure(UnitFigure.SELF_EVALUATION_REQUIRED, "3")
                .build();
        SelfEvaluationReport report = ReportBuilder.report()
                .project(ReportBuilder.project("甲").withStandardIndicators())
                .project(ReportBuilder.project("乙").withStandardIndicators().goal("乙的目标"))
                .build();
        ReportAssessment assessment = CHECKER.assess(new SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), unit, report.projects()));
        assertThat(assessment.unitFindings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.CROSS_DOCUMENT_MISMATCH);
            assertThat(f.message()).contains("3 个", "2 张");
        });
        assertThat(item(assessment.department(), "绩效自评完成率").score()).isEqualTo(Points.of(1));
    }

    @Test
    void aScoredItemOutsideTheFrameworkIsNamed() {
        ReportAssessment assessment = assess(unit().claim("社会效益（自创）", "5", "…").build());
        assertThat(codes(assessment)).contains("LEVEL1_WEIGHTS_NONSTANDARD 社会效益（自创）");
    }

    @Test
    void aFrameworkNotOutOf100IsAFinding() {
        UnitFramework small = new UnitFramework(
                "小框架",
                "1",
                List.of(new UnitFramework.Item("1", "工作目标管理", Points.of(40), null, new UnitFramework.Qualitative())));
        ReportAssessment assessment =
                new SelfEvaluationChecker(RuleSet.defaults(), small).assess(report(unit().build()));
        assertThat(codes(assessment)).contains("WEIGHTS_NOT_100 null");
    }

    @Test
    void withoutFiguresOrAStatedRateTheClaimStandsAndSaysSo() {
        UnitSelfEvaluation unit = unit().claim("政府采购执行率", "2", "采购规范。").build();
        UnitItemAssessment item = item(CHECKER.assess(unit), "政府采购执行率");
        assertThat(item.basis()).isEqualTo(Basis.CLAIMED);
        assertThat(item.score()).isEqualTo(Points.of(2));
        assertThat(item.explanation()).contains("缺少", "政府采购预算", "无法核算");
    }

    private static List<String> codes(ReportAssessment assessment) {
        List<String> codes = new ArrayList<>();
        for (Finding f : assessment.unitFindings()) {
            codes.add(f.code() + " " + f.indicator());
        }
        return codes;
    }

    private static ReportAssessment assess(UnitSelfEvaluation unit) {
        return CHECKER.assess(report(unit));
    }

    private static SelfEvaluationReport report(UnitSelfEvaluation unit) {
        return new SelfEvaluationReport(
                2021, MoneyUnit.TEN_THOUSAND_YUAN, new BudgetUnit("测试单位", null, null), unit, List.of());
    }

    private static UnitItemAssessment item(UnitAssessment unit, String name) {
        return unit.items().stream()
                .filter(i -> i.item().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static ReportAssessment assessSeed() {
        try (InputStream in = UnitAssessmentTest.class.getResourceAsStream("/demo/seed-2021.json")) {
            return CHECKER.assess(new InterchangeReader().read(in));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UnitBuilder unit() {
        return new UnitBuilder();
    }

    /** The default framework's items by name. */
    private static final class UnitFrameworkItem {
        static UnitFramework.Item named(String name) {
            return UnitFramework.defaults().items().stream()
                    .filter(i -> i.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** A whole-unit evaluation with only what a test sets. */
    private static final class UnitBuilder {
        private final Map<UnitFigure, BigDecimal> entered = new EnumMap<>(UnitFigure.class);
        private final Map<UnitFigure, BigDecimal> budget = new EnumMap<>(UnitFigure.class);
        private final List<KeyWorkItem> plan = new ArrayList<>();
        private final List<ClaimedItem> claims = new ArrayList<>();

        UnitBuilder figure(UnitFigure figure, String value) {
            (figure.source() == UnitFigure.Source.BUDGET ? budget : entered).put(figure, new BigDecimal(value));
            return this;
        }

        UnitBuilder keyWork(KeyWorkStatus status, String evidence) {
            int no = plan.size() + 1;
            plan.add(new KeyWorkItem(no, "工作" + no, "工作" + no + "的内容", "办公室", "12月", status, evidence));
            return this;
        }

        UnitBuilder claim(String name, String score, String text) {
            claims.add(new ClaimedItem("测试", name, new BigDecimal(score), text));
            return this;
        }

        UnitSelfEvaluation build() {
            UnitBudget unitBudget = new UnitBudget(
                    budget.get(UnitFigure.INCOME_BUDGET),
                    budget.get(UnitFigure.EXPENDITURE_BUDGET),
                    null,
                    budget.get(UnitFigure.PROJECT_EXPENDITURE_BUDGET),
                    budget.get(UnitFigure.FINAL_EXPENDITURE),
                    null,
                    budget.get(UnitFigure.FINAL_PROJECT_EXPENDITURE),
                    budget.get(UnitFigure.THREE_PUBLIC_BUDGET),
                    budget.get(UnitFigure.THREE_PUBLIC_ACTUAL),
                    budget.get(UnitFigure.PROCUREMENT_ACTUAL),
                    budget.get(UnitFigure.CARRY_OVER_BALANCE),
                    null);
            return new UnitSelfEvaluation(null, unitBudget, null, plan, claims, entered);
        }
    }
}
