package jixiao.scoring.check;

import static jixiao.scoring.ReportBuilder.project;
import static jixiao.scoring.ReportBuilder.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jixiao.scoring.Check;
import jixiao.scoring.CheckCategory;
import jixiao.scoring.CheckSetting;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportBuilder;
import jixiao.scoring.ReportBuilder.ProjectBuilder;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reviewers' plausibility checks (domain.md §7), each as a table of a case that fires and cases that do not. A
 * check "fires" where the findings with it on are more than with it switched off, so a case tells the check apart from
 * every other check that raises findings of its code.
 */
class PlausibilityChecksTest {

    /** The findings the check raises on the report: those that go when the rule set switches it off. */
    static List<Finding> raisedBy(Check check, ReportBuilder report, RuleSet rules) {
        List<Finding> on =
                new SelfEvaluationChecker(rules).assess(report.build()).findings();
        List<Finding> off = new SelfEvaluationChecker(rules.withCheck(check.code(), CheckSetting.off()))
                .assess(report.build())
                .findings();
        List<Finding> raised = new java.util.ArrayList<>(on);
        for (Finding finding : off) {
            raised.remove(finding);
        }
        return raised;
    }

    private static ReportBuilder one(ProjectBuilder project) {
        return report().project(project);
    }

    /** A project of 产出 50 / 效益 30 / 满意度 10 with one row short of full marks, so that not everything is full. */
    private static ProjectBuilder base(String name) {
        return project(name)
                .indicator("产出指标", "数量指标", "培训人数", "≥100人", "90人", "20", "18")
                .reason("部分学员因疫情未能参训")
                .indicator("产出指标", "质量指标", "合格率", "≥95%", "98%", "10", "10")
                .indicator("产出指标", "时效指标", "完成时间", "11月", "10月已完成", "10", "10")
                .indicator("产出指标", "成本指标", "项目成本", "≤100万", "100万", "10", "10")
                .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1200人", "30", "30")
                .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10");
    }

