package jixiao.account;

import static jixiao.integration.Credentials.ADMIN_PASSWORD;
import static jixiao.integration.Credentials.AUDITOR_PASSWORD;
import static jixiao.integration.Credentials.DEMO_PASSWORD;
import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static jixiao.integration.Credentials.SECURITY_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Html;
import jixiao.integration.Organisations;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts as issue 13 asks: the 三员 kept apart (each administrator reaches its own pages only), the security
 * administrator creating, resetting, disabling, enabling and unlocking accounts, a password policy that refuses weak
 * passwords with the reasons, and a forced change of every password someone else set. Over HTTP, on H2 and
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountScenarios {

    static final String HTML = "text/html,application/xhtml+xml";
    private static final Pattern HANDOVER = Pattern.compile("id=\"handover-password\">([^<]+)<");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordPolicies policies;

    @Autowired
    java.time.Clock clock;

    Organisations organisations;
    Organisations.Unit unit;

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        unit = organisations.unit(organisations.region("账号测试市"), "账号测试中心");
    }

    /** Each of the 三员 and what belongs to the other two. */
    Stream<Arguments> administratorsAndOthersPages() {
        return Stream.of(
                Arguments.of("admin", ADMIN_PASSWORD, "/accounts"),
                Arguments.of("admin", ADMIN_PASSWORD, "/audit"),
                Arguments.of("security", SECURITY_PASSWORD, "/admin"),
                Arguments.of("security", SECURITY_PASSWORD, "/audit"),
                Arguments.of("security", SECURITY_PASSWORD, "/evaluations"),
                Arguments.of("security", SECURITY_PASSWORD, "/api/evaluations"),
                Arguments.of("auditor", AUDITOR_PASSWORD, "/admin"),
                Arguments.of("auditor", AUDITOR_PASSWORD, "/accounts"),
                Arguments.of("auditor", AUDITOR_PASSWORD, "/evaluations"),
                Arguments.of("auditor", AUDITOR_PASSWORD, "/api/evaluations"),
                Arguments.of("caizheng", DEMO_PASSWORD, "/accounts"),
                Arguments.of("caizheng", DEMO_PASSWORD, "/audit"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("administratorsAndOthersPages")
    void noAdministratorReachesAnothersPages(String username, String password, String path) {
        assertThat(Api.anonymous(port).as(username, password).get(path, HTML).status())
                .isEqualTo(403);
    }

    @Test
    void eachAdministratorReachesItsOwnPage() {
        assertThat(Api.anonymous(port)
                        .as("admin", ADMIN_PASSWORD)
                        .get("/admin", HTML)
                        .status())
                .isEqualTo(200);
        assertThat(Api.anonymous(port)
                        .as("security", SECURITY_PASSWORD)
                        .get("/accounts", HTML)
                        .status())
                .isEqualTo(200);
        assertThat(Api.anonymous(port)
                        .as("auditor", AUDITOR_PASSWORD)
                        .get("/audit", HTML)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theSystemAdministratorCanNoLongerCreateAccounts() {
        Api admin = Api.anonymous(port).as("admin", ADMIN_PASSWORD);

        Response refused = admin.postForm(
                "/accounts",
                Map.of(
                        "username",
                        "sneaky",
                        "displayName",
                        "x",
                        "role",
                        "BUREAU_REVIEWER",
                        "password",
                        "Abcdef-12345"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(accounts.account("sneaky")).isEmpty();
        assertThat(admin.postForm("/admin/accounts", Map.of("username", "sneaky2"))
                        .status())
                .isIn(403, 404, 405);
        assertThat(accounts.account("sneaky2")).isEmpty();
    }

    @Test
    void theSecurityAdministratorCreatesAnAccountWhoseOwnerMustChangeTheGeneratedPasswordFirst() {
        String username = "xinzhang" + SERIAL.incrementAndGet();
        Api security = signedIn("security", SECURITY_PASSWORD);

        Response created = security.postForm(
                "/accounts",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "新账号",
                        "role",
                        "FILLER",
                        "unitId",
                        String.valueOf(unit.id()),
                        "_csrf",
                        security.csrfToken("/accounts")));
        assertThat(created.status()).isEqualTo(302);
        String first = handover(security);

        Api owner = signedIn(username, first);
        Response page = owner.get("/evaluations", HTML);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(Api.anonymous(port)
                        .as(username, first)
                        .get("/api/evaluations")
                        .json()
                        .path("error")
                        .asText())
                .isEqualTo("password-change-required");

        // weak passwords are refused with every reason
        Response weak = owner.postForm(
                "/account/password",
                Map.of(
                        "current",
                        first,
                        "chosen",
                        "aaaaaaaaaa",
                        "repeated",
                        "aaaaaaaaaa",
                        "_csrf",
                        owner.csrfToken("/account/password")));
        assertThat(Html.textOf(weak.body(), "problems")).contains("至少 3 类").contains("常见弱口令");
        Response withName = owner.postForm(
                "/account/password",
                Map.of(
                        "current",
                        first,
                        "chosen",
                        username + "-A1",
                        "repeated",
                        username + "-A1",
                        "_csrf",
                        owner.csrfToken("/account/password")));
        assertThat(Html.textOf(withName.body(), "problems")).contains("不得包含用户名");
        Response spaces = owner.postForm(
                "/account/password",
                Map.of(
                        "current",
                        first,
                        "chosen",
                        "          ",
                        "repeated",
                        "          ",
                        "_csrf",
                        owner.csrfToken("/account/password")));
        assertThat(Html.textOf(spaces.body(), "problems")).contains("至少 3 类");

        Response changed = owner.postForm(
                "/account/password",
                Map.of(
                        "current",
                        first,
                        "chosen",
                        "Neues-Kennwort-7",
                        "repeated",
                        "Neues-Kennwort-7",
                        "_csrf",
                        owner.csrfToken("/account/password")));
        assertThat(changed.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("passwordChanged"));
        assertThat(Api.anonymous(port)
                        .as(username, "Neues-Kennwort-7")
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(200);
        assertThat(Api.anonymous(port)
                        .as(username, first)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theSecurityAdministratorResetsDisablesEnablesAndUnlocks() {
        long before = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry")
                .query(Long.class)
                .single();
        String username = unit.reviewer();
        long id = accounts.account(username).orElseThrow().id();
        Api security = signedIn("security", SECURITY_PASSWORD);

        security.postForm("/accounts/" + id + "/disable", Map.of("_csrf", security.csrfToken("/accounts")));
        assertThat(Api.anonymous(port)
                        .as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(401);
        security.postForm("/accounts/" + id + "/enable", Map.of("_csrf", security.csrfToken("/accounts")));
        assertThat(Api.anonymous(port)
                        .as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(200);

        Api guesser = Api.anonymous(port).from("198.19.7.7");
        for (int i = 0; i < jixiao.integration.Credentials.LOCKOUT_ATTEMPTS; i++) {
            guesser.as(username, "wrong-" + i).get("/api/evaluations");
        }
        assertThat(guesser.as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(401);
        security.postForm("/accounts/" + id + "/unlock", Map.of("_csrf", security.csrfToken("/accounts")));
        assertThat(guesser.as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(200);

        security.postForm("/accounts/" + id + "/reset", Map.of("_csrf", security.csrfToken("/accounts")));
        String reset = handover(security);
        assertThat(Api.anonymous(port)
                        .as(username, FIXTURE_PASSWORD)
                        .get("/api/evaluations")
                        .status())
                .isEqualTo(401);
        assertThat(Api.anonymous(port)
                        .as(username, reset)
                        .get("/api/evaluations")
                        .status())
                .as("a reset password must be changed first")
                .isEqualTo(403);
        // every act is in the audit trail, the lock with the guesser's address (issue 13, item 2)
        List<String> trail = jdbc.sql(
                        "SELECT actor, action, address FROM audit_entry WHERE target = ? AND seq > ? ORDER BY seq")
                .params("账号 " + username, before)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
        assertThat(trail)
                .anyMatch(e -> e.startsWith("security account.disabled "))
                .anyMatch(e -> e.startsWith("security account.enabled "))
                .anyMatch(e -> e.equals(username + " login.failed 198.19.7.7"))
                .anyMatch(e -> e.equals(username + " account.locked 198.19.7.7"))
                .anyMatch(e -> e.startsWith("security account.unlocked "))
                .anyMatch(e -> e.startsWith("security account.passwordReset "))
                .anyMatch(e -> e.startsWith(username + " login "));
    }

    /** With password expiry set (optional, issue 13 item 3), a password older than the expiry must be changed first. */
    @Test
    void anExpiredPasswordMustBeChangedBeforeAnythingElse() {
        Organisations.Unit expiring = organisations.unit(organisations.region("口令过期测试市"), "口令过期测试中心");
        PasswordPolicy before = policies.current();
        jdbc.sql("UPDATE account SET password_changed_at = ?, must_change_password = FALSE WHERE username = ?")
                .params(java.sql.Timestamp.valueOf(LocalDateTime.now(clock).minusDays(40)), expiring.filler())
                .update();
        Api filler = Api.anonymous(port).as(expiring.filler(), FIXTURE_PASSWORD);
        assertThat(filler.get("/api/evaluations").status()).isEqualTo(200);
        try {
            policies.set(new PasswordPolicy(before.minLength(), before.minClasses(), 30), "test");

            Response refused = filler.get("/api/evaluations");

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().path("error").asText()).isEqualTo("password-change-required");
        } finally {
            policies.set(before, "test");
        }
        assertThat(filler.get("/api/evaluations").status()).isEqualTo(200);
    }

    @Test
    void theSecurityAdministratorCannotTakeOverTheOtherAdministratorsAccounts() {
        Api security = signedIn("security", SECURITY_PASSWORD);
        long admin = accounts.account("admin").orElseThrow().id();

        security.postForm("/accounts/" + admin + "/reset", Map.of("_csrf", security.csrfToken("/accounts")));
        security.postForm(
                "/accounts/" + admin + "/role",
                Map.of(
                        "role",
                        "FILLER",
                        "unitId",
                        String.valueOf(unit.id()),
                        "_csrf",
                        security.csrfToken("/accounts")));
        Response grant = security.postForm(
                "/accounts",
                Map.of(
                        "username", "second-auditor",
                        "displayName", "x",
                        "role", "AUDITOR",
                        "_csrf", security.csrfToken("/accounts")));

        assertThat(grant.status()).isEqualTo(302);
        assertThat(Api.anonymous(port)
                        .as("admin", ADMIN_PASSWORD)
                        .get("/admin", HTML)
                        .status())
                .isEqualTo(200);
        assertThat(accounts.account("second-auditor")).isEmpty();
    }

    // ---- helpers

    private Api signedIn(String username, String password) {
        return Api.signedIn(port, username, password);
    }

    /** The generated password the accounts page shows once after a creation or a reset. */
    private static String handover(Api security) {
        Matcher shown = HANDOVER.matcher(security.get("/accounts", HTML).body());
        assertThat(shown.find()).as("the password shown once").isTrue();
        return shown.group(1);
    }
}
