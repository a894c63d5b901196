package jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import jixiao.account.Accounts;
import jixiao.evaluation.Imports;
import jixiao.integration.Credentials;
import jixiao.integration.OnH2;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.interchange.InterchangeReader;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finance bureau's region re-check in a real Chromium, on the shared H2 application: from the top bar to the
 * re-check page, started with the rule sets in force, its progress polled until the summary is shown, and both files
 * downloaded in the browser's session.
 */
@OnH2
@ExtendWith(ChromiumInstalled.class)
class RecheckInBrowserIT {

    private static final Path OUTPUT = Path.of("target", "e2e");

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    private BrowserSession browser;

    @BeforeAll
    static void browserInstalled() {
        Chromium.requireInstalled();
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theBureauStartsAReCheckFollowsItsProgressAndDownloadsTheFiles() throws Exception {
        Organisations organisations = new Organisations(units, accounts);
        Unit unit = organisations.unit(organisations.region("重算演示市"), "重算演示中心");
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-2021.json")) {
            imports.importReport(
                    new InterchangeReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                    unit.id(),
                    "fixture");
        }
        browser = new BrowserSession(OUTPUT.resolve("profile-recheck"), "http://localhost:" + port);
        browser.signIn(unit.region().bureau(), Credentials.FIXTURE_PASSWORD);

        browser.follow("全地区重算", By.id("recheck-form"));
        browser.select(By.id("recheck-year"), "2021");
        browser.clickAndWaitForNewPage(By.id("start-recheck"));
        assertThat(browser.present(By.id("recheck-progress"))).isTrue();
        String summary = browser.waitForTextContaining(By.id("recheck-state"), "已完成");
        assertThat(summary).contains("共 1 个单位 11 项评价").contains("等级变化 0 项");
        browser.screenshot(OUTPUT.resolve("recheck-done.png"));

        for (String id : new String[] {"download-recheck-xlsx", "download-recheck-json"}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fetched = (Map<String, Object>) browser.runAsync(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById(arguments[0]).href).then(r => r.arrayBuffer()"
                            + ".then(b => done({status: r.status, size: b.byteLength,"
                            + " first: new Uint8Array(b)[0], type: r.headers.get('Content-Type')})));",
                    id);
            assertThat(((Number) fetched.get("status")).intValue()).as(id).isEqualTo(200);
            assertThat(((Number) fetched.get("size")).intValue()).as(id).isGreaterThan(100);
            // a zip (xlsx) starts with "PK", the JSON with "{"
            assertThat(((Number) fetched.get("first")).intValue()).as(id).isEqualTo(id.endsWith("xlsx") ? 'P' : '{');
        }
        browser.switchLanguage("EN");
        assertThat(browser.text(By.id("recheck-summary"))).startsWith("1 units, 11 evaluations");
        browser.screenshot(OUTPUT.resolve("recheck-done-en.png"));
    }
}