    record Case(String check, String name, Supplier<ReportBuilder> report, boolean fires) {
        @Override
        public String toString() {
            return check + (fires ? " fires: " : " does not fire: ") + name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                        // every indicator at full marks
                        new Case(
                                "ALL_INDICATORS_AT_FULL_MARKS",
                                "six rows, each at its weight",
                                () -> one(project("满分").withStandardIndicators()),
                                true),
                        new Case("ALL_INDICATORS_AT_FULL_MARKS", "one row short", () -> one(base("扣分")), false),
                        new Case(
                                "ALL_INDICATORS_AT_FULL_MARKS",
                                "two rows only, below the least number",
                                () -> one(project("两行")
                                        .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "80", "80")
                                        .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10")),
                                false),
                        // every project of the unit at full marks
                        new Case(
                                "ALL_PROJECTS_AT_FULL_MARKS",
                                "two projects, both at full marks",
                                () -> report().project(project("甲").withStandardIndicators())
                                        .project(project("乙").withStandardIndicators()),
                                true),
                        new Case(
                                "ALL_PROJECTS_AT_FULL_MARKS",
                                "two projects, one short",
                                () -> report().project(project("甲").withStandardIndicators())
                                        .project(base("乙")),
                                false),
                        new Case(
                                "ALL_PROJECTS_AT_FULL_MARKS",
                                "one project only",
                                () -> one(project("甲").withStandardIndicators()),
                                false),
                        // a cost written with ≥
                        new Case(
                                "COST_WRITTEN_AS_FLOOR",
                                "成本 ≥100万",
                                () -> one(base("下限").indicator("产出指标", "成本指标", "印刷成本", "≥5万元", "5万元", "0", "0")),
                                true),
                        new Case(
                                "COST_WRITTEN_AS_FLOOR",
                                "成本 不低于 in words",
                                () -> one(base("下限").indicator("产出指标", "成本指标", "印刷成本", "不低于5万元", "5万元", "0", "0")),
                                true),
                        new Case("COST_WRITTEN_AS_FLOOR", "成本 ≤100万", () -> one(base("上限")), false),
                        new Case(
                                "COST_WRITTEN_AS_FLOOR",
                                "≥ outside 成本",
                                () -> one(base("数量").indicator("产出指标", "数量指标", "场次", "≥5场", "5场", "0", "0")),
                                false),
                        // 130 % of the target without a reason
                        new Case(
                                "TARGET_SET_TOO_LOW",
                                "1,350 against ≥1,000 (135 %)",
                                () -> one(base("过低").indicator("产出指标", "数量指标", "发放份数", "≥1000份", "1350份", "0", "0")),
                                true),
                        new Case(
                                "TARGET_SET_TOO_LOW",
                                "1,290 against ≥1,000 (129 %)",
                                () -> one(base("适中").indicator("产出指标", "数量指标", "发放份数", "≥1000份", "1290份", "0", "0")),
                                false),
                        new Case(
                                "TARGET_SET_TOO_LOW",
                                "135 % with a reason",
                                () -> one(base("说明")
                                        .indicator("产出指标", "数量指标", "发放份数", "≥1000份", "1350份", "0", "0")
                                        .reason("追加发放")),
                                false),
                        new Case(
                                "TARGET_SET_TOO_LOW",
                                "200 %: REASON_FOR_FAR_OVER_TARGET reports it",
                                () -> one(base("两倍").indicator("产出指标", "数量指标", "发放份数", "≥1000份", "2000份", "0", "0")),
                                false),
                        // outputs met while almost nothing was spent
                        new Case(
                                "OUTPUTS_MET_WITHOUT_SPENDING",
                                "执行率 20 %, every output at full marks",
                                () -> one(project("未花钱")
                                        .withStandardIndicators()
                                        .funds(ProjectBuilder.funds("100", "100", "20", "2"))),
                                true),
                        new Case(
                                "OUTPUTS_MET_WITHOUT_SPENDING",
                                "执行率 20 %, one output short",
                                () -> one(base("未花钱").funds(ProjectBuilder.funds("100", "100", "20", "2"))),
                                false),
                        new Case(
                                "OUTPUTS_MET_WITHOUT_SPENDING",
                                "执行率 40 %, every output at full marks",
                                () -> one(project("花了一些")
                                        .withStandardIndicators()
                                        .funds(ProjectBuilder.funds("100", "100", "40", "4"))),
                                false),
                        // a cost far below its target
                        new Case(
                                "COST_FAR_BELOW_TARGET",
                                "unit cost 20 元/人 against ≤50 元/人",
                                () -> one(base("低成本").indicator("产出指标", "成本指标", "人均培训成本", "≤50元/人", "20元/人", "0", "0")),
                                true),
                        new Case(
                                "COST_FAR_BELOW_TARGET",
                                "a total of 40万 against 100万",
                                () -> one(base("低成本").indicator("产出指标", "成本指标", "建设成本", "100万", "40万", "0", "0")),
                                true),
                        new Case(
                                "COST_FAR_BELOW_TARGET",
                                "30 元/人 against ≤50 元/人 (60 %)",
                                () -> one(base("正常").indicator("产出指标", "成本指标", "人均培训成本", "≤50元/人", "30元/人", "0", "0")),
                                false),
                        new Case(
                                "COST_FAR_BELOW_TARGET",
                                "40万 against 100万 with a reason",
                                () -> one(base("节约")
                                        .indicator("产出指标", "成本指标", "建设成本", "100万", "40万", "0", "0")
                                        .reason("政府采购节约资金")),
                                false),
                        // 满意度 from "no complaints"
                        new Case(
                                "SATISFACTION_FROM_NO_COMPLAINTS",
                                "未收到投诉",
                                () -> one(
                                        base("投诉").indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "未收到投诉", "0", "0")),
                                true),
                        new Case(
                                "SATISFACTION_FROM_NO_COMPLAINTS",
                                "无有效投诉 in the reason",
                                () -> one(base("投诉")
                                        .indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "100%", "0", "0")
                                        .reason("全年无有效投诉")),
                                true),
                        new Case(
                                "SATISFACTION_FROM_NO_COMPLAINTS",
                                "a survey besides",
                                () -> one(base("问卷")
                                        .indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "问卷调查96%，未收到投诉", "0", "0")),
                                false),
                        new Case(
                                "SATISFACTION_FROM_NO_COMPLAINTS",
                                "no complaints outside 满意度",
                                () -> one(base("质量").indicator("产出指标", "质量指标", "服务质量", "合格", "未收到投诉", "0", "0")),
                                false),
                        // a 效益 indicator that counts activities
                        new Case(
                                "BENEFIT_COUNTS_ACTIVITIES",
                                "效益 ≥5次",
                                () -> one(base("活动").indicator("效益指标", "社会效益指标", "开展宣传活动", "≥5次", "6次", "0", "0")),
                                true),
                        new Case(
                                "BENEFIT_COUNTS_ACTIVITIES",
                                "效益 counts people reached",
                                () -> one(base("受益").indicator("效益指标", "社会效益指标", "受益群众", "≥500人", "600人", "0", "0")),
                                false),
                        new Case(
                                "BENEFIT_COUNTS_ACTIVITIES",
                                "产出 counts activities",
                                () -> one(base("产出").indicator("产出指标", "数量指标", "开展宣传活动", "≥5次", "6次", "0", "0")),
                                false),
                        // a deadline claimed met that a date elsewhere contradicts
                        new Case(
                                "DEADLINE_CONTRADICTED",
                                "the analysis finishes the same work after the deadline",
                                () -> one(base("验收")
                                        .indicator("产出指标", "时效指标", "平台验收时间", "9月", "9月", "0", "0")
                                        .analysis("（一）平台建设。12月份平台通过验收并投入使用。")),
                                true),
                        new Case(
                                "DEADLINE_CONTRADICTED",
                                "the 实际完成情况 names a month before the period",
                                () -> one(base("培训")
                                        .indicator("产出指标", "时效指标", "按计划时间参加培训", "6月-11月", "6月", "0", "0")
                                        .achieved("5月份组织全体职工赴井冈山参加党性教育培训。")),
                                true),
                        new Case(
                                "DEADLINE_CONTRADICTED",
                                "a later date of other work",
                                () -> one(base("其他")
                                        .indicator("产出指标", "时效指标", "平台验收时间", "9月", "9月", "0", "0")
                                        .analysis("（一）平台建设。9月平台通过验收。（二）宣传工作。12月开展宣传。")),
                                false),
                        new Case(
                                "DEADLINE_CONTRADICTED",
                                "the same date",
                                () -> one(base("一致")
                                        .indicator("产出指标", "时效指标", "平台验收时间", "9月", "9月", "0", "0")
                                        .analysis("平台于9月通过验收。")),
                                false),
                        new Case(
                                "DEADLINE_CONTRADICTED",
                                "a duration, not a month (3个月)",
                                () -> one(base("工期")
                                        .indicator("产出指标", "时效指标", "平台验收时间", "9月", "9月", "0", "0")
                                        .analysis("平台验收工作历时3个月，12个月内保修。")),
                                false))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCheckFiresWhereItShouldAndNowhereElse(Case c) {
        Check check = CheckCatalogue.byCode(c.check()).orElseThrow();

        List<Finding> raised = raisedBy(check, c.report().get(), RuleSet.defaults());

        if (c.fires()) {
            assertThat(raised).isNotEmpty().allSatisfy(f -> {
                assertThat(f.code()).isEqualTo(check.finding());
                assertThat(f.severity()).isEqualTo(check.severity());
                assertThat(f.message()).isNotBlank();
            });
        } else {
            assertThat(raised).isEmpty();
        }
    }

    static Stream<String> plausibilityChecks() {
        return Stream.of(
                "ALL_INDICATORS_AT_FULL_MARKS",
                "ALL_PROJECTS_AT_FULL_MARKS",
                "COST_WRITTEN_AS_FLOOR",
                "TARGET_SET_TOO_LOW",
                "OUTPUTS_MET_WITHOUT_SPENDING",
                "COST_FAR_BELOW_TARGET",
                "SATISFACTION_FROM_NO_COMPLAINTS",
                "BENEFIT_COUNTS_ACTIVITIES",
                "DEADLINE_CONTRADICTED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plausibilityChecks")
    void eachReviewersCheckIsAPlausibilityWarningOrNoticeWithAFiringAndAQuietCase(String code) {
        Check check = CheckCatalogue.byCode(code).orElseThrow();
        assertThat(check.category()).isEqualTo(CheckCategory.PLAUSIBILITY);
        assertThat(check.severity()).isIn(Severity.WARNING, Severity.INFO);
        List<Case> all = cases().map(a -> (Case) a.get()[0]).toList();
        assertThat(all)
                .filteredOn(c -> c.check().equals(code))
                .anyMatch(Case::fires)
                .anyMatch(c -> !c.fires());
    }

    @Test
    void aRuleSetChangesTheThresholds() {
        ReportBuilder at135 = one(base("过低").indicator("产出指标", "数量指标", "发放份数", "≥1000份", "1350份", "0", "0"));
        Check tooLow = CheckCatalogue.byCode("TARGET_SET_TOO_LOW").orElseThrow();
        RuleSet from140 = RuleSet.defaults()
                .withCheck("TARGET_SET_TOO_LOW", CheckSetting.parameter("ratio", new BigDecimal("1.4")));

        assertThat(raisedBy(tooLow, at135, RuleSet.defaults())).hasSize(1);
        assertThat(raisedBy(tooLow, at135, from140)).isEmpty();

        ReportBuilder twoRows = one(project("两行")
                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "80", "80")
                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));
        Check allFull = CheckCatalogue.byCode("ALL_INDICATORS_AT_FULL_MARKS").orElseThrow();
        RuleSet fromTwo = RuleSet.defaults()
                .withCheck(
                        "ALL_INDICATORS_AT_FULL_MARKS", CheckSetting.parameter("minIndicators", new BigDecimal("2")));
        assertThat(raisedBy(allFull, twoRows, fromTwo)).hasSize(1);
    }

    @Test
    void aCheckOfTheTableSwitchedOffOrGivenAnotherSeverityIsRunSo() {
        ReportBuilder full = one(project("满分").withStandardIndicators());
        RuleSet asWarning =
                RuleSet.defaults().withCheck("ALL_INDICATORS_AT_FULL_MARKS", CheckSetting.severity(Severity.WARNING));
        RuleSet off = RuleSet.defaults().withCheck("ALL_INDICATORS_AT_FULL_MARKS", CheckSetting.off());

        assertThat(new SelfEvaluationChecker(asWarning).assess(full.build()).findings())
                .filteredOn(f -> f.code() == jixiao.scoring.FindingCode.ALL_AT_FULL_MARKS)
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(new SelfEvaluationChecker(off).assess(full.build()).findings())
                .noneMatch(f -> f.code() == jixiao.scoring.FindingCode.ALL_AT_FULL_MARKS);
    }
}
