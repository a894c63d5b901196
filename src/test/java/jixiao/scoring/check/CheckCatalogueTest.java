package jixiao.scoring.check;

import static jixiao.scoring.ReportBuilder.project;
import static jixiao.scoring.ReportBuilder.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.Check;
import jixiao.scoring.CheckSetting;
import jixiao.scoring.Finding;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.ClaimedExecution;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.ReportBuilder;
import jixiao.scoring.ReportBuilder.ProjectBuilder;
import jixiao.scoring.RuleSet;
import jixiao.scoring.RuleSet.Deviation;
import jixiao.scoring.RuleSet.ExecutionCap;
import jixiao.scoring.RuleSet.NotApplicable;
import jixiao.scoring.RuleSet.UnprintedWeights;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.scoring.UnitSelfEvaluation.ProjectExpenditure;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check of the catalogue can be read and has been seen to fire: a Chinese description, a code made of words of
 * the domain, and at least one report on which it raises a finding (one that goes when the rule set switches the check
 * off). The firing cases are the seed report, which shows most of them, and a small report for each of the others.
 */
class CheckCatalogueTest {

    /**
     * The English words check codes are made of: the domain's glossary (domain.md §6) and the words a reviewer uses
     * of a table. A new code with another word is a new word of the domain: add it here on purpose.
     */
    private static final Set<String> DOMAIN_WORDS = Set.of(
            "100",
            "A",
            "ABOVE",
            "ACCOUNTS",
            "ACTIVITIES",
            "ACTUAL",
            "ADMITTED",
            "AGAINST",
            "ALL",
            "ANALYSIS",
            "APPLICABLE",
            "AS",
            "AT",
            "BELOW",
            "BENEFIT",
            "BLANK",
            "BUDGET",
            "BY",
            "CAPPED",
            "CLAIMED",
            "COMPLAINTS",
            "COMPUTABLE",
            "CONTRADICTED",
            "COPIED",
            "COST",
            "COUNT",
            "COUNTS",
            "DEADLINE",
            "DEVIATION",
            "DUPLICATE",
            "DUPLICATES",
            "EVALUATION",
            "EXCEEDS",
            "EXCLUDED",
            "EXECUTION",
            "EXPENDITURE",
            "FAR",
            "FIGURES",
            "FINAL",
            "FLOOR",
            "FOR",
            "FRACTION",
            "FRAMEWORK",
            "FROM",
            "FULL",
            "FUNDS",
            "GIVEN",
            "GOAL",
            "HEADER",
            "IN",
            "INCONSISTENT",
            "INDICATOR",
            "INDICATORS",
            "ITEM",
            "KEY",
            "LEVEL1",
            "LISTED",
            "LOST",
            "LOW",
            "MARKS",
            "MET",
            "MISMATCH",
            "MISSED",
            "MISSING",
            "NAME",
            "NO",
            "NONSTANDARD",
            "NOT",
            "OF",
            "ON",
            "OUT",
            "OUTPUTS",
            "OVER",
            "OVERSPENDING",
            "PARTLY",
            "PERCENT",
            "PLAN",
            "POINTS",
            "PROJECT",
            "PROJECTS",
            "QUALITATIVE",
            "QUANTITY",
            "RATE",
            "READ",
            "REASON",
            "REDUCED",
            "ROUNDING",
            "ROWS",
            "SATISFACTION",
            "SCORE",
            "SCORED",
            "SELF",
            "SET",
            "SHARED",
            "SPECIAL",
            "SPENDING",
            "STAND",
            "STATED",
            "STATUS",
            "SUM",
            "SUMMARY",
            "SUMS",
            "TABLE",
            "TABLES",
            "TARGET",
            "TEN",
            "THE",
            "THOUSAND",
            "TIER",
            "TIME",
            "TOO",
            "TOTAL",
            "UNEXPLAINED",
            "UNIT",
            "UNKNOWN",
            "UNREADABLE",
            "UNVERIFIABLE",
            "USED",
            "VAGUE",
            "WEIGHT",
            "WEIGHTS",
            "WITHOUT",
            "WORDS",
            "WORK",
            "WRITTEN",
            "YUAN");

