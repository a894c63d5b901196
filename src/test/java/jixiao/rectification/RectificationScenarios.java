package jixiao.rectification;

import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_THE_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.FILLER_OF_THE_UNIT;
import static jixiao.evaluation.web.AccessScenarios.Actor.UNIT_REVIEWER_OF_THE_UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.RowKind;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.evaluation.web.CastScenarios;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.SettableClock;
import jixiao.rectification.Rectification.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 整改 through the pages: who reaches which endpoint (every role of the region and of another), and the item's life:
 * opened by the bureau, answered by the unit, reopened and closed, every step kept; overdue items for the dashboard;
 * next year's evaluation of the same project carrying the items still open.
 */
abstract class RectificationScenarios extends CastScenarios {

    enum Operation {
        LIST,
        DRAFT,
        OPEN,
        ITEM,
        ANSWER,
        CLOSE,
        REOPEN
    }

    /**
     * LIST DRAFT OPEN ITEM ANSWER CLOSE REOPEN: the bureau opens, closes and reopens items of its region; the unit's
     * staff answer; 管理员 reads; everyone else finds nothing (every list is its own scope's). A POST that succeeds
     * redirects (302).
     */
    private static final String TABLE =
            """
            FILLER_OF_ANOTHER_REGION                     200 404 404 404 404 404 404
            UNIT_REVIEWER_OF_ANOTHER_REGION              200 404 404 404 404 404 404
            BUREAU_OF_ANOTHER_REGION                     200 404 404 404 404 404 404
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         200 404 404 404 404 404 404
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  200 404 404 404 404 404 404
            BUREAU_OF_THE_REGION                         200 200 302 200 403 302 302
            ADMINISTRATOR                                200 403 403 200 403 403 403
            FILLER_OF_THE_UNIT                           200 403 403 200 302 403 403
            UNIT_REVIEWER_OF_THE_UNIT                    200 403 403 200 302 403 403
            """;

    RectificationScenarios() {
        super("平顶山市", "驻马店市");
    }

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Rectifications rectifications;

    @Autowired
    SettableClock clock;

    static Stream<Arguments> accessTable() {
        return table(TABLE, Operation.class);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("accessTable")
    void eachRoleReachesOnlyItsRegionsItems(Actor actor, Operation operation, int expected) {
        Item item = operation == Operation.REOPEN ? answered() : opened();

        Response response = perform(actors.get(actor), operation, item);

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected == 404 || expected == 403) {
            assertThat(response.body()).doesNotContain(item.what()).doesNotContain(item.project());
        }
        if (operation == Operation.LIST) {
            boolean reaches = List.of(
                            BUREAU_OF_THE_REGION, Actor.ADMINISTRATOR, FILLER_OF_THE_UNIT, UNIT_REVIEWER_OF_THE_UNIT)
                    .contains(actor);
            // the search form shows the words searched for: the item is in the list where its link is
            assertThat(response.body().contains("href=\"/rectifications/" + item.id() + "\""))
                    .as("the list shows the item only to those who reach it")
                    .isEqualTo(reaches);
        }
    }

    // ---- an item's life

