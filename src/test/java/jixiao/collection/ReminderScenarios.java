package jixiao.collection;

import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.account.Accounts;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.Imports;
import jixiao.evaluation.Workflow;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Html;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Region;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 催报: the finance bureau reminds the units of its round that have not sent their evaluations; the unit's staff see
 * the reminder on every page until one of them notes it, and the bureau sees that. A unit that sent everything, or one
 * outside the round, is not reminded, and then nobody is (all or none).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReminderScenarios {

    private static final int YEAR = 2045;

    private static final AtomicInteger PROJECTS = new AtomicInteger();

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

    @Autowired
    CollectionRounds rounds;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    Organisations organisations;
    Region region;
    /** Has a draft only: late. */
    Unit late;
    /** Sent everything to the bureau. */
    Unit sent;
    /** Of another region. */
    Unit stranger;

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        region = organisations.region("周口市");
        late = organisations.unit(region, "周口市档案馆");
        sent = organisations.unit(region, "周口市统计局");
        stranger = organisations.unit(organisations.region("驻马店市"), "驻马店市档案馆");
        project(late);
        long id = project(sent);
        workflow.submit(organisations.account(sent.filler()), id, EvaluationKind.PROJECT);
        workflow.approveForUnit(organisations.account(sent.reviewer()), id, EvaluationKind.PROJECT);
        // a deadline long past: the unit with a draft is late
        rounds.save(
                organisations.account(region.bureau()),
                new RoundInput(YEAR, "周财效〔2046〕2号", "关于开展2045年度绩效自评的通知", LocalDate.of(2022, 3, 31), true, List.of()));
    }

    private long project(Unit unit) {
        var report = ReportDocument.forUnit(unit.name())
                .fiscalYear(YEAR)
                .withCleanProject("档案数字化-" + PROJECTS.incrementAndGet())
                .report();
        return imports.importReport(report, unit.id(), "fixture").projects().get(0);
    }

    private Api as(String username) {
        return Api.anonymous(port).as(username, FIXTURE_PASSWORD);
    }

    private List<Long> remindersOf(Unit unit) {
        return jdbc.sql("SELECT id FROM reminder WHERE unit_id = ? ORDER BY id")
                .param(unit.id())
                .query(Long.class)
                .list();
    }

    private String unitsPage() {
        Response page = as(region.bureau()).get("/overview/units?year=" + YEAR, "text/html");
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private String overviewPage() {
        Response page = as(region.bureau()).get("/overview?year=" + YEAR, "text/html");
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    @Test
    void theBureauRemindsALateUnitWhoseStaffSeeItOnEveryPageUntilOneOfThemNotesIt() {
        int before = remindersOf(late).size();
        Response reminded = as(region.bureau())
                .postFormBody(
                        "/collection/reminders",
                        "year=" + YEAR + "&units=" + late.id() + "&message=" + url("请于本周五前报送，逾期将通报。"));
        assertThat(reminded.status()).isEqualTo(302);
        List<Long> ids = remindersOf(late);
        assertThat(ids).hasSize(before + 1);
        long id = ids.get(ids.size() - 1);

        // on every page of the unit's staff, not of another unit's
        for (String who : List.of(late.filler(), late.reviewer())) {
            for (String path : List.of("/evaluations", "/rectifications")) {
                String page = as(who).get(path, "text/html").body();
                assertThat(Html.textOf(page, "reminder-" + id))
                        .contains("财政局催报")
                        .contains("请于本周五前报送，逾期将通报。");
            }
        }
        assertThat(as(sent.filler()).get("/evaluations", "text/html").body()).doesNotContain("请于本周五前报送");
        assertThat(as(stranger.filler()).get("/evaluations", "text/html").body())
                .doesNotContain("reminder-" + id);
        assertThat(Html.textOf(unitsPage(), "units")).contains("已催报").contains("未读");
        assertThat(Html.textOf(overviewPage(), "late-units"))
                .contains(late.name())
                .contains("未读");

        // another unit's staff cannot note it; the unit's reviewer does, and it is gone for both of its staff
        assertThat(as(stranger.filler())
                        .postForm("/reminders/" + id + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(as(late.reviewer())
                        .postForm("/reminders/" + id + "/read", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(as(late.filler()).get("/evaluations", "text/html").body()).doesNotContain("reminder-" + id);
        assertThat(Html.textOf(unitsPage(), "units")).contains(late.reviewer() + " 已读");
        assertThat(Html.textOf(overviewPage(), "late-units")).contains(late.reviewer() + " 已读");

        // sending is in the audit trail, with the unit and the text
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE actor = ? AND action = 'collection.reminded'")
                        .param(region.bureau())
                        .query(String.class)
                        .list())
                .anySatisfy(detail -> assertThat(detail).contains(late.name()).contains("请于本周五前报送"));
    }

    @Test
    void everyLateUnitIsRemindedWithTheNoticeAndTheDeadlineWhenTheBureauWritesNothing() {
        int lateBefore = remindersOf(late).size();
        int sentBefore = remindersOf(sent).size();

        Response reminded = as(region.bureau()).postFormBody("/collection/reminders", "year=" + YEAR + "&allLate=true");

        assertThat(reminded.status()).isEqualTo(302);
        assertThat(remindersOf(late)).hasSize(lateBefore + 1);
        assertThat(remindersOf(sent)).as("sent everything: not late").hasSize(sentBefore);
        String message = jdbc.sql("SELECT message FROM reminder WHERE unit_id = ? ORDER BY id DESC")
                .param(late.id())
                .query(String.class)
                .list()
                .get(0);
        assertThat(message).isEqualTo("请按照周财效〔2046〕2号《关于开展2045年度绩效自评的通知》的要求，于 2022-03-31 前将 2045 年度的预算绩效自评表报送财政局。");
    }

    @Test
    void aUnitThatSentEverythingOrIsOutsideTheRoundIsNotRemindedAndThenNobodyIs() {
        var bureau = organisations.account(region.bureau());
        int before = remindersOf(late).size();

        assertThatThrownBy(() -> reminders.remind(bureau, YEAR, List.of(late.id(), sent.id()), "请报送"))
                .isInstanceOfSatisfying(EvaluationException.Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("sent");
                    assertThat(e.value()).isEqualTo(sent.name());
                    assertThat(e.getMessage()).contains("已将 2045 年度的自评表全部报送财政局，无需催报");
                });
        assertThatThrownBy(() -> reminders.remind(bureau, YEAR, List.of(late.id(), stranger.id()), "请报送"))
                .isInstanceOfSatisfying(EvaluationException.Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("unit");
                    assertThat(e.value()).isEqualTo(String.valueOf(stranger.id()));
                });
        assertThatThrownBy(() -> reminders.remind(bureau, YEAR, List.of(late.id()), "催".repeat(501)))
                .isInstanceOfSatisfying(EvaluationException.Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("message");
                    assertThat(e.value()).isEqualTo("501");
                });
        assertThatThrownBy(() -> reminders.remind(bureau, YEAR, List.of(), null))
                .isInstanceOfSatisfying(EvaluationException.Invalid.class, e -> assertThat(e.field())
                        .isEqualTo("units"));
        assertThat(remindersOf(late)).as("all or none").hasSize(before);

        // on the page, the refusal names the unit; a unit's staff and another region's bureau cannot remind
        Api browser = Api.signedIn(port, region.bureau(), FIXTURE_PASSWORD);
        String form =
                "year=" + YEAR + "&units=" + sent.id() + "&_csrf=" + browser.csrfToken("/overview/units?year=" + YEAR);
        Response refused = browser.postFormBody("/collection/reminders", form);
        assertThat(refused.status()).isEqualTo(302);
        String back = refused.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String shown = browser.get(back, "text/html").body();
        assertThat(Html.textOf(shown, "error")).isEqualTo("单位“" + sent.name() + "”已将本年度的自评表全部报送财政局，无需催报");
        assertThat(as(late.filler())
                        .postFormBody("/collection/reminders", "year=" + YEAR + "&units=" + late.id())
                        .status())
                .isEqualTo(403);
        assertThat(remindersOf(late)).hasSize(before);
    }

    private static String url(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
