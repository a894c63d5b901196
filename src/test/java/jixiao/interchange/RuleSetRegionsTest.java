package jixiao.interchange;

import static jixiao.scoring.ReportBuilder.project;
import static jixiao.scoring.ReportBuilder.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import jixiao.scoring.CheckSetting;
import jixiao.scoring.FindingCode;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.Severity;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A region's rule set as the changes it names to its parent's: resolving a chain, validating a set, its fields. */
class RuleSetRegionsTest {
    private final RuleSetFile file = new RuleSetFile();

    /** A province: 指标偏离 on, caps by 执行率, 不适用 admitted within the 一级指标. */
    private static final String PROVINCE =
            """
            {"name": "河南省项目支出自评细则", "version": "2024.1",
             "deviation": {"applies": true},
             "executionCaps": [{"below": 0.8, "atMost": 89}, {"below": 0.7, "atMost": 79},
                               {"below": 0.6, "atMost": 69}, {"below": 0.5, "atMost": 59}],
             "notApplicable": "withinLevel1",
             "checks": {"VAGUE_TARGET": {"severity": "error"}}}
            """;

    /** A city under it: a stricter deviation, and VAGUE_TARGET off. */
    private static final String CITY =
            """
            {"name": "三门峡市细则", "version": "2024.2",
             "deviation": {"share": 0.2},
             "checks": {"VAGUE_TARGET": {"enabled": false}}}
            """;

