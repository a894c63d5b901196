package jixiao.system;

import static jixiao.integration.Credentials.ADMIN_PASSWORD;
import static jixiao.integration.Credentials.AUDITOR_PASSWORD;
import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static jixiao.integration.Credentials.SECURITY_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.account.Accounts;
import jixiao.evaluation.UnitFrameworks;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Html;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Region;
import jixiao.integration.Organisations.Unit;
import jixiao.interchange.RuleSetFile;
import jixiao.interchange.UnitFrameworkFile;
import jixiao.organisation.BudgetUnits;
import jixiao.rules.RuleSets;
import jixiao.scoring.RuleSet;
import jixiao.scoring.UnitFramework;
import jixiao.shared.Points;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may change the configuration that scores every region: the 整体自评框架 and the rule sets. Until rule sets and
 * frameworks are kept per region, only 管理员 changes them; every other role, of the region of the demo unit or of
 * another, is refused on every change endpoint and the configuration in force stays as it was. A framework or rule
 * set whose weights do not add up to 100 is refused with the sum named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConfigurationAccessScenarios {

    static final String HTML = "text/html,application/xhtml+xml";

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    UnitFrameworks frameworks;

    @Autowired
    RuleSets ruleSets;

    Organisations organisations;
    Unit unit;
    Region otherRegion;

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        Region region = organisations.region("洛阳市");
        unit = organisations.unit(region, "洛阳市财政局预算科");
        otherRegion = organisations.region("许昌市");
    }

    /** Every role but 管理员, of the region and of another region. */
    Stream<Arguments> nonAdministrators() {
        return Stream.of(
                Arguments.of("填报人", unit.filler()),
                Arguments.of("单位审核", unit.reviewer()),
                Arguments.of("财政局审核（本地区）", unit.region().bureau()),
                Arguments.of("财政局审核（其他地区）", otherRegion.bureau()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonAdministrators")
    void nobodyButTheAdministratorChangesTheFrameworkOrTheRuleSet(String role, String username) {
        Api api = Api.anonymous(port).as(username, FIXTURE_PASSWORD);
        long activeFramework = activeFrameworkId();
        List<RuleSets.Root> roots = ruleSets.roots();
        UnitFramework framework = UnitFramework.defaults();

        assertThat(api.postFormBody("/admin/frameworks/edit", frameworkForm(framework, "TAKEOVER"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postForm("/admin/frameworks/" + activeFramework + "/activate", Map.of())
                        .status())
                .isEqualTo(403);
        UnitFramework renamed = new UnitFramework("接管框架", "1", framework.items());
        assertThat(api.postFile(
                                "/admin/frameworks",
                                "file",
                                "f.json",
                                new UnitFrameworkFile().write(renamed).getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
        RuleSet rules = RuleSet.defaults();
        RuleSet other = new RuleSet(
                "接管规则",
                "1",
                rules.level1Weights(),
                rules.executionWeight(),
                rules.gradeBands(),
                rules.reverseFormula(),
                rules.scoreTolerance(),
                rules.executionExplanationThreshold(),
                rules.achievedFloor(),
                rules.partialFloor(),
                rules.overAchievementRatio());
        assertThat(api.postFile(
                                "/admin/rule-sets",
                                "file",
                                "r.json",
                                new RuleSetFile().write(other).getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
        assertThat(api.postForm("/admin/rule-sets/default", Map.of()).status()).isEqualTo(403);
        assertThat(api.postForm("/admin/rule-sets/1/activate", Map.of()).status())
                .isEqualTo(403);

        assertThat(activeFrameworkId()).isEqualTo(activeFramework);
        assertThat(frameworks.active().version()).isNotEqualTo("TAKEOVER");
        assertThat(ruleSets.roots()).isEqualTo(roots);
    }

    /** Every business role reads the catalogue of checks (检查项说明), in both languages; the 三员 read no business page. */
    @Test
    void everyBusinessRoleReadsTheChecksAndNeitherTheSecurityAdministratorNorTheAuditorDoes() {
        for (String[] who : new String[][] {
            {unit.filler(), FIXTURE_PASSWORD},
            {unit.reviewer(), FIXTURE_PASSWORD},
            {unit.region().bureau(), FIXTURE_PASSWORD},
            {"admin", ADMIN_PASSWORD}
        }) {
            Api api = Api.anonymous(port).as(who[0], who[1]);
            Response page = api.get("/help/checks", HTML);
            assertThat(page.status()).as(who[0]).isEqualTo(200);
            assertThat(page.body())
                    .contains("TARGET_SET_TOO_LOW")
                    .contains("实际完成值达到指标值的规定比例以上（如 130%），没有说明原因：指标值可能定得过低。")
                    .contains("合理性");
            Response english = api.get("/help/checks?lang=en&category=PLAUSIBILITY", HTML);
            assertThat(english.body())
                    .contains("the target was probably set too low")
                    .contains("Plausibility")
                    .doesNotContain("SCORE_MISMATCH</code>");
        }
        Response filtered = Api.anonymous(port)
                .as(unit.filler(), FIXTURE_PASSWORD)
                .get("/help/checks?finding=ALL_AT_FULL_MARKS", HTML);
        assertThat(filtered.body())
                .contains("ALL_INDICATORS_AT_FULL_MARKS")
                .contains("ALL_PROJECTS_AT_FULL_MARKS")
                .doesNotContain("TARGET_SET_TOO_LOW</code>");
        assertThat(Api.anonymous(port)
                        .as("security", SECURITY_PASSWORD)
                        .get("/help/checks", HTML)
                        .status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port)
                        .as("auditor", AUDITOR_PASSWORD)
                        .get("/help/checks", HTML)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aBureauSeesTheFrameworkInForceWithoutAnyFormToChangeIt() {
        Response page =
                Api.anonymous(port).as(unit.region().bureau(), FIXTURE_PASSWORD).get("/admin/frameworks", HTML);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("重点工作计划完成率")
                .doesNotContain("id=\"framework-version\"")
                .doesNotContain("/activate\"")
                .doesNotContain("enctype=\"multipart/form-data\"");
    }

    @Test
    void aFrameworkWhoseWeightsDoNotAddUpTo100IsRefusedWithTheSum() {
        Api admin = Api.browser(port).as("admin", ADMIN_PASSWORD);
        long before = activeFrameworkId();
        UnitFramework framework = UnitFramework.defaults();

        Response zero = admin.postFormBody("/admin/frameworks/edit", frameworkForm(withAllWeights(framework, 0), "Z"));
        assertThat(zero.status()).isEqualTo(302);
        assertThat(Html.textOf(admin.get("/admin/frameworks", HTML).body(), "error"))
                .isEqualTo("框架各项分值合计 0 分，应为 100 分；未保存");

        UnitFramework over = new UnitFramework(
                "超额框架", "105", withFirstWeight(framework, Points.of(10)).items());
        Response uploaded = admin.postFile(
                "/admin/frameworks",
                "file",
                "over.json",
                new UnitFrameworkFile().write(over).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(Html.textOf(admin.get("/admin/frameworks", HTML).body(), "error"))
                .isEqualTo("框架各项分值合计 105 分，应为 100 分；未保存");

        assertThat(activeFrameworkId()).isEqualTo(before);
        assertThat(frameworks.list()).noneMatch(v -> v.name().equals("超额框架"));
    }

    @Test
    void aRuleSetWhoseWeightsDoNotAddUpTo100IsRefusedWithTheSum() {
        Api admin = Api.browser(port).as("admin", ADMIN_PASSWORD);
        RuleSet rules = RuleSet.defaults();
        Map<String, Points> weights = new java.util.LinkedHashMap<>(rules.level1Weights());
        weights.put("产出", Points.of(60));
        RuleSet wrong = new RuleSet(
                "合计不对的规则",
                "1",
                weights,
                rules.executionWeight(),
                rules.gradeBands(),
                rules.reverseFormula(),
                rules.scoreTolerance(),
                rules.executionExplanationThreshold(),
                rules.achievedFloor(),
                rules.partialFloor(),
                rules.overAchievementRatio());

        Response uploaded = admin.postFile(
                "/admin/rule-sets?lang=en",
                "file",
                "rules.json",
                new RuleSetFile().write(wrong).getBytes(StandardCharsets.UTF_8));

        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(Html.textOf(admin.get("/admin", HTML).body(), "error"))
                .isEqualTo(
                        "The rule set's level-1 weights and the budget execution weight add up to 110, not 100; nothing was loaded");
        assertThat(ruleSets.list()).noneMatch(v -> v.name().equals("合计不对的规则"));
    }

    private long activeFrameworkId() {
        return frameworks.list().stream()
                .filter(v -> v.active())
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static UnitFramework withAllWeights(UnitFramework framework, int weight) {
        return new UnitFramework(
                framework.name(),
                framework.version(),
                framework.items().stream()
                        .map(i -> new UnitFramework.Item(
                                i.area(), i.name(), Points.of(weight), i.weightBasis(), i.measure()))
                        .toList());
    }

    private static UnitFramework withFirstWeight(UnitFramework framework, Points weight) {
        var items = new java.util.ArrayList<>(framework.items());
        UnitFramework.Item first = items.get(0);
        items.set(0, new UnitFramework.Item(first.area(), first.name(), weight, first.weightBasis(), first.measure()));
        return new UnitFramework(framework.name(), framework.version(), items);
    }

    private static String frameworkForm(UnitFramework framework, String version) {
        StringBuilder body = new StringBuilder("version=" + URLEncoder.encode(version, StandardCharsets.UTF_8));
        for (UnitFramework.Item item : framework.items()) {
            body.append("&weight=").append(URLEncoder.encode(item.weight().toString(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
