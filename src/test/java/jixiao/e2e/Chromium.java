package jixiao.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, driven headless through Debian's chromedriver (bin/install-browser installs both). Both paths
 * are given to Selenium, so Selenium Manager never looks for or downloads a browser of its own.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {}

    /** Why the browser tests cannot run here, or null when both programs are installed. */
    static String missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add(BROWSER.toString());
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add(DRIVER.toString());
        }
        return missing.isEmpty()
                ? null
                : "The end-to-end tests need Chromium and ChromeDriver, but " + String.join(" and ", missing)
                        + " is missing; install them with bin/install-browser (as root).";
    }

    /**
     * Stops a browser test class before it starts a browser: skipped by the assumption on a developer's machine
     * (where {@link ChromiumInstalled} has normally skipped it already), failed in CI, where the tests must run.
     */
    static void requireInstalled() {
        String missing = missing();
        if (missing == null) {
            return;
        }
        Assumptions.assumeTrue(System.getenv("CI") != null, missing + " Skipped because CI is not set.");
        throw new IllegalStateException(missing + " CI is set, so the end-to-end tests may not be skipped.");
    }

    /** A new headless browser with a fresh, empty profile in {@code profile}. */
    static ChromeDriver open(Path profile) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1400,1800",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