    static Stream<Arguments> chains() {
        return Stream.of(
                Arguments.of(List.of(), "财预〔2020〕10号", false, "0.30", 0, Severity.WARNING, true),
                Arguments.of(List.of(PROVINCE), "河南省项目支出自评细则", true, "0.30", 4, Severity.ERROR, true),
                Arguments.of(List.of(PROVINCE, CITY), "三门峡市细则", true, "0.2", 4, Severity.ERROR, false),
                Arguments.of(List.of(CITY), "三门峡市细则", false, "0.2", 0, Severity.WARNING, false));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("chains")
    void aChainOfSetsResolvesToTheSetInForce(
            List<String> changes,
            String name,
            boolean deviation,
            String share,
            int caps,
            Severity vagueSeverity,
            boolean vagueOn)
            throws Exception {
        RuleSet rules = file.resolve(RuleSet.defaults(), changes);

        assertThat(rules.name()).isEqualTo(name);
        assertThat(rules.deviation().applies()).isEqualTo(deviation);
        assertThat(rules.deviation().share()).isEqualByComparingTo(share);
        assertThat(rules.deviation().points()).isEqualTo(Points.of(2)); // never named: the default's
        assertThat(rules.executionCaps()).hasSize(caps);
        var vague = jixiao.scoring.check.CheckCatalogue.byCode("VAGUE_TARGET").orElseThrow();
        assertThat(rules.severityOf(vague)).isEqualTo(vagueSeverity);
        assertThat(rules.isOn(vague)).isEqualTo(vagueOn);
        assertThat(rules.level1Weights()).isEqualTo(RuleSet.defaults().level1Weights());
    }

    @Test
    void aListReplacesTheParentsWholeAndAnObjectFieldByField() throws Exception {
        String county =
                """
                {"name": "卢氏县", "version": "1",
                 "level1Weights": {"产出": 40, "成本": 10, "效益": 30, "满意度": 10},
                 "executionCaps": [{"below": 0.5, "atMost": 59}],
                 "gradeBands": {"excellent": 85},
                 "checks": {"VAGUE_TARGET": {"severity": "info"}}}
                """;

        RuleSet rules = file.resolve(RuleSet.defaults(), List.of(PROVINCE, CITY, county));

        assertThat(rules.level1Weights().keySet()).containsExactlyInAnyOrder("产出", "成本", "效益", "满意度");
        assertThat(rules.executionCaps()).singleElement().satisfies(cap -> assertThat(cap.atMost())
                .isEqualTo(Points.of(59)));
        assertThat(rules.gradeBands().excellent()).isEqualTo(Points.of(85));
        assertThat(rules.gradeBands().good()).isEqualTo(Points.of(80));
        // the county gives VAGUE_TARGET a severity; the city had switched it off, which stays
        assertThat(rules.checks().get("VAGUE_TARGET"))
                .isEqualTo(new CheckSetting(false, Severity.INFO, java.util.Map.of()));
    }

    @Test
    void aRegionsSetChangesOnlyThatRegionsScores() throws Exception {
        RuleSet province = file.resolve(RuleSet.defaults(), List.of(PROVINCE));
        RuleSet city = file.resolve(RuleSet.defaults(), List.of(PROVINCE, CITY));
        SelfEvaluationReport report = report().project(project("偏离")
                        .indicator("产出指标", "数量指标", "人数", "≥100人", "125人", "50", "50")
                        .indicator("效益指标", "社会效益指标", "效益", "提升", "提升", "30", "30")
                        .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"))
                .build();

        ReportAssessment underProvince = new SelfEvaluationChecker(province).assess(report);
        ReportAssessment underCity = new SelfEvaluationChecker(city).assess(report);
        ReportAssessment underDefault = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);

        // 25 % beyond the target: a deviation at the city's 20 %, not at the province's 30 %
        assertThat(underDefault.projects().get(0).total()).isEqualTo(Points.of(100));
        assertThat(underProvince.projects().get(0).total()).isEqualTo(Points.of(100));
        assertThat(underCity.projects().get(0).total()).isEqualTo(Points.of(98));
        assertThat(codes(underProvince)).contains(FindingCode.VAGUE_TARGET);
        assertThat(codes(underCity)).doesNotContain(FindingCode.VAGUE_TARGET);
    }

    private static List<FindingCode> codes(ReportAssessment assessment) {
        return assessment.findings().stream().map(f -> f.code()).toList();
    }

    @Test
    void aProblemOfALayerIsThrownNamingTheLayer() {
        InterchangeException e = catchThrowableOfType(
                InterchangeException.class,
                () -> file.resolve(
                        RuleSet.defaults(),
                        List.of(PROVINCE, "{\"name\": \"市\", \"version\": \"1\", \"deviation\": {\"share\": -1}}")));

        assertThat(e.path()).isEqualTo("$.deviation.share");
        assertThat(e.message()).startsWith("第 2 层规则集：").contains("-1");
    }

    static Stream<Arguments> brokenChanges() {
        return Stream.of(
                Arguments.of("{\"version\": \"1\"}", "$.name", "规则集名称", "缺少必填字段"),
                Arguments.of(change("\"gradeBands\": {\"good\": 95}"), "$.gradeBands", "等级分数线", "良 95"),
                Arguments.of(
                        change("\"executionCaps\": [{\"below\": 1.2, \"atMost\": 89}]"),
                        "$.executionCaps[0].below",
                        "执行率低于",
                        "1.2"),
                Arguments.of(
                        change(
                                "\"executionCaps\": [{\"below\": 0.8, \"atMost\": 79}, {\"below\": 0.7, \"atMost\": 89}]"),
                        "$.executionCaps",
                        "按执行率封顶",
                        "89"),
                Arguments.of(
                        change("\"checks\": {\"VAGUE_TARGETS\": {\"enabled\": false}}"),
                        "$.checks.VAGUE_TARGETS",
                        "检查设置",
                        "\"VAGUE_TARGET\""),
                Arguments.of(
                        change("\"checks\": {\"VAGUE_TARGET\": {\"severity\": \"fatal\"}}"),
                        "$.checks.VAGUE_TARGET.severity",
                        "严重程度",
                        "\"fatal\""),
                Arguments.of(
                        change("\"checks\": {\"VAGUE_TARGET\": {\"parameters\": {\"ratio\": 2}}}"),
                        "$.checks.VAGUE_TARGET.parameters.ratio",
                        "参数",
                        "\"ratio\""),
                Arguments.of(change("\"notApplicable\": \"yes\""), "$.notApplicable", "不适用指标", "\"yes\""),
                Arguments.of(
                        change("\"level1Weights\": {\"产出\": 60, \"效益\": 30, \"满意度\": 10}"),
                        "$.level1Weights",
                        "一级指标分值",
                        "110"));
    }

    private static String change(String fields) {
        return "{\"name\": \"测试\", \"version\": \"1\", " + fields + "}";
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenChanges")
    void aProblemNamesTheFieldItsChineseNameAndTheValue(String json, String path, String field, String shown) {
        List<RuleSetProblem> problems = file.problems(json, RuleSet.defaults());

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).path()).isEqualTo(path);
        assertThat(problems.get(0).field()).isEqualTo(field);
        assertThat(problems.get(0).message()).contains(shown);
        assertThat(problems.get(0).toString()).startsWith(field + "（" + path + "）：");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        String json = change(
                "\"scoreTolerance\": -1, \"achievedFloor\": 2, \"weird\": 1, \"deviation\": {\"points\": 2.125}");

        List<RuleSetProblem> problems = file.problems(json, RuleSet.defaults());

        assertThat(problems)
                .extracting(RuleSetProblem::path)
                .containsExactlyInAnyOrder("$.weird", "$.scoreTolerance", "$.achievedFloor", "$.deviation.points");
    }

