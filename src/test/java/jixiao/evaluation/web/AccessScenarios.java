package jixiao.evaluation.web;

import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_ANOTHER_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_THE_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.FILLER_OF_ANOTHER_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.FILLER_OF_ANOTHER_UNIT_OF_THE_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.UNIT_REVIEWER_OF_ANOTHER_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION;
import static jixiao.evaluation.web.AccessScenarios.Operation.APPROVAL;
import static jixiao.evaluation.web.AccessScenarios.Operation.EXPLAIN;
import static jixiao.evaluation.web.AccessScenarios.Operation.EXPORT;
import static jixiao.evaluation.web.AccessScenarios.Operation.FINDINGS;
import static jixiao.evaluation.web.AccessScenarios.Operation.HISTORY;
import static jixiao.evaluation.web.AccessScenarios.Operation.READ;
import static jixiao.evaluation.web.AccessScenarios.Operation.RETURN_SUBMITTED;
import static jixiao.evaluation.web.AccessScenarios.Operation.RETURN_UNIT_APPROVED;
import static jixiao.evaluation.web.AccessScenarios.Operation.SCORE;
import static jixiao.evaluation.web.AccessScenarios.Operation.SUBMIT;
import static jixiao.evaluation.web.AccessScenarios.Operation.UNIT_APPROVAL;
import static jixiao.evaluation.web.AccessScenarios.Operation.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jixiao.account.Accounts;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.Imports;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.Workflow;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what to a unit's evaluations, through the HTTP API: every role of the same and of another region
 * against every operation. Another unit's evaluations are invisible (404, the same answer as for an id that does
 * not exist, and absent from lists); a visible evaluation and the wrong role give 403.
 *
 * <p>The unit under test ("the unit") is in a new region with a second unit; a unit of a third region and that
 * region's finance bureau are "another region". Each cell of the table gets a fresh evaluation in the state where the
 * operation would succeed, so that a missing check shows up as a success, not as a different refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccessScenarios {

    /** Who tries: every role of the unit, of another unit of its region, of another region, and 管理员. */
    public enum Actor {
        FILLER_OF_ANOTHER_REGION,
        UNIT_REVIEWER_OF_ANOTHER_REGION,
        BUREAU_OF_ANOTHER_REGION,
        FILLER_OF_ANOTHER_UNIT_OF_THE_REGION,
        UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION,
        BUREAU_OF_THE_REGION,
        ADMINISTRATOR,
        FILLER_OF_THE_UNIT,
        UNIT_REVIEWER_OF_THE_UNIT
    }

    /** Each operation is tried on an evaluation in the state where the right role could do it. */
    enum Operation {
        READ(EvaluationStatus.DRAFT),
        FINDINGS(EvaluationStatus.DRAFT),
        UPDATE(EvaluationStatus.DRAFT),
        SCORE(EvaluationStatus.DRAFT),
        EXPLAIN(EvaluationStatus.DRAFT),
        SUBMIT(EvaluationStatus.DRAFT),
        UNIT_APPROVAL(EvaluationStatus.SUBMITTED),
        APPROVAL(EvaluationStatus.UNIT_APPROVED),
        RETURN_SUBMITTED(EvaluationStatus.SUBMITTED),
        RETURN_UNIT_APPROVED(EvaluationStatus.UNIT_APPROVED),
        HISTORY(EvaluationStatus.SUBMITTED),
        EXPORT(EvaluationStatus.DRAFT);

        final EvaluationStatus on;

        Operation(EvaluationStatus on) {
            this.on = on;
        }
    }

    private static final List<Actor> OUTSIDERS = List.of(
            FILLER_OF_ANOTHER_REGION,
            UNIT_REVIEWER_OF_ANOTHER_REGION,
            BUREAU_OF_ANOTHER_REGION,
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION,
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION);

    private static final AtomicInteger PROJECTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    ProjectEvaluations evaluations;

    @Autowired
    Workflow workflow;

    @Autowired
    Imports imports;

    Organisations organisations;
    Unit theUnit;
    final Map<Actor, Api> actors = new EnumMap<>(Actor.class);

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        AccessCast cast = AccessCast.of(organisations, port, "洛阳市", "郑州市");
        theUnit = cast.theUnit();
        actors.putAll(cast.actors());
    }

    /**
     * The expected status of each operation, in the order of {@link Operation}: READ FINDINGS UPDATE SCORE EXPLAIN
     * SUBMIT UNIT_APPROVAL APPROVAL RETURN_SUBMITTED RETURN_UNIT_APPROVED HISTORY EXPORT. The region's finance bureau
     * sees only what a unit sent to it (a draft or a submission still with the unit is not found, as in its lists; what
     * it may do with a sent one: {@link #theBureauReadsWhatWasSentToItAndChangesNothing}) and reviews after the unit; the administrator manages accounts
     * and rule sets, reads, and takes no part in the workflow; the unit's 填报人 enters and submits and reviews
     * nothing; its 单位审核 may also enter, approves for the unit, and cannot take back what it sent on.
     */
    private static final String TABLE =
            """
            FILLER_OF_ANOTHER_REGION                     404 404 404 404 404 404 404 404 404 404 404 404
            UNIT_REVIEWER_OF_ANOTHER_REGION              404 404 404 404 404 404 404 404 404 404 404 404
            BUREAU_OF_ANOTHER_REGION                     404 404 404 404 404 404 404 404 404 404 404 404
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         404 404 404 404 404 404 404 404 404 404 404 404
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  404 404 404 404 404 404 404 404 404 404 404 404
            BUREAU_OF_THE_REGION                         404 404 404 404 404 404 404 200 404 200 404 404
            ADMINISTRATOR                                200 200 403 200 403 403 403 403 403 403 200 200
            FILLER_OF_THE_UNIT                           200 200 200 200 200 200 403 403 403 403 200 200
            UNIT_REVIEWER_OF_THE_UNIT                    200 200 200 200 200 200 200 403 200 409 200 200
            """;

    static Stream<Arguments> accessTable() {
        List<Arguments> table = new ArrayList<>();
        TABLE.lines().forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            if (cells.length != Operation.values().length + 1) {
                throw new IllegalStateException("a row of the access table needs a status per operation: " + line);
            }
            for (Operation operation : Operation.values()) {
                int status = Integer.parseInt(cells[operation.ordinal() + 1]);
                table.add(Arguments.of(Actor.valueOf(cells[0]), operation, status));
            }
        });
        return table.stream();
    }

    @Test
    void theTableHasARowForEveryActor() {
        assertThat(accessTable().map(row -> row.get()[0]).distinct())
                .containsExactlyInAnyOrder((Object[]) Actor.values());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("accessTable")
    void eachRoleMayDoOnlyWhatItsPlaceAllows(Actor actor, Operation operation, int expected) {
        Target target = evaluationIn(operation.on);

        Response response = perform(actors.get(actor), operation, target);

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected == 404 || expected == 403) {
            assertThat(response.body()).doesNotContain(target.name()).doesNotContain(theUnit.name());
        }
        if (expected == 404) {
            Response missing = perform(actors.get(actor), operation, new Target(Long.MAX_VALUE, target.name()));
            assertThat(response.body())
                    .as("an invisible evaluation looks like one that does not exist")
                    .isEqualTo(missing.body().replace(String.valueOf(Long.MAX_VALUE), String.valueOf(target.id())));
        }
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void listsShowAnotherUnitsEvaluationsOnlyToThoseWhoMayReadThem(Actor actor) {
        Target target = evaluationIn(EvaluationStatus.SUBMITTED);

        Response list = actors.get(actor).get("/api/evaluations");

        assertThat(list.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().forEach(row -> ids.add(row.path("id").asLong()));
        if (OUTSIDERS.contains(actor)) {
            assertThat(ids).doesNotContain(target.id());
            assertThat(list.body()).doesNotContain(theUnit.name()).doesNotContain(target.name());
        } else if (actor == BUREAU_OF_THE_REGION) {
            // the bureau's list holds what was sent to it, as its pages do (issue 14): not the unit's submission yet
            assertThat(ids).doesNotContain(target.id());
        } else {
            assertThat(ids).contains(target.id());
        }
    }

    @Test
    void theBureausListHoldsWhatWasSentToIt() {
        Target draft = evaluationIn(EvaluationStatus.DRAFT);
        Target sent = evaluationIn(EvaluationStatus.UNIT_APPROVED);

        List<Long> ids = new ArrayList<>();
        actors.get(BUREAU_OF_THE_REGION)
                .get("/api/evaluations")
                .json()
                .forEach(row -> ids.add(row.path("id").asLong()));

        assertThat(ids).contains(sent.id()).doesNotContain(draft.id());
    }

    @Test
    void theBureauReadsWhatWasSentToItAndChangesNothing() {
        Api bureau = actors.get(BUREAU_OF_THE_REGION);
        Target sent = evaluationIn(EvaluationStatus.UNIT_APPROVED);

        assertThat(perform(bureau, READ, sent).status()).isEqualTo(200);
        assertThat(perform(bureau, FINDINGS, sent).status()).isEqualTo(200);
        assertThat(perform(bureau, HISTORY, sent).status()).isEqualTo(200);
        assertThat(perform(bureau, EXPORT, sent).status()).isEqualTo(200);
        assertThat(perform(bureau, SCORE, sent).status()).isEqualTo(200);
        assertThat(perform(bureau, UPDATE, sent).status()).isEqualTo(403);
        assertThat(perform(bureau, EXPLAIN, sent).status()).isEqualTo(403);
        assertThat(perform(bureau, SUBMIT, sent).status()).isEqualTo(403);
        assertThat(perform(bureau, UNIT_APPROVAL, sent).status()).isEqualTo(403);
    }

    @Test
    void aDraftOrASubmissionStillWithTheUnitIsNotFoundForTheBureau() {
        Api bureau = actors.get(BUREAU_OF_THE_REGION);
        for (EvaluationStatus state : List.of(EvaluationStatus.DRAFT, EvaluationStatus.SUBMITTED)) {
            Target target = evaluationIn(state);

            Response read = perform(bureau, READ, target);
            Response page = bureau.get("/evaluations/" + target.id());

            assertThat(read.status()).as(state.name()).isEqualTo(404);
            assertThat(read.body()).doesNotContain(target.name());
            assertThat(page.status()).as(state.name()).isEqualTo(404);
            assertThat(page.body()).doesNotContain(target.name());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Actor.class,
            names = {"BUREAU_OF_THE_REGION", "BUREAU_OF_ANOTHER_REGION", "ADMINISTRATOR"})
    void onlyAUnitsAccountsImportIntoAUnit(Actor actor) {
        String document = ReportDocument.forUnit(theUnit.name())
                .withCleanProject("导入-" + PROJECTS.incrementAndGet())
                .text();

        Response refused = actors.get(actor).post("/api/evaluations/import", document);

        assertThat(refused.status()).isEqualTo(403);
    }

    // ---- a fresh evaluation of the unit, moved through the service to the state the operation needs

    record Target(long id, String name) {}

    Target evaluationIn(EvaluationStatus state) {
        int n = PROJECTS.incrementAndGet();
        String name = "档案数字化-" + n;
        // a year of its own, so that the cross-project checks of each read do not grow with the table
        var report = ReportDocument.forUnit(theUnit.name())
                .fiscalYear(1990 + n % 100)
                .withCleanProject(name)
                .report();
        long id =
                imports.importReport(report, theUnit.id(), "fixture").projects().get(0);
        if (state == EvaluationStatus.SUBMITTED || state == EvaluationStatus.UNIT_APPROVED) {
            workflow.submit(organisations.account(theUnit.filler()), id, EvaluationKind.PROJECT);
        }
        if (state == EvaluationStatus.UNIT_APPROVED) {
            workflow.approveForUnit(organisations.account(theUnit.reviewer()), id, EvaluationKind.PROJECT);
        }
        return new Target(id, name);
    }

    Response perform(Api api, Operation operation, Target target) {
        String url = "/api/evaluations/" + target.id();
        switch (operation) {
            case READ:
                return api.get(url);
            case FINDINGS:
                return api.get(url + "/findings");
            case UPDATE:
                return api.put(url, update(target));
            case SCORE:
                return api.post(url + "/score", Map.of("project", project(target)));
            case EXPLAIN:
                return api.post(url + "/explanations", Map.of("key", "SCORE_MISMATCH||测试", "explanation", "说明"));
            case SUBMIT:
                return api.post(url + "/submit");
            case UNIT_APPROVAL:
                return api.post(url + "/unit-approval");
            case APPROVAL:
                return api.post(url + "/approval", Map.of("opinion", "同意"));
            case RETURN_SUBMITTED:
            case RETURN_UNIT_APPROVED:
                return api.post(url + "/return", Map.of("reason", "请补充材料"));
            case HISTORY:
                return api.get(url + "/history");
            case EXPORT:
                return api.get(url + "/export");
            default:
                throw new IllegalArgumentException(operation.name());
        }
    }

    private ObjectNode update(Target target) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("version", 1);
        ObjectNode project = project(target);
        ((ObjectNode) project.path("indicators").path(0)).put("deviationReason", "改了");
        body.set("project", project);
        return body;
    }

    private ObjectNode project(Target target) {
        JsonNode project = ReportDocument.cleanProject(target.name(), theUnit.name());
        return (ObjectNode) project;
    }
}