    @Test
    void everyCheckHasAChineseDescriptionAndACodeInDomainTerms() {
        assertThat(CheckCatalogue.all()).hasSizeGreaterThan(80).allSatisfy(check -> {
            assertThat(check.description())
                    .as(check.code())
                    .matches(".*\\p{IsHan}.*")
                    .endsWith("。");
            assertThat(check.code().split("_"))
                    .as("the words of " + check.code())
                    .allSatisfy(word -> assertThat(DOMAIN_WORDS).contains(word));
            check.parameters().forEach(p -> assertThat(p.description())
                    .as(check.code() + "." + p.name())
                    .matches(".*\\p{IsHan}.*"));
        });
    }

    @Test
    void aCodeOutsideTheDomainIsRefusedByTheTest() {
        assertThat(DOMAIN_WORDS).doesNotContain("CHK", "RULE17", "MISC", "HELPER");
    }

    private static SelfEvaluationReport seed() {
        try (InputStream in = CheckCatalogueTest.class.getResourceAsStream("/demo/seed-2021.json")) {
            return new InterchangeReader().read(in);
        } catch (IOException | InterchangeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A report that shows a check, and the rule set and whole-unit framework it runs under. */
    record FiringCase(String name, Supplier<SelfEvaluationReport> report, RuleSet rules, UnitFramework framework) {
        FiringCase(String name, Supplier<SelfEvaluationReport> report) {
            this(name, report, RuleSet.defaults(), UnitFramework.defaults());
        }

        FiringCase(String name, Supplier<SelfEvaluationReport> report, RuleSet rules) {
            this(name, report, rules, UnitFramework.defaults());
        }
    }

    private static BigDecimal n(String text) {
        return new BigDecimal(text);
    }

    private static SelfEvaluationReport of(ProjectBuilder... projects) {
        ReportBuilder builder = report();
        for (ProjectBuilder p : projects) {
            builder.project(p);
        }
        return builder.build();
    }

    private static SelfEvaluationReport withDepartment(UnitSelfEvaluation department, ProjectBuilder... projects) {
        SelfEvaluationReport plain = of(projects);
        return new SelfEvaluationReport(
                plain.fiscalYear(), plain.moneyUnit(), plain.unit(), department, plain.projects());
    }

    /** A 三段 project: 产出 50, 效益 30, 满意度 10, with one more row as given. */
    private static ProjectBuilder with(String level1, String level2, String name, String target, String actual) {
        return project("加一行").withStandardIndicators().indicator(level1, level2, name, target, actual, "0", "0");
    }

    private static ProjectBuilder standard(String name) {
        return project(name).withStandardIndicators();
    }

    private static Funds funds(String initial, String annual, String executed, String rate, String score) {
        return new Funds(
                new FundsRow(n(initial), n(annual), n(executed)),
                null,
                null,
                null,
                n("10"),
                new ClaimedExecution(rate, score == null ? null : n(score)));
    }

    /** A 部门（单位）整体自评 whose figures disagree with each other and with the two projects' tables. */
    private static UnitSelfEvaluation disagreeingDepartment() {
        UnitBudget budget = new UnitBudget(
                n("300"),
                n("300"),
                n("100"),
                n("200"),
                n("330"),
                n("130"),
                n("190"),
                n("10"),
                n("12"),
                null,
                n("0"),
                "决算比预算多支出 20 万元。");
        return new UnitSelfEvaluation(
                null,
                budget,
                new ProjectExpenditure(
                        n("260"), n("150"), n("100"), n("90"), n("100"), "项目支出包括：培训项目 95 万元；宣传项目 90 万元。"),
                List.of(new KeyWorkItem(1, "甲", "甲工作"), new KeyWorkItem(1, "乙", "乙工作")),
                List.of(
                        new ClaimedItem("预算", "三公经费控制率", n("2"), "三公经费控制率为 100%。"),
                        new ClaimedItem("预算", "三公经费控制率", n("2"), "重复一项。"),
                        new ClaimedItem("预算", "预算执行率", n("10"), "预算执行率为 115%。"),
                        new ClaimedItem("预算", "专项资金细化率", n("2"), "细化为培训项目。"),
                        new ClaimedItem("预算", "资金使用合规性", n("2"), "实际支出为 330 元。"),
                        new ClaimedItem("预算", "工作目标管理", n("7"), "目标明确。"),
                        new ClaimedItem("其他", "档案管理", n("2"), "档案齐全。"),
                        new ClaimedItem("重点", "重点工作计划完成率", n("14.25"), "完成 95%。")),
                Map.of(UnitFigure.SELF_EVALUATION_DONE, n("3")));
    }

    private static SelfEvaluationReport disagreeingUnit() {
        return withDepartment(disagreeingDepartment(), standard("培训项目"), standard("宣传项目"));
    }

    private static KeyWorkItem keyWork(int no, KeyWorkStatus status, String evidence) {
        return new KeyWorkItem(no, "工作" + no, "工作" + no + "的内容", "办公室", "12月", status, evidence);
    }

    /** The cases each check fires on; a check not named here fires on the seed. */
    static Map<String, FiringCase> cases() {
        Map<String, FiringCase> cases = new LinkedHashMap<>();
        RuleSet admitsNotApplicable =
                RuleSet.defaults().withWeighing(UnprintedWeights.MISSING, NotApplicable.WITHIN_LEVEL1);
        cases.put(
                "EXECUTION_RATE_UNREADABLE",
                new FiringCase("执行率“百分百”", () -> of(standard("率").funds(funds("100", "100", "100", "百分百", "10")))));
        cases.put(
                "EXECUTION_RATE_MISMATCH",
                new FiringCase(
                        "执行率 85% of 100/100", () -> of(standard("率").funds(funds("100", "100", "100", "85%", "10")))));
        cases.put(
                "WEIGHTS_NOT_100",
                new FiringCase(
                        "weights of 110",
                        () -> of(standard("多").indicator("产出指标", "数量指标", "场次", "≥5场", "5场", "10", "10"))));
        cases.put(
                "LEVEL1_WEIGHTS_NONSTANDARD",
                new FiringCase(
                        "产出 60 / 效益 20",
                        () -> of(project("偏")
                                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "60", "60")
                                .indicator("效益指标", "社会效益指标", "受益人数", "≥10人", "10人", "20", "20")
                                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"))));
        cases.put(
                "TOTAL_MISMATCH",
                new FiringCase("总分 95 for 100", () -> of(standard("总分").claimedTotal("95"))));
        cases.put(
                "DUPLICATE_INDICATOR",
                new FiringCase(
                        "人数 twice",
                        () -> of(project("重复")
                                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "25", "25")
                                .indicator("产出指标", "数量指标", "人 数", "≥10人", "10人", "25", "25")
                                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"))));
        cases.put(
                "FUNDS_ROWS_SUM",
                new FiringCase(
                        "100 against 60 + 30",
                        () -> of(standard("资金")
                                .funds(new Funds(
                                        new FundsRow(n("100"), n("100"), n("80")),
                                        new FundsRow(n("60"), n("60"), n("50")),
                                        new FundsRow(n("30"), n("30"), n("30")),
                                        null,
                                        n("10"),
                                        new ClaimedExecution("80%", n("8")))))));
        cases.put(
                "FUNDS_MISSING",
                new FiringCase("no 项目资金", () -> of(standard("无资金").funds(null))));
        cases.put("NO_INDICATORS", new FiringCase("no row", () -> of(project("空"))));
        cases.put(
                "OUTPUTS_MET_WITHOUT_SPENDING",
                new FiringCase(
                        "执行率 20 %", () -> of(standard("未花钱").funds(ProjectBuilder.funds("100", "100", "20", "2")))));
        cases.put(
                "NOT_APPLICABLE_NOT_ADMITTED",
                new FiringCase(
                        "不适用 under 10号",
                        () -> of(with("产出指标", "数量指标", "场次", "≥5场", "5场").notApplicable("本年未举办"))));
        cases.put(
                "NOT_APPLICABLE_UNEXPLAINED",
                new FiringCase(
                        "不适用 without a reason",
                        () -> of(with("产出指标", "数量指标", "场次", "≥5场", "5场").notApplicable("")),
                        admitsNotApplicable));
        cases.put(
                "NOT_APPLICABLE_EXCLUDED",
                new FiringCase(
                        "不适用 with a reason",
                        () -> of(with("产出指标", "数量指标", "场次", "≥5场", "5场").notApplicable("本年未举办")),
                        admitsNotApplicable));
        cases.put(
                "WEIGHTS_SHARED",
                new FiringCase(
                        "rows without weights",
                        () -> of(project("未印分值")
                                .indicator("产出指标", "数量指标", "人数", "≥100人", "120人", null, "25")
                                .indicator("产出指标", "质量指标", "合格率", "≥95%", "98%", null, "25")
                                .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1000人", null, "30")
                                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", null, "10")),
                        RuleSet.defaults()
                                .withWeighing(UnprintedWeights.SHARED_WITHIN_LEVEL1, NotApplicable.NOT_ADMITTED)));
        cases.put(
                "WEIGHT_MISSING",
                new FiringCase(
                        "a row without weight",
                        () -> of(standard("无分值").indicator("产出指标", "数量指标", "场次", "≥5场", "5场", null, "0"))));
        cases.put("TARGET_MISSING", new FiringCase("no target", () -> of(with("产出指标", "数量指标", "场次", null, "5场"))));
        cases.put(
                "TARGET_UNREADABLE",
                new FiringCase("“7×24小时”", () -> of(with("产出指标", "数量指标", "值守", "7×24小时", "7×24小时"))));
        cases.put("ACTUAL_MISSING", new FiringCase("no actual", () -> of(with("产出指标", "数量指标", "场次", "≥5场", null))));
        cases.put("ACTUAL_UNREADABLE", new FiringCase("“662X次”", () -> of(with("产出指标", "数量指标", "场次", "≥5次", "662X次"))));
        cases.put(
                "FRACTION_READ_AS_PERCENT",
                new FiringCase("0.95 against ≥90%", () -> of(with("产出指标", "质量指标", "合格率", "≥90%", "0.95"))));
        cases.put(
                "INDICATOR_DEVIATION",
                new FiringCase(
                        "200 against ≥100",
                        () -> of(with("产出指标", "数量指标", "份数", "≥100份", "200份")),
                        RuleSet.defaults().withDeviation(new Deviation(true, new BigDecimal("0.30"), Points.of(2)))));
        cases.put(
                "TOTAL_CAPPED",
                new FiringCase(
                        "执行率 50 %",
                        () -> of(standard("封顶").funds(ProjectBuilder.funds("100", "100", "50", "5"))),
                        RuleSet.defaults().withExecutionCaps(ExecutionCap.provincial())));
        cases.put(
                "SCORE_IN_WORDS", new FiringCase("“十”", () -> of(standard("中文").claimedInWords("十"))));
        cases.put(
                "SCORE_NOT_CLAIMED",
                new FiringCase(
                        "no claimed score",
                        () -> of(project("未填")
                                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "50", null)
                                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"))));
        cases.put(
                "SCORE_EXCEEDS_WEIGHT",
                new FiringCase(
                        "55 of 50",
                        () -> of(project("超分")
                                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "50", "55")
                                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"))));
        cases.put(
                "QUALITATIVE_SCORE_OUT_OF_TIER",
                new FiringCase(
                        "合格 at 20 of 30",
                        () -> of(project("定性")
                                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "50", "50")
                                .indicator("效益指标", "社会效益指标", "效益", "合格", "合格", "30", "20")
                                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"))));
        cases.put(
                "SCORE_MISMATCH",
                new FiringCase(
                        "145 of ≥200 at 40 of 50",
                        () -> of(project("比例")
                                .indicator("产出指标", "数量指标", "人数", "≥200人", "145人", "50", "40")
                                .reason("疫情")
                                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"))));
        cases.put(
                "REASON_FOR_FAR_OVER_TARGET",
                new FiringCase("30 of ≥10", () -> of(with("产出指标", "数量指标", "人数", "≥10人", "30人"))));
        cases.put(
                "TARGET_SET_TOO_LOW",
                new FiringCase("135 of ≥100", () -> of(with("产出指标", "数量指标", "份数", "≥100份", "135份"))));
        cases.put(
                "COST_WRITTEN_AS_FLOOR",
                new FiringCase("成本 ≥5万元", () -> of(with("产出指标", "成本指标", "印刷成本", "≥5万元", "5万元"))));
        cases.put(
                "SATISFACTION_FROM_NO_COMPLAINTS",
                new FiringCase("未收到投诉", () -> of(with("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "未收到投诉"))));
        cases.put(
                "BENEFIT_COUNTS_ACTIVITIES",
                new FiringCase("效益 ≥5次", () -> of(with("效益指标", "社会效益指标", "宣传活动", "≥5次", "6次"))));
        cases.put(
                "ALL_PROJECTS_AT_FULL_MARKS",
                new FiringCase("two projects at full marks", () -> of(standard("甲"), standard("乙"))));
        cases.put(
                "DUPLICATE_PROJECT_TABLE",
                new FiringCase("甲 twice", () -> of(standard("甲"), standard("甲").goal("另一个目标"))));
        for (String code : List.of(
                "OVERSPENDING_STATED",
                "PROJECT_EXPENDITURE_SUM",
                "PROJECT_EXPENDITURE_AGAINST_TABLES",
                "DUPLICATE_CLAIMED_ITEM",
                "SELF_EVALUATION_COUNT",
                "UNIT_ITEM_EXCEEDS_WEIGHT",
                "UNIT_ITEM_NOT_IN_FRAMEWORK")) {
            cases.put(code, new FiringCase("a whole unit whose figures disagree", CheckCatalogueTest::disagreeingUnit));
        }
        cases.put(
                "KEY_WORK_PLAN_MISSING",
                new FiringCase(
                        "重点工作计划完成率 without a plan",
                        () -> withDepartment(
                                new UnitSelfEvaluation(
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        List.of(new ClaimedItem("重点", "重点工作计划完成率", n("15"), "100%"))),
                                standard("甲"))));
        cases.put(
                "KEY_WORK_RATE_STATED",
                new FiringCase(
                        "95 % stated, 1 of 2 items done",
                        () -> withDepartment(
                                new UnitSelfEvaluation(
                                        null,
                                        null,
                                        null,
                                        List.of(
                                                keyWork(1, KeyWorkStatus.COMPLETED, "验收报告"),
                                                keyWork(2, KeyWorkStatus.PARTIAL, "资金未到位")),
                                        List.of(new ClaimedItem("重点", "重点工作计划完成率", n("14.25"), "完成 95%。")),
                                        Map.of()),
                                standard("甲"))));
        cases.put(
                "KEY_WORK_REASON_MISSING",
                new FiringCase(
                        "an item not done without a reason",
                        () -> withDepartment(
                                new UnitSelfEvaluation(
                                        null,
                                        null,
                                        null,
                                        List.of(
                                                keyWork(1, KeyWorkStatus.COMPLETED, "验收报告"),
                                                keyWork(2, KeyWorkStatus.NOT_COMPLETED, " ")),
                                        List.of(),
                                        Map.of()),
                                standard("甲"))));
        cases.put(
                "KEY_WORK_STATUS_PARTLY_GIVEN",
                new FiringCase(
                        "one item without a status",
                        () -> withDepartment(
                                new UnitSelfEvaluation(
                                        null,
                                        null,
                                        null,
                                        List.of(keyWork(1, KeyWorkStatus.COMPLETED, null), keyWork(2, null, null)),
                                        List.of(),
                                        Map.of()),
                                standard("甲"))));
        UnitFramework short1 = new UnitFramework(
                "少一项",
                "1",
                UnitFramework.defaults()
                        .items()
                        .subList(1, UnitFramework.defaults().items().size()));
        cases.put(
                "FRAMEWORK_WEIGHTS_NOT_100",
                new FiringCase(
                        "a framework without its first item",
                        CheckCatalogueTest::disagreeingUnit,
                        RuleSet.defaults(),
                        short1));
        return cases;
    }

    /** The findings the check raises on the report: those that go when the rule set switches it off. */
    private static List<Finding> raisedBy(Check check, FiringCase firing) {
        SelfEvaluationReport report = firing.report().get();
        List<Finding> on = new SelfEvaluationChecker(firing.rules(), firing.framework())
                .assess(report)
                .findings();
        List<Finding> off = new SelfEvaluationChecker(
                        firing.rules().withCheck(check.code(), CheckSetting.off()), firing.framework())
                .assess(report)
                .findings();
        List<Finding> raised = new ArrayList<>(on);
        off.forEach(raised::remove);
        return raised;
    }

    static Stream<String> codes() {
        return CheckCatalogue.all().stream().map(Check::code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void everyCheckFiresOnAtLeastOneCase(String code) {
        Check check = CheckCatalogue.byCode(code).orElseThrow();
        FiringCase firing = cases().getOrDefault(code, new FiringCase("the seed", CheckCatalogueTest::seed));

        assertThat(raisedBy(check, firing))
                .as("%s on %s", code, firing.name())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.code()).isEqualTo(check.finding()));
    }

    /**
     * A project a reviewer would pass: its targets met with figures of their own, one result below its target with the
     * reason, the money nearly all spent, the claims the rules' scores.
     */
    private static SelfEvaluationReport plain() {
        return ReportBuilder.report()
                .project(ReportBuilder.project("老旧小区雨污分流改造")
                        .indicator("产出指标", "数量指标", "改造小区数量", "≥20个", "21个", "20", "20")
                        .indicator("产出指标", "质量指标", "工程验收合格率", "≥95%", "97%", "10", "10")
                        .indicator("产出指标", "时效指标", "完工时间", "11月底前", "11月20日完工", "10", "10")
                        .indicator("产出指标", "成本指标", "每个小区改造成本", "≤5万元", "4.8万元", "10", "10")
                        .indicator("效益指标", "社会效益指标", "受益居民户数", "≥3000户", "2800户", "30", "28")
                        .reason("两个小区因居民协商延后，受益户数少于目标，已纳入下年计划")
                        .indicator("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93%", "10", "10")
                        .funds(ReportBuilder.ProjectBuilder.funds("100", "100", "96", "9.6"))
                        .claimedTotal("97.6"))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void everyCheckIsQuietOnAProjectAReviewerWouldPass(String code) {
        Check check = CheckCatalogue.byCode(code).orElseThrow();
        FiringCase firing = cases().getOrDefault(code, new FiringCase("the seed", CheckCatalogueTest::seed));
        // under the rule set and framework the check fires with (a check off by default is switched on there)
        FiringCase quiet = new FiringCase(
                "a project a reviewer would pass", CheckCatalogueTest::plain, firing.rules(), firing.framework());

        assertThat(raisedBy(check, quiet)).as("%s on %s", code, quiet.name()).isEmpty();
    }
}
