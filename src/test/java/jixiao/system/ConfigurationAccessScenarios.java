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
import jixiao.account.PasswordPolicies;
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

    @Autowired
    PasswordPolicies policies;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    /**
     * The 安全管理员 and the 审计管理员 change no configuration of any kind (三员 kept apart, 等保2.0 三级): the
     * framework, the rule sets, a region's rule set, the deduction scale, the collection round, the units.
     */
    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("administratorsAndConfiguration")
    void neitherTheSecurityAdministratorNorTheAuditorChangesTheConfiguration(
            String username, String password, String path, String body) {
        long activeFramework = activeFrameworkId();
        List<RuleSets.Root> roots = ruleSets.roots();
        int unitsBefore = units.units().size();

        Response refused = Api.anonymous(port)
                .as(username, password)
                .postFormBody(path.replace("{framework}", String.valueOf(activeFramework)), body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(activeFrameworkId()).isEqualTo(activeFramework);
        assertThat(ruleSets.roots()).isEqualTo(roots);
        assertThat(units.units()).hasSize(unitsBefore);
    }

    Stream<Arguments> administratorsAndConfiguration() {
        Map<String, String> endpoints = new java.util.LinkedHashMap<>();
        endpoints.put("/admin/frameworks/edit", frameworkForm(UnitFramework.defaults(), "TAKEOVER"));
        endpoints.put("/admin/frameworks/{framework}/activate", "");
        endpoints.put("/admin/rule-sets/default", "");
        endpoints.put("/admin/units", "region=" + encoded(otherRegion.name()) + "&name=" + encoded("接管单位"));
        endpoints.put("/rule-sets/edit", "year=2094&" + encoded("$.gradeBands.good") + "=81");
        endpoints.put(
                "/review/scale",
                "entries%5B0%5D.code=X&entries%5B0%5D.appliesTo=INDICATOR&entries%5B0%5D.situation=x"
                        + "&entries%5B0%5D.percent=10&entries%5B0%5D.points=&entries%5B0%5D.basis=x");
        endpoints.put("/review/scale/withdraw", "");
        endpoints.put(
                "/collection",
                "year=2094&noticeNumber=1&title=" + encoded("接管") + "&deadline=2095-01-01&allUnits=true");
        return Stream.of(new String[] {"security", SECURITY_PASSWORD}, new String[] {"auditor", AUDITOR_PASSWORD})
                .flatMap(who ->
                        endpoints.entrySet().stream().map(e -> Arguments.of(who[0], who[1], e.getKey(), e.getValue())));
    }

    /**
     * Only the 安全管理员 changes accounts: no business role, of this region or another, and neither 管理员 nor the
     * 审计管理员 creates one, changes a role, resets, disables or unlocks one, or sets the password policy.
     */
    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("othersAndAccounts")
    void nobodyButTheSecurityAdministratorChangesAnAccount(String role, String username, String path, String body) {
        String password =
                switch (username) {
                    case "admin" -> ADMIN_PASSWORD;
                    case "auditor" -> AUDITOR_PASSWORD;
                    default -> FIXTURE_PASSWORD;
                };
        var target = accounts.account(unit.filler()).orElseThrow();
        var passwordState = accounts.passwordState(unit.filler()).orElseThrow();
        var policy = policies.current();

        Response refused = Api.anonymous(port)
                .as(username, password)
                .postFormBody(path.replace("{id}", String.valueOf(target.id())), body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(accounts.account(unit.filler())).contains(target);
        assertThat(accounts.passwordState(unit.filler())).contains(passwordState);
        assertThat(accounts.account("takeover")).isEmpty();
        assertThat(policies.current()).isEqualTo(policy);
    }

    Stream<Arguments> othersAndAccounts() {
        Map<String, String> endpoints = new java.util.LinkedHashMap<>();
        endpoints.put(
                "/accounts",
                "username=takeover&displayName=x&role=SECURITY_ADMINISTRATOR&password=" + encoded("Abcdef-12345"));
        endpoints.put("/accounts/{id}/role", "role=BUREAU_REVIEWER&regionId=" + otherRegion.id());
        endpoints.put("/accounts/{id}/reset", "");
        endpoints.put("/accounts/{id}/disable", "");
        endpoints.put("/accounts/{id}/unlock", "");
        endpoints.put("/accounts/policy", "minLength=1&minClasses=1&expiryDays=0");
        List<Arguments> roles = List.of(
                Arguments.of("填报人", unit.filler()),
                Arguments.of("单位审核", unit.reviewer()),
                Arguments.of("财政局审核（本地区）", unit.region().bureau()),
                Arguments.of("财政局审核（其他地区）", otherRegion.bureau()),
                Arguments.of("管理员", "admin"),
                Arguments.of("审计管理员", "auditor"));
        return roles.stream().flatMap(who -> endpoints.entrySet().stream()
                .map(e -> Arguments.of(who.get()[0], who.get()[1], e.getKey(), e.getValue())));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** What 管理员 changes in the configuration is in the audit trail (issue 13, item 2): units, rule sets, frameworks. */
    @Test
    void theAdministratorsChangesAreInTheAuditTrail() {
        long before = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry")
                .query(Long.class)
                .single();
        Api admin = Api.anonymous(port).as("admin", ADMIN_PASSWORD);

        assertThat(admin.postFormBody(
                                "/admin/units",
                                "region=" + encoded(otherRegion.name()) + "&name=" + encoded("审计日志测试单位"))
                        .status())
                .isEqualTo(302);
        assertThat(admin.postFormBody("/admin/rule-sets/default", "fromYear=2097")
                        .status())
                .isEqualTo(302);
        assertThat(admin.postFormBody("/admin/frameworks/" + activeFrameworkId() + "/activate", "")
                        .status())
                .isEqualTo(302);

        assertThat(jdbc.sql("SELECT action || ' ' || target FROM audit_entry WHERE actor = 'admin' AND seq > ?"
                                + " ORDER BY seq")
                        .param(before)
                        .query(String.class)
                        .list())
                .anyMatch(e -> e.startsWith("unit.created 单位 ") && e.endsWith(" 审计日志测试单位"))
                .anyMatch(e -> e.equals("ruleSet.default 规则集 内置默认"))
                .anyMatch(e -> e.startsWith("framework.activated "));
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