    @Test
    void aCompleteSetIsValidatedOnItsOwnAndAValidSetHasNoProblems() {
        assertThat(file.problems(file.write(RuleSet.defaults()), null)).isEmpty();
        assertThat(file.problems(file.write(RuleSet.layout101()), null)).isEmpty();
        assertThat(file.problems(PROVINCE, RuleSet.defaults())).isEmpty();
        assertThat(file.problems(PROVINCE, null))
                .extracting(RuleSetProblem::path)
                .contains("$.level1Weights", "$.gradeBands");
        assertThat(file.problems("{not json", null)).singleElement().satisfies(p -> assertThat(p.message())
                .contains("第 1 行"));
    }

    @Test
    void everyFieldHasAChineseNameAndDescription() {
        List<RuleSetField> fields = RuleSetFile.fields();

        assertThat(fields)
                .extracting(RuleSetField::path)
                .contains(
                        "$.name",
                        "$.gradeBands.good",
                        "$.deviation.share",
                        "$.executionCaps[*].atMost",
                        "$.checks.*.severity",
                        "$.notApplicable");
        assertThat(fields).allSatisfy(f -> {
            assertThat(f.title()).as(f.path()).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(f.description()).as(f.path()).matches(".*[\\u4e00-\\u9fff].*");
        });
        assertThat(fields)
                .filteredOn(RuleSetField::required)
                .extracting(RuleSetField::path)
                .contains("$.name", "$.gradeBands", "$.gradeBands.excellent")
                .doesNotContain("$.deviation", "$.checks");
        assertThat(fields)
                .filteredOn(f -> f.path().equals("$.reverseFormula"))
                .singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactly("linear2T", "ratio"));
    }

    @Test
    void theBuiltInSetsAndAFullSetRoundTrip() throws Exception {
        RuleSet full = RuleSet.layout101()
                .withDeviation(new RuleSet.Deviation(true, new BigDecimal("0.25"), Points.of(3)))
                .withExecutionCaps(RuleSet.ExecutionCap.provincial())
                .withWeighing(RuleSet.UnprintedWeights.SHARED_WITHIN_LEVEL1, RuleSet.NotApplicable.ACROSS_INDICATORS)
                .withCheck("VAGUE_TARGET", CheckSetting.off())
                .withCheck("GOAL_COPIED", CheckSetting.severity(Severity.ERROR));

        for (RuleSet rules : List.of(RuleSet.defaults(), RuleSet.layout101(), full)) {
            assertThat(file.read(file.write(rules))).as(rules.name()).isEqualTo(rules);
        }
    }
}
