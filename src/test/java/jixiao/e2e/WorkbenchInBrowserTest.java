package jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.account.Accounts;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.Imports;
import jixiao.evaluation.Workflow;
import jixiao.integration.Organisations;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import jixiao.system.JixiaoApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The finance bureau's overview and the lists in a real headless Chromium (1280 px wide, as the bureau's screens):
 * every chart is drawn with the table of its numbers beside it, a click on a bar opens the list of what it counts;
 * the list is searched, filtered, sorted, paged, and two evaluations are approved at once with one opinion. The region
 * is the demo's (三门峡市) with two more units, whose projects are sent to the bureau through the workflow.
 */
@ExtendWith(ChromiumInstalled.class)
@SpringBootTest(
        classes = JixiaoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.openqa.selenium.devtools=ERROR")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchInBrowserTest {

    private static final String PASSWORD = "e2e-Demo-Passw0rd";
    private static final Path OUTPUT = Path.of("target", "e2e");
    private static final int YEAR = 2021;

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    @Autowired
    Workflow workflow;

    private final Map<String, BrowserSession> sessions = new LinkedHashMap<>();
    private Organisations organisations;
    private Organisations.Unit school;
    private Organisations.Unit library;

    @DynamicPropertySource
    static void freshDemoDatabase(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(OUTPUT);
        Path data = Files.createTempDirectory(OUTPUT.toAbsolutePath(), "db-");
        registry.add("JIXIAO_DATA", data::toString);
        registry.add("jixiao.demo", () -> "true");
        registry.add("jixiao.demo-password", () -> PASSWORD);
        registry.add("jixiao.admin-password", () -> "e2e-Admin-Passw0rd");
    }

    /**
     * Two units of the demo region with projects sent to the bureau: the school's 25 all clean (优, 100 points), the
     * library's 4 reaching half their first target (良).
     */
    @BeforeAll
    void region() {
        Chromium.requireInstalled();
        organisations = new Organisations(units, accounts);
        long region = units.region("三门峡市");
        school = unit(region, "三门峡市实验学校");
        library = unit(region, "三门峡市图书馆");
        for (int i = 1; i <= 25; i++) {
            sent(school, project(school, String.format("校舍维修-%02d", i), false), i);
        }
        for (int i = 1; i <= 4; i++) {
            sent(library, project(library, "古籍保护-" + i, true), 100 + i);
        }
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) throws IOException {
        String name = test.getTestMethod().orElseThrow().getName();
        List<Exception> failures = new ArrayList<>();
        for (Map.Entry<String, BrowserSession> session : sessions.entrySet()) {
            try (BrowserSession browser = session.getValue()) {
                browser.screenshot(OUTPUT.resolve(name + "-" + session.getKey() + ".png"));
            } catch (IOException | RuntimeException e) {
                failures.add(e);
            }
        }
        sessions.clear();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("could not take a screenshot or close a browser", failures.get(0));
        }
    }

    @Test
    void theBureauSeesEveryChartWithItsTableAndABarOpensTheListOfWhatItCounts() throws IOException {
        BrowserSession browser = open("overview");
        browser.signIn("caizheng", PASSWORD);
        assertThat(browser.location()).startsWith("/overview");

        int charts = browser.chartsDrawn();
        // progress, grades, totals, execution rates, money per unit at least (the others where there is something)
        assertThat(charts).isGreaterThanOrEqualTo(5);
        for (By chart :
                List.of(By.id("data-progress"), By.id("data-grades"), By.id("data-rates"), By.id("data-money"))) {
            assertThat(browser.tableRows(chart))
                    .as("the table beside the chart")
                    .isNotEmpty();
        }
        // the grades: 25 优 of the school, 4 良 of the library (the demo unit sent nothing)
        assertThat(browser.tableRows(By.id("data-grades")))
                .contains(List.of("25"), List.of("4"))
                .hasSize(4);
        assertThat(browser.text(By.id("data-grades"))).contains("优 25").contains("良 4");
        assertThat(browser.bars("data-grades")).isEqualTo(2);

        browser.clickBar("data-grades", 1);

        assertThat(browser.location()).startsWith("/evaluations").contains("grade=GOOD");
        List<List<String>> rows = browser.tableRows(By.id("evaluations"));
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).contains("良", library.name()));
    }

    @Test
    void theBureauSearchesFiltersSortsPagesAndApprovesTwoAtOnce() throws IOException {
        BrowserSession browser = open("list");
        browser.signIn("caizheng", PASSWORD);
        browser.visit("/evaluations?year=" + YEAR, By.id("evaluations"));
        assertThat(browser.text(By.id("count"))).isEqualTo("共 29 条");
        assertThat(browser.text(By.id("page-number"))).isEqualTo("第 1 / 2 页");

        browser.clickAndWaitForNewPage(By.id("next"));
        assertThat(browser.text(By.id("page-number"))).isEqualTo("第 2 / 2 页");
        assertThat(browser.tableRows(By.id("evaluations"))).hasSize(9);

        browser.fill(By.name("q"), "图书馆");
        browser.clickAndWaitForNewPage(By.id("search-button"));
        assertThat(browser.tableRows(By.id("evaluations"))).hasSize(4).allSatisfy(row -> assertThat(row)
                .contains(library.name()));

        browser.fill(By.name("q"), "");
        browser.select("grade", "EXCELLENT");
        browser.clickAndWaitForNewPage(By.id("search-button"));
        assertThat(browser.text(By.id("count"))).isEqualTo("共 25 条");

        // sorted by 全年预算数: the school's budgets are 1 … 25 (万元), largest first on the second click
        browser.follow("全年预算数（万元）", By.id("evaluations"));
        assertThat(browser.tableRows(By.id("evaluations")).get(0)).contains("1.00");
        browser.follow("全年预算数（万元） ▲", By.id("evaluations"));
        assertThat(browser.tableRows(By.id("evaluations")).get(0)).contains("25.00", "校舍维修-25");

        browser.tick(By.cssSelector("#evaluations tbody tr:nth-child(1) input.pick"));
        browser.tick(By.cssSelector("#evaluations tbody tr:nth-child(2) input.pick"));
        browser.type(By.id("batch-opinion"), "资料齐全，同意");
        browser.clickAndWaitForNewPage(By.id("batch-approve"));

        assertThat(browser.visibleText(By.id("message"))).isEqualTo("已通过 2 张（共选择 2 张）");
        assertThat(browser.tableRows(By.id("outcomes")))
                .containsExactlyInAnyOrder(List.of("校舍维修-25", "已完成"), List.of("校舍维修-24", "已完成"));
        assertThat(browser.tableRows(By.id("evaluations")).get(0)).contains("校舍维修-25", "已审核");
        assertThat(browser.tableRows(By.id("evaluations")).get(1)).contains("校舍维修-24", "已审核");
        assertThat(browser.tableRows(By.id("evaluations")).get(2)).contains("单位已审核");
    }

    private Organisations.Unit unit(long region, String name) {
        long id = units.createUnit(region, name, null, null);
        Organisations.Unit staffed = organisations.staffed("三门峡市", name);
        assertThat(staffed.id()).isEqualTo(id);
        return staffed;
    }

    /** A clean project with a budget of {@code budget} 万元; {@code weak}: half its first target reached. */
    private ObjectNode project(Organisations.Unit unit, String name, boolean weak) {
        ObjectNode project = ReportDocument.cleanProject(name, unit.name());
        if (weak) {
            ObjectNode first = (ObjectNode) ((ArrayNode) project.get("indicators")).get(0);
            first.put("actual", "100件").put("claimedScore", new BigDecimal("2")).put("deviationReason", "设备延期到货");
            ((ObjectNode) project.get("claimed")).put("total", 82);
        }
        return project;
    }

    /** Imports the project with the given budget and sends it to the bureau (submitted, approved by the unit). */
    private void sent(Organisations.Unit unit, ObjectNode project, int budget) {
        for (String row : List.of("total", "fiscalAppropriation")) {
            ((ObjectNode) project.get("funds").get(row))
                    .put("initialBudget", budget)
                    .put("annualBudget", budget)
                    .put("executed", budget);
        }
        var report = ReportDocument.forUnit(unit.name())
                .fiscalYear(YEAR)
                .withProject(project)
                .report();
        long id = imports.importReport(report, unit.id(), "fixture").projects().get(0);
        workflow.submit(organisations.account(unit.filler()), id, EvaluationKind.PROJECT);
        workflow.approveForUnit(organisations.account(unit.reviewer()), id, EvaluationKind.PROJECT);
    }

    private BrowserSession open(String name) throws IOException {
        Path profile = Files.createTempDirectory(OUTPUT.toAbsolutePath(), "chromium-" + name + "-");
        BrowserSession session = new BrowserSession(profile, "http://127.0.0.1:" + port);
        sessions.put(name, session);
        return session;
    }
}
