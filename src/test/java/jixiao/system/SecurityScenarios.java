package jixiao.system;

import static jixiao.integration.Credentials.ADMIN_PASSWORD;
import static jixiao.integration.Credentials.DEMO_PASSWORD;
import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static jixiao.integration.Credentials.LOCKOUT_ATTEMPTS;
import static jixiao.integration.Credentials.LOCKOUT_MINUTES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.account.LoginThrottle;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Organisations;
import jixiao.integration.SettableClock;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in, sessions, CSRF, locking and the built-in accounts, over HTTP. Written once, run on H2 and on PostgreSQL
 * by the subclasses; the lock is tested with the application's clock moved forward, never by waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityScenarios {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SettableClock clock;

    @Autowired
    LoginThrottle throttle;

    Organisations organisations;
    long evaluation;

    @BeforeAll
    void setUp() {
        organisations = new Organisations(units, accounts);
        evaluation = Api.anonymous(port)
                .as("tianbao", DEMO_PASSWORD)
                .get("/api/evaluations")
                .json()
                .path(0)
                .path("id")
                .asLong();
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(
            strings = {
                "",
                "application/json",
                "*/*",
                // Spring's RestTemplate asking for a String
                "text/plain, application/json, application/*+json, */*",
                // java.net.HttpURLConnection's default
                "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"
            })
    void anApiCallWithoutCredentialsIsRefusedWith401(String accept) {
        Response response = Api.anonymous(port).get("/api/evaluations", accept.isEmpty() ? null : accept);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void anApiCallWithAWrongPasswordIsRefusedWith401() {
        Response response = anonymous().as("caizheng", "wrong").get("/api/evaluations");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aPageRequestWithoutASessionIsSentToTheLoginPage() {
        Response response = Api.browser(port).get("/evaluations", "text/html,application/xhtml+xml");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
    }

    @Test
    void theLoginPageCarriesACsrfToken() {
        Response page = Api.browser(port).get("/login", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(CSRF.matcher(page.body()).find()).as(page.body()).isTrue();
    }

    @Test
    void aPostWithASessionButWithoutACsrfTokenIsForbidden() {
        Api browser = signedIn("danwei", DEMO_PASSWORD);
        String before = browser.get("/api/evaluations/" + evaluation)
                .json()
                .path("status")
                .asText();

        assertThat(browser.postForm("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(browser.postForm("/evaluations/" + evaluation + "/submit", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(browser.post("/api/evaluations/" + evaluation + "/submit").status())
                .isEqualTo(403);

        Response stillSignedIn = browser.get("/api/evaluations/" + evaluation);
        assertThat(stillSignedIn.status()).isEqualTo(200);
        assertThat(stillSignedIn.json().path("status").asText()).isEqualTo(before);
    }

    @Test
    void aPostWithTheSessionsCsrfTokenIsAccepted() {
        Api browser = signedIn("danwei", DEMO_PASSWORD);

        Response logout = browser.postForm("/logout", Map.of("_csrf", csrfToken(browser)));

        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login?logout"));
        assertThat(browser.get("/api/evaluations").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordOnTheLoginFormIsSentBackWithAnError() {
        Api browser = Api.browser(port).from(nextAddress());
        String token = csrfToken(browser);

        Response failed =
                browser.postForm("/login", Map.of("username", lockable(), "password", "wrong", "_csrf", token));

        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.header("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login?error"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() {
        String username = lockable();
        Api api = anonymous();
        for (int i = 0; i < LOCKOUT_ATTEMPTS; i++) {
            assertThat(api.as(username, "wrong-" + i).get("/api/evaluations").status())
                    .isEqualTo(401);
        }

        assertThat(api.as(username, FIXTURE_PASSWORD).get("/api/evaluations").status())
                .isEqualTo(401);
        assertThat(throttle.lockedAddresses(username)).isNotEmpty();

        clock.advance(Duration.ofMinutes(LOCKOUT_MINUTES).plusSeconds(1));
        assertThat(api.as(username, FIXTURE_PASSWORD).get("/api/evaluations").status())
                .isEqualTo(200);
    }

    @Test
    void failedLoginsOnTheFormCountTowardsTheLock() {
        String username = lockable();
        String address = nextAddress();
        Api browser = Api.browser(port).from(address);
        for (int i = 0; i < LOCKOUT_ATTEMPTS; i++) {
            browser.postForm("/login", Map.of("username", username, "password", "wrong", "_csrf", csrfToken(browser)));
        }

        assertThat(Api.anonymous(port)
                        .from(address)
                        .as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aSuccessfulLoginStartsTheCountOfFailuresAgain() {
        String username = lockable();
        Api api = anonymous();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i < LOCKOUT_ATTEMPTS; i++) {
                assertThat(api.as(username, "wrong").get("/api/evaluations").status())
                        .isEqualTo(401);
            }
            assertThat(api.as(username, FIXTURE_PASSWORD)
                            .get("/api/evaluations")
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPasswordOnly() {
        assertThat(Api.anonymous(port)
                        .as("admin", ADMIN_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(200);
        assertThat(anonymous().as("admin", "admin").get("/api/evaluations").status())
                .isEqualTo(401);
        assertThat(Api.anonymous(port)
                        .as("admin", ADMIN_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theBuiltInAccountsAreTheAdministratorAndTheDemoAccountsWithTheConfiguredPasswords() {
        List<Account> builtIn = accounts.accounts().stream()
                .filter(a -> !a.username().matches("(tianbao|danwei|caizheng)-\\d+"))
                .toList();

        assertThat(builtIn)
                .extracting(Account::username)
                .contains("admin", "security", "auditor", "tianbao", "danwei", "caizheng");
        for (Account account : builtIn.stream()
                .filter(a -> List.of("admin", "security", "auditor", "tianbao", "danwei", "caizheng")
                        .contains(a.username()))
                .toList()) {
            assertThat(account.passwordHash()).startsWith("{bcrypt}");
            // the hash is the configured password's; FirstStartWithoutPasswordsIT tries guesses on generated ones
            String configured =
                    switch (account.username()) {
                        case "admin" -> ADMIN_PASSWORD;
                        case "security" -> jixiao.integration.Credentials.SECURITY_PASSWORD;
                        case "auditor" -> jixiao.integration.Credentials.AUDITOR_PASSWORD;
                        default -> DEMO_PASSWORD;
                    };
            assertThat(encoder.matches(configured, account.passwordHash()))
                    .as(account.username())
                    .isTrue();
        }
    }

    // ---- issue 13: what failed when the system was attacked

    @Test
    void aStrangerCannotLockTheAdministratorOutByGuessingFromElsewhere() {
        Api stranger = Api.anonymous(port).from("203.0.113.7");
        for (int i = 0; i < LOCKOUT_ATTEMPTS + 2; i++) {
            assertThat(stranger.as("admin", "guess-" + i)
                            .get("/api/evaluations")
                            .status())
                    .isEqualTo(401);
        }
        // the stranger's address is stopped, even with the right password ...
        assertThat(stranger.as("admin", ADMIN_PASSWORD).get("/api/evaluations").status())
                .isEqualTo(401);
        // ... the administrator, from anywhere else, is not
        assertThat(Api.anonymous(port)
                        .from("198.51.100.20")
                        .as("admin", ADMIN_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(200);
        throttle.unlock("admin");
    }

    @Test
    void guessingManyNamesFromOneAddressIsStoppedAfterAFewWhileOtherAddressesSignIn() {
        Api guesser = Api.anonymous(port).from("203.0.113.66");
        for (int i = 0; i < 30; i++) {
            assertThat(guesser.as("nobody-" + i, "wrong")
                            .get("/api/evaluations")
                            .status())
                    .isEqualTo(401);
        }
        String username = lockable();
        assertThat(guesser.as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .as("a right password from the throttled address")
                .isEqualTo(401);
        assertThat(Api.anonymous(port)
                        .from("198.51.100.21")
                        .as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPostWithASessionAndAnAuthorizationHeaderThatAuthenticatesNothingStillNeedsTheCsrfToken() {
        Api browser = signedIn("danwei", DEMO_PASSWORD);
        String before = browser.get("/api/evaluations/" + evaluation)
                .json()
                .path("status")
                .asText();

        assertThat(browser.withHeader("Authorization", "Bearer forged")
                        .postForm("/evaluations/" + evaluation + "/submit", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(browser.withHeader("Authorization", "Basic !!!not-base64")
                        .post("/api/evaluations/" + evaluation + "/submit")
                        .status())
                .isEqualTo(401);
        // Basic credentials that do not authenticate are refused, even beside the same user's session
        assertThat(browser.as("danwei", "wrong")
                        .post("/api/evaluations/" + evaluation + "/submit")
                        .status())
                .isEqualTo(401);
        assertThat(browser.get("/api/evaluations/" + evaluation)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo(before);
    }

    @Test
    void anInvalidLanguageIsIgnoredNotAnError() {
        Response page = Api.anonymous(port).get("/login?lang=zh'--", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("登录");
    }

    @Test
    void pagesCarryTheBrowsersProtectionsAndTheSessionCookieIsSameSite() {
        Response page = Api.browser(port).get("/login", "text/html");

        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.header("Referrer-Policy")).contains("same-origin");
        assertThat(page.header("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(page.header("Set-Cookie"))
                .hasValueSatisfying(cookie ->
                        assertThat(cookie).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure"));
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
        assertThat(page.body()).doesNotContain("onchange=", "onclick=", "style=\"");
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureAndHstsIsSent() {
        Response page =
                Api.browser(port).withHeader("X-Forwarded-Proto", "https").get("/login", "text/html");

        assertThat(page.header("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(page.header("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    // ---- helpers

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * An address of its own (198.18.0.0/15, the range kept for tests): the application's clock stands still in the tests, so failures from one
     * address would add up across tests until that address is throttled.
     */
    private static String nextAddress() {
        return "198.18.0." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    private Api anonymous() {
        return Api.anonymous(port).from(nextAddress());
    }

    /** A new 填报人 account of its own, so that locking it disturbs no other test. */
    private String lockable() {
        return organisations.unit(organisations.region("锁定测试市"), "锁定测试中心").filler();
    }

    private Api signedIn(String username, String password) {
        Api browser = Api.browser(port);
        Response login = browser.postForm(
                "/login", Map.of("username", username, "password", password, "_csrf", csrfToken(browser)));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));
        return browser;
    }

    private static String csrfToken(Api browser) {
        Response page = browser.get("/login", "text/html");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the login page: %s", page).isTrue();
        return token.group(1);
    }
}