    @Test
    void theUnitAnswersTheBureauReopensAndClosesAndEveryStepIsKept() {
        Item item = opened();
        Api unit = actors.get(FILLER_OF_THE_UNIT);
        Api bureau = actors.get(BUREAU_OF_THE_REGION);

        unit.postForm(path(item) + "/answer", Map.of("version", "1", "measure", "已补充专家名单"));
        bureau.postForm(
                path(item) + "/reopen",
                Map.of(
                        "version",
                        "2",
                        "reason",
                        "名单未盖章",
                        "deadline",
                        today().plusDays(20).toString()));
        unit.postForm(path(item) + "/answer", Map.of("version", "3", "measure", "已补充盖章的名单"));
        Response closed = bureau.postForm(path(item) + "/close", Map.of("version", "4", "note", "整改到位"));
        String page = unit.get(path(item), "text/html").body();

        assertThat(closed.status()).isEqualTo(302);
        assertThat(page)
                .contains("已销号")
                .contains("已补充专家名单")
                .contains("名单未盖章")
                .contains("已补充盖章的名单")
                .contains("整改到位")
                .contains(today().plusDays(20).toString());
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target LIKE ? ORDER BY id")
                        .param("整改事项 " + item.id() + " %")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "rectification.opened",
                        "rectification.answered",
                        "rectification.reopened",
                        "rectification.answered",
                        "rectification.closed");
    }

    @Test
    void theAnswerIsTheStepEvidenceFilesAttachTo() {
        Item item = opened();

        Rectifications.Answered answered =
                rectifications.answer(organisations.account(theUnit.filler()), item.id(), 1, "已整改");

        assertThat(answered.problems()).isEmpty();
        assertThat(rectifications
                        .item(organisations.account(theUnit.filler()), item.id())
                        .steps())
                .filteredOn(step -> step.action() == Rectification.Action.ANSWERED)
                .singleElement()
                .satisfies(step -> assertThat(step.id()).isEqualTo(answered.stepId()));
    }

    @Test
    void anItemWithoutWhatToDoOrWithADeadlinePastIsNotOpened() {
        long evaluation = evaluations.sentToBureau(theUnit, "缺项-" + SERIAL.incrementAndGet(), year());
        int before = count();

        Response refused = actors.get(BUREAU_OF_THE_REGION)
                .postForm(
                        "/rectifications",
                        openForm(evaluation, "", today().minusDays(1).toString()));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("整改要求不能为空").contains("早于今天");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void overdueItemsAreThoseStillWaitingForTheUnitAfterTheirDeadline() {
        int year = year();
        Item waiting = opened(year, today().plusDays(2));
        Item answered = opened(year, today().plusDays(2));
        rectifications.answer(organisations.account(theUnit.filler()), answered.id(), 1, "已整改");
        Item later = opened(year, today().plusDays(30));

        clock.advance(Duration.ofDays(3));

        var bureau = organisations.account(theUnit.region().bureau());
        assertThat(rectifications.overdue(bureau, year))
                .extracting(Rectification::id)
                .contains(waiting.id())
                .doesNotContain(answered.id(), later.id());
        String list = actors.get(FILLER_OF_THE_UNIT)
                .get("/rectifications?overdue=true&year=" + year, "text/html")
                .body();
        assertThat(list)
                .contains(waiting.what())
                .doesNotContain(answered.what())
                .doesNotContain(later.what());

        // the bureau's dashboard lists it with a link to the item; another region's bureau does not see it
        String dashboard = actors.get(BUREAU_OF_THE_REGION)
                .get("/overview?year=" + year, "text/html")
                .body();
        assertThat(dashboard)
                .contains("href=\"/rectifications/" + waiting.id() + "\"")
                .doesNotContain("href=\"/rectifications/" + answered.id() + "\"")
                .doesNotContain("href=\"/rectifications/" + later.id() + "\"");
        assertThat(actors.get(Actor.BUREAU_OF_ANOTHER_REGION)
                        .get("/overview?year=" + year, "text/html")
                        .body())
                .doesNotContain(waiting.what());
    }

    @Test
    void nextYearsEvaluationOfTheSameProjectShowsTheItemsStillOpen() {
        int year = year();
        String project = "信息公开-" + SERIAL.incrementAndGet();
        long lastYear = evaluations.sentToBureau(theUnit, project, year);
        Item open = open(lastYear, "请按季度公开项目进展", today().plusDays(30));
        Item closed = open(lastYear, "请补正文号", today().plusDays(30));
        rectifications.close(organisations.account(theUnit.region().bureau()), closed.id(), 1, null);
        long otherProject = evaluations.sentToBureau(theUnit, "别的项目-" + SERIAL.incrementAndGet(), year);
        Item elsewhere = open(otherProject, "别的项目的整改", today().plusDays(30));

        long thisYear = evaluations.draft(theUnit, project, year + 1);
        String notes = actors.get(FILLER_OF_THE_UNIT)
                .get("/review/evaluations/" + thisYear + "/notes", "text/html")
                .body();

        assertThat(notes).contains("以前年度尚未完成的整改事项").contains(open.what());
        assertThat(notes).doesNotContain(closed.what()).doesNotContain(elsewhere.what());
    }

    // ---- fixtures

    record Item(long id, long evaluationId, String project, String what) {}

    private int year() {
        return 2001 + SERIAL.incrementAndGet() % 90;
    }

    private LocalDate today() {
        return rectifications.today();
    }

    Item opened() {
        return opened(year(), today().plusDays(30));
    }

    Item opened(int year, LocalDate deadline) {
        String project = "档案整改-" + SERIAL.incrementAndGet();
        long evaluation = evaluations.sentToBureau(theUnit, project, year);
        return open(evaluation, "请补充" + project + "的佐证材料", deadline);
    }

    Item open(long evaluation, String what, LocalDate deadline) {
        Rectifications.Opened opened = rectifications.open(
                organisations.account(theUnit.region().bureau()),
                evaluation,
                EvaluationKind.PROJECT,
                new Rectifications.Opening(RowKind.INDICATOR, 0, Source.COMMENT, "请补充佐证", what, deadline.toString()));
        assertThat(opened.problems()).isEmpty();
        String project = jdbc.sql("SELECT name FROM project_evaluation WHERE id = ?")
                .param(evaluation)
                .query(String.class)
                .single();
        return new Item(opened.id(), evaluation, project, what);
    }

    Item answered() {
        Item item = opened();
        rectifications.answer(organisations.account(theUnit.filler()), item.id(), 1, "已整改");
        return item;
    }

    private Map<String, String> openForm(long evaluation, String what, String deadline) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("evaluation", String.valueOf(evaluation));
        form.put("kind", "PROJECT");
        form.put("rowKind", "INDICATOR");
        form.put("rowIndex", "0");
        form.put("source", "FINDING");
        form.put("sourceText", "缺少偏差原因");
        form.put("what", what);
        form.put("deadline", deadline);
        return form;
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM rectification")
                .query(Integer.class)
                .single();
    }

    private static String path(Item item) {
        return "/rectifications/" + item.id();
    }

    Response perform(Api api, Operation operation, Item item) {
        return switch (operation) {
            case LIST ->
                api.get(
                        "/rectifications?q="
                                + java.net.URLEncoder.encode(item.what(), java.nio.charset.StandardCharsets.UTF_8),
                        "text/html");
            case DRAFT ->
                api.get(
                        "/rectifications/new?evaluation=" + item.evaluationId()
                                + "&kind=PROJECT&rowKind=INDICATOR&rowIndex=0&source=FINDING&text=x",
                        "text/html");
            case OPEN ->
                api.postForm(
                        "/rectifications",
                        openForm(
                                item.evaluationId(),
                                "再开一项",
                                today().plusDays(10).toString()));
            case ITEM -> api.get(path(item), "text/html");
            case ANSWER -> api.postForm(path(item) + "/answer", Map.of("version", "1", "measure", "已整改"));
            case CLOSE -> api.postForm(path(item) + "/close", Map.of("version", "1", "note", "销号"));
            case REOPEN -> api.postForm(path(item) + "/reopen", Map.of("version", "2", "reason", "未到位"));
        };
    }
}
