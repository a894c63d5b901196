package jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jixiao.account.Accounts;
import jixiao.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * axe-core (src/test/resources/axe) run in Chromium on the pages people work in: the list, the editors, the pages of
 * the clerk's own and the administration; none may have a violation axe rates serious or critical (a control without
 * an accessible name, text without contrast …). The editor fits 1280 px without sideways scrolling and 1024 px too.
 */
class AccessibilityInBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    private static String axe;

    @BeforeAll
    static void axe() throws IOException {
        try (InputStream in = AccessibilityInBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The serious and critical violations of the page shown, one line each: rule, impact, the first elements. */
    private static List<String> violations(BrowserSession browser) {
        browser.run(axe);
        Object found = browser.runAsync("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(function (result) {"
                + "   done(result.violations"
                + "     .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "     .map(function (v) { return v.id + ' (' + v.impact + '): '"
                + "       + v.nodes.slice(0, 4).map(function (n) { return n.target.join(' ')"
                + "         + (n.any.length ? ' [' + n.any[0].message + ']' : ''); }).join(' | '); }));"
                + " }, function (error) { done(['axe failed: ' + error]); });");
        List<String> lines = new ArrayList<>();
        for (Object line : (List<?>) found) {
            lines.add(String.valueOf(line));
        }
        return lines;
    }

    private static void check(BrowserSession browser, String page) {
        assertThat(violations(browser))
                .as("serious or critical axe violations of " + page)
                .isEmpty();
    }

    @Test
    void theClerksPagesHaveNoSeriousOrCriticalViolation() throws IOException {
        BrowserSession clerk = open("clerk");
        clerk.signIn("tianbao", PASSWORD);
        check(clerk, "the list");
        clerk.openFromList("专家评审费");
        clerk.waitFor(By.id("evidence-upload"));
        check(clerk, "the project editor");
        clerk.openUnitEvaluation();
        clerk.waitFor(By.id("evidence-upload"));
        check(clerk, "the whole-unit editor");
        clerk.visit("/evaluations/new", By.id("new-project"));
        check(clerk, "the new page");
        clerk.visit("/evaluations/import", By.id("upload"));
        check(clerk, "the import page");
        clerk.clickAndWaitForNewPage(By.linkText("← 返回列表"));
        clerk.switchLanguage("EN");
        clerk.openFromList("专家评审费");
        check(clerk, "the project editor in English");
        clerk.screenshot(OUTPUT.resolve("project-editor-in-english.png"));
        // the engine's sentences too: nothing Chinese is left outside the quoted names and values the unit typed
        assertThat(jixiao.translation.EngineEnglishTest.unquoted(clerk.text(By.id("workflow"))))
                .as("the errors to explain, in English")
                .containsPattern("The (analysis|text)")
                .doesNotContainPattern("\\p{IsHan}");
        clerk.switchLanguage("中文");
    }

    @Test
    void theReviewersAndTheAdministratorsPagesHaveNoSeriousOrCriticalViolation() throws IOException {
        BrowserSession reviewer = open("reviewer");
        reviewer.signIn("danwei", PASSWORD);
        reviewer.openFromList("培训宣传等专项业务费");
        check(reviewer, "the project editor of a unit reviewer");

        BrowserSession admin = open("admin");
        admin.signIn("admin", ADMIN_PASSWORD);
        admin.visit("/admin", By.id("units"));
        check(admin, "the administration");
        admin.visit("/admin/frameworks", By.cssSelector("main h1"));
        check(admin, "the frameworks");
    }

    @Test
    void theBureauRemindsALateUnitAndItsClerkNotesTheReminderBothPagesWithoutSeriousViolations() throws IOException {
        BrowserSession bureau = open("bureau");
        bureau.signIn("caizheng", PASSWORD);
        bureau.visit("/overview/units?year=2021", By.id("remind-form"));
        check(bureau, "the round's units with 催报");
        bureau.tick(By.cssSelector("#units input.pick[aria-label='选择 三门峡市公共资源交易中心']"));
        bureau.fill(By.name("message"), "请于本周内报送2021年度自评表。");
        bureau.clickAndWaitForNewPage(By.id("remind-selected"));
        assertThat(bureau.visibleText(By.id("message"))).isEqualTo("已向 1 个单位催报");

        BrowserSession clerk = open("reminded");
        clerk.signIn("tianbao", PASSWORD);
        assertThat(clerk.visibleText(By.id("reminders"))).contains("财政局催报").contains("请于本周内报送2021年度自评表。");
        check(clerk, "the list with a reminder");
        clerk.click(By.cssSelector("#reminders .reminder button"));
        clerk.waitUntilAbsent(By.cssSelector("#reminders .reminder"));
        bureau.visit("/overview/units?year=2021", By.id("remind-form"));
        assertThat(bureau.text(By.id("units"))).contains("tianbao 已读");
    }

    @Test
    void theSecurityAndAuditAdministratorsPagesHaveNoSeriousOrCriticalViolation() throws IOException {
        // the 三员's own accounts, with the demo password and nothing to change at the first sign-in
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        accounts.createAccount("e2e-anquan", hash, "安全管理员", Role.SECURITY_ADMINISTRATOR, null, null);
        accounts.createAccount("e2e-shenji", hash, "审计管理员", Role.AUDITOR, null, null);

        BrowserSession security = open("security");
        security.signIn("e2e-anquan", PASSWORD);
        security.visit("/accounts", By.id("accounts"));
        check(security, "the accounts");

        BrowserSession auditor = open("auditor");
        auditor.signIn("e2e-shenji", PASSWORD);
        auditor.visit("/audit", By.cssSelector("main h1"));
        check(auditor, "the audit trail");
    }

    @Test
    void theEditorFits1280PixelsWithoutSidewaysScrollingAnd1024Too() throws IOException {
        BrowserSession clerk = open("width");
        clerk.signIn("tianbao", PASSWORD);
        clerk.openFromList("交易平台建设及电子化建设");
        for (int width : new int[] {1280, 1024}) {
            assertFits(clerk, width, "the project editor");
            Number narrowest = (Number) clerk.run("return Math.min.apply(null, Array.from("
                    + "document.querySelectorAll('#sheet input:not([type=hidden]), #sheet textarea'))"
                    + ".filter(function (e) { return e.offsetParent !== null; })"
                    + ".map(function (e) { return e.getBoundingClientRect().width; }))");
            assertThat(narrowest.doubleValue())
                    .as("every field is wide enough to type in at " + width + " px")
                    .isGreaterThanOrEqualTo(36);
        }
        // the whole-unit editor too: its tier selects are as wide as their longest option
        clerk.resize(1280, 1000);
        clerk.openList();
        clerk.openUnitEvaluation();
        for (int width : new int[] {1280, 1024}) {
            assertFits(clerk, width, "the whole-unit editor");
        }
    }

    /** The page shown, in a window {@code width} px wide, needs no sideways scrolling. */
    private static void assertFits(BrowserSession browser, int width, String page) {
        browser.resize(width, 1000);
        Number needed = (Number) browser.run("return document.documentElement.scrollWidth");
        Number window = (Number) browser.run("return document.documentElement.clientWidth");
        assertThat(needed.intValue())
                .as("the width of " + page + " at " + width + " px")
                .isLessThanOrEqualTo(window.intValue());
    }
}
