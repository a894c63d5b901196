package jixiao.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.system.JixiaoApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real headless Chromium against the whole application on a random port, with a fresh H2 file
 * database in demo mode (the seed report under 三门峡市公共资源交易中心). Every browser test class extends this one,
 * so that they share one application; each test works on its own project or unit, so that none depends on another's
 * order. A screenshot of every browser is left in target/e2e after each test.
 */
@ExtendWith(ChromiumInstalled.class)
@SpringBootTest(
        classes = JixiaoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Selenium warns at each start that it has no DevTools classes for this Chromium; the tests use none
        properties = "logging.level.org.openqa.selenium.devtools=ERROR")
abstract class BrowserTest {

    static final String PASSWORD = "e2e-Demo-Passw0rd";
    static final String ADMIN_PASSWORD = "e2e-Admin-Passw0rd";
    static final Path OUTPUT = Path.of("target", "e2e");

    @LocalServerPort
    int port;

    private final Map<String, BrowserSession> sessions = new LinkedHashMap<>();

    @DynamicPropertySource
    static void freshDemoDatabase(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(OUTPUT);
        Path data = Files.createTempDirectory(OUTPUT.toAbsolutePath(), "db-");
        // application.properties puts the H2 file under JIXIAO_DATA
        registry.add("JIXIAO_DATA", data::toString);
        registry.add("jixiao.demo", () -> "true");
        registry.add("jixiao.demo-password", () -> PASSWORD);
        registry.add("jixiao.admin-password", () -> ADMIN_PASSWORD);
    }

    @BeforeAll
    static void browserInstalled() {
        Chromium.requireInstalled();
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

    BrowserSession open(String name) throws IOException {
        Path profile = Files.createTempDirectory(OUTPUT.toAbsolutePath(), "chromium-" + name + "-");
        BrowserSession session = new BrowserSession(profile, "http://127.0.0.1:" + port);
        sessions.put(name, session);
        return session;
    }
}
