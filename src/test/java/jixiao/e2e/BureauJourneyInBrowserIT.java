package jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.account.Accounts;
import jixiao.evaluation.Imports;
import jixiao.evaluation.Workflow;
import jixiao.integration.Api;
import jixiao.integration.Credentials;
import jixiao.integration.Evaluations;
import jixiao.integration.OnH2;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.organisation.BudgetUnits;
import jixiao.publication.Publications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finance bureau's journey in a real Chromium, on the shared H2 application: from its home, the region's
 * dashboard, through the 待办 queue of the top bar to the 复核 with a deduction, a return with an opinion, the unit's fix and resubmission, the approval, the
 * publication, and the public page with the PDF and its hash. A region and unit of its own, so that nothing else of
 * the shared database is in its lists.
 */
@OnH2
@ExtendWith(ChromiumInstalled.class)
class BureauJourneyInBrowserIT {

    private static final Path OUTPUT = Path.of("target", "e2e");
    private static final AtomicInteger SERIAL = new AtomicInteger();

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

    private BrowserSession browser;

    @BeforeAll
    static void browserInstalled() {
        Chromium.requireInstalled();
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) throws IOException {
        if (browser != null) {
            try (BrowserSession closing = browser) {
                closing.screenshot(
                        OUTPUT.resolve(test.getTestMethod().orElseThrow().getName() + ".png"));
            }
        }
    }

    @Test
    void theBureauRechecksReturnsApprovesAndPublishesAndThePublicSeesThePdfWithItsHash() throws IOException {
        Organisations organisations = new Organisations(units, accounts);
        Unit unit = organisations.unit(organisations.region("洛阳市偃师区"), "偃师区档案馆");
        int year = 2031 + SERIAL.incrementAndGet();
        String project = "档案数字化";
        new Evaluations(imports, workflow, organisations).sentToBureau(unit, project, year);
        String password = Credentials.FIXTURE_PASSWORD;
        browser = new BrowserSession(OUTPUT.resolve("profile-journey"), "http://localhost:" + port);

        // the bureau: its home is the region's dashboard; from there the 待办 queue, and the worksheet from the queue
        browser.signIn(unit.region().bureau(), password);
        assertThat(browser.location()).startsWith("/overview");
        assertThat(browser.text(By.cssSelector("main h1")))
                .startsWith(unit.region().name());
        assertThat(browser.present(By.id("overdue-count")))
                .as("the dashboard counts overdue 整改")
                .isTrue();
        browser.screenshot(OUTPUT.resolve("journey-0-dashboard.png"));
        browser.openQueueFromTopBar();
        assertThat(browser.location()).contains("todo=true");
        browser.openWorksheetFromList(project);
        assertThat(browser.text(By.id("status"))).isEqualTo("单位已审核");
        assertThat(browser.text(By.id("computed-total"))).isEqualTo("100");
        assertThat(browser.recheckScore("办事效率提高")).isEqualTo("30");

        // 复核 with a deduction: the scale fixes the score, the total follows
        browser.chooseDeduction("办事效率提高", "实际完成情况无佐证材料支撑");
        assertThat(browser.recheckScore("办事效率提高")).isEqualTo("0.00");
        assertThat(browser.text(By.id("recheck-total"))).isEqualTo("70.00");
        browser.noteOn("办事效率提高", "未附满意度调查或办事时限统计");
        browser.clickAndWaitForNewPage(By.id("save-recheck"));
        assertThat(browser.visibleText(By.id("message"))).isEqualTo("复核已保存");
        assertThat(browser.text(By.id("recheck-recorded"))).isEqualTo("70");
        assertThat(browser.text(By.id("gap"))).isEqualTo("30");
        assertThat(browser.text(By.id("gap-flag"))).isEqualTo("差异较大");
        browser.commentOn("办事效率提高", "请补充办事时限统计表");
        assertThat(browser.visibleText(By.id("message"))).startsWith("批注已记录");
        browser.screenshot(OUTPUT.resolve("journey-1-worksheet.png"));

        // return with an opinion
        browser.type(By.id("reason"), "“办事效率提高”无佐证，请补充后重新报送");
        browser.clickAndWaitForNewPage(By.id("return"));
        assertThat(browser.visibleText(By.id("status"))).isEqualTo("退回");
        browser.signOut();

        // the unit reads the opinion and the comment on its row, fixes and resubmits
        browser.signIn(unit.reviewer(), password);
        browser.openFromList(project);
        assertThat(browser.text(By.cssSelector("p.error"))).contains("“办事效率提高”无佐证，请补充后重新报送");
        assertThat(browser.text(By.id("review-comments"))).contains("办事效率提高").contains("请补充办事时限统计表");
        assertThat(browser.text(By.id("notes-recheck"))).isEqualTo("70");
        assertThat(browser.all(By.cssSelector("#row-4.has-comment")))
                .as("the row is marked")
                .hasSize(1);
        browser.screenshot(OUTPUT.resolve("journey-2-unit.png"));
        browser.retype("indicators[4].deviationReason", "已补充办事时限统计表，见附件");
        browser.clickAndWaitForNewPage(By.id("save"));
        assertThat(browser.visibleText(By.id("message"))).isEqualTo("已保存");
        browser.clickAndWaitForNewPage(By.id("submit"));
        assertThat(browser.visibleText(By.id("status"))).isEqualTo("单位已审核");
        browser.signOut();

        // the bureau approves with an opinion and publishes
        browser.signIn(unit.region().bureau(), password);
        browser.openWorksheetFromList(project);
        assertThat(browser.present(By.id("stale")))
                .as("the fix changed no score: the 复核 stands")
                .isFalse();
        assertThat(browser.text(By.id("recheck-recorded"))).isEqualTo("70");
        browser.type(By.id("opinion"), "同意。复核分 70 分，请按整改要求补齐佐证");
        browser.clickAndWaitForNewPage(By.id("approve"));
        assertThat(browser.visibleText(By.id("status"))).isEqualTo("已审核");
        browser.openReviewFromTopBar(By.id("hub"));
        browser.follow("自评报告公开", By.id("unit-reports"));
        browser.clickAndWaitForNewPage(By.id("publish-" + unit.id() + "-" + year));
        assertThat(browser.visibleText(By.id("message"))).startsWith("已公开");
        browser.signOut();

        // anyone, without login: the public page lists the report with its date and hash, and the PDF is that file
        browser.open("/public/reports?year=" + year, By.id("public-reports"));
        List<List<String>> rows = browser.tableRows(By.id("public-reports"));
        List<String> row =
                rows.stream().filter(r -> r.contains(unit.name())).findFirst().orElseThrow();
        assertThat(row.subList(0, 3)).containsExactly(unit.region().name(), String.valueOf(year), unit.name());
        browser.screenshot(OUTPUT.resolve("journey-3-public.png"));
        String href =
                browser.all(By.cssSelector("#public-reports a.pdf")).get(0).getAttribute("href");
        Api.Download pdf = Api.anonymous(port).download(href.substring(href.indexOf("/public/")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(row.get(5)).isEqualTo(Publications.sha256(pdf.body()));
    }
}
