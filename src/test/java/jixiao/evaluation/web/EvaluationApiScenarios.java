package jixiao.evaluation.web;

import static jixiao.integration.Credentials.DEMO_PASSWORD;
import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jixiao.account.Accounts;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The JSON API over HTTP, as a 填报人 and a 单位审核 of the demo unit and a 财政局审核 of its region use it on the
 * seed report loaded at first start. They are accounts of the test's own: the demo accounts' password hashes cost
 * 0.1 s a request, so they are signed in with only where they are the subject. Written once, run on H2 and on
 * PostgreSQL by the subclasses. Each test works on its own seed project, so that the order of tests does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvaluationApiScenarios {

    static final String DEMO_REGION = "三门峡市";
    static final String DEMO_UNIT = "三门峡市公共资源交易中心";
    static final List<String> SEED_PROJECTS = List.of(
            "办公用房取暖",
            "保安、保洁经费",
            "机房专项电费",
            "公共资源配置提升经费(含党建、精神文明)",
            "软件系统及退保证金手续费",
            "培训宣传等专项业务费",
            "政府采购中心平台维护费",
            "专家评审费",
            "车辆更新",
            "交易平台建设及电子化建设");

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    Organisations organisations;
    Unit demo;
    Api filler;
    Api reviewer;
    Api bureau;

    @BeforeAll
    void accountsOfTheDemoUnit() {
        organisations = new Organisations(units, accounts);
        demo = organisations.staffed(DEMO_REGION, DEMO_UNIT);
        Api api = Api.anonymous(port);
        filler = api.as(demo.filler(), FIXTURE_PASSWORD);
        reviewer = api.as(demo.reviewer(), FIXTURE_PASSWORD);
        bureau = api.as(demo.region().bureau(), FIXTURE_PASSWORD);
    }

    @Test
    void theDemoAccountsSignInWithTheConfiguredPasswordAndSeeTheSeedProjects() {
        Api api = Api.anonymous(port);
        for (String account : List.of("tianbao", "danwei")) {
            Response all = ok(api.as(account, DEMO_PASSWORD).get("/api/evaluations"));
            assertThat(names(all.json())).as(account).containsAll(SEED_PROJECTS);
        }
        // the finance bureau lists what was sent to it, not the unit's drafts (issue 14)
        Response sent = ok(api.as("caizheng", DEMO_PASSWORD).get("/api/evaluations"));
        sent.json().forEach(row -> assertThat(row.path("status").asText())
                .as(row.path("name").asText())
                .isIn("UNIT_APPROVED", "APPROVED", "RETURNED"));
    }

    @Test
    void theFillerListsTheSeedProjectsOfItsUnitAndNothingElse() {
        Response all = ok(filler.get("/api/evaluations"));
        assertThat(names(all.json())).containsAll(SEED_PROJECTS);
        assertThat(all.json())
                .allSatisfy(row -> assertThat(row.path("unit").asText()).isEqualTo(DEMO_UNIT));

        assertThat(names(ok(filler.get("/api/evaluations?year=2021")).json())).containsAll(SEED_PROJECTS);
        assertThat(ok(filler.get("/api/evaluations?year=2020")).json()).isEmpty();
    }

    @Test
    void readingAnEvaluationShowsTheProjectItsScoresAndItsFindingsWithKeys() {
        JsonNode evaluation = ok(filler.get(url(seed("办公用房取暖")))).json();

        assertThat(evaluation.path("name").asText()).isEqualTo("办公用房取暖");
        assertThat(evaluation.path("unit").asText()).isEqualTo(DEMO_UNIT);
        assertThat(evaluation.path("fiscalYear").asInt()).isEqualTo(2021);
        assertThat(evaluation.path("ruleSet").path("name").asText()).isNotBlank();
        assertThat(evaluation.path("project").path("indicators")).hasSize(8);
        assertThat(evaluation.at("/project/indicators/0/target").asText()).isEqualTo("2812平方米");
        assertThat(evaluation.path("assessment").path("total").isNumber()).isTrue();
        assertThat(evaluation.at("/assessment/indicators/0/explanation").asText())
                .isNotBlank();
        assertThat(evaluation.path("findings")).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.path("key").asText())
                    .startsWith(finding.path("code").asText() + "|");
            assertThat(finding.path("severity").asText()).isIn("error", "warning", "info");
            assertThat(finding.path("message").asText()).isNotBlank();
        });
        assertThat(ok(filler.get(url(seed("办公用房取暖")) + "/findings")).json()).isEqualTo(evaluation.path("findings"));
    }

    @Test
    void aProjectPrintedWithoutItsTableCanBeReadAndExported() {
        long id = seed("培训宣传等专项业务费");

        JsonNode evaluation = ok(filler.get(url(id))).json();
        assertThat(evaluation.path("project").path("tableMissing").asBoolean()).isTrue();
        assertThat(ok(filler.get(url(id) + "/export"))
                        .json()
                        .at("/projects/0/name")
                        .asText())
                .isEqualTo("培训宣传等专项业务费");
    }

    @Test
    void savingAChangeRecordsWhoChangedWhichFieldFromWhatToWhat() {
        long id = seed("机房专项电费");
        JsonNode before = ok(filler.get(url(id))).json();
        ObjectNode project = before.path("project").deepCopy();
        String oldActual = project.at("/indicators/0/actual").asText();
        indicator(project, 0).put("actual", "100%").put("deviationReason", "电价上调，已调整用电计划");

        JsonNode saved = ok(filler.put(url(id), change(before.path("version").asInt(), project)))
                .json();

        assertThat(saved.path("version").asInt())
                .isEqualTo(before.path("version").asInt() + 1);
        assertThat(saved.at("/project/indicators/0/actual").asText()).isEqualTo("100%");
        JsonNode history = ok(filler.get(url(id) + "/history")).json();
        assertThat(history)
                .anySatisfy(change -> assertChange(change, demo.filler(), "indicators[0].actual", oldActual, "100%"));
        assertThat(history)
                .anySatisfy(change ->
                        assertChange(change, demo.filler(), "indicators[0].deviationReason", null, "电价上调，已调整用电计划"));
        assertThat(history)
                .allSatisfy(change -> assertThat(change.path("at").asText()).isNotBlank());
    }

    @Test
    void aSaveFromAnOutdatedVersionIsRefusedWithAConflictNamingWhoSavedFirst() {
        long id = seed("专家评审费");
        JsonNode opened = ok(filler.get(url(id))).json();
        int version = opened.path("version").asInt();
        ObjectNode fillers = opened.path("project").deepCopy();
        indicator(fillers, 0).put("deviationReason", "填报人的说明");
        ObjectNode reviewers = opened.path("project").deepCopy();
        indicator(reviewers, 0).put("deviationReason", "审核人的说明");

        ok(filler.put(url(id), change(version, fillers)));
        Response late = reviewer.put(url(id), change(version, reviewers));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("error").asText()).isEqualTo("version-conflict");
        assertThat(late.json().path("message").asText()).contains("保存被拒绝").contains(demo.filler());
        JsonNode now = ok(reviewer.get(url(id))).json();
        assertThat(now.path("version").asInt()).isEqualTo(version + 1);
        assertThat(now.at("/project/indicators/0/deviationReason").asText()).isEqualTo("填报人的说明");
    }

    static Stream<Arguments> invalidChanges() {
        return Stream.of(
                invalid(
                        "an indicator weight in Chinese numerals",
                        body -> indicator(project(body), 0).put("weight", "十五"),
                        "project.indicators[0].weight",
                        "十五"),
                invalid(
                        "a claimed score that is not a number",
                        body -> indicator(project(body), 2).put("claimedScore", "满分"),
                        "project.indicators[2].claimedScore",
                        "满分"),
                invalid(
                        "an indicator row that is not an object",
                        body -> ((ArrayNode) project(body).get("indicators"))
                                .set(1, Api.JSON.getNodeFactory().textNode("产出指标")),
                        "project.indicators[1]",
                        "产出指标"),
                invalid(
                        "a field the format does not have",
                        body -> project(body).put("budgetYear", "2021年"),
                        "project.budgetYear",
                        "budgetYear"),
                invalid("a version that is not a number", body -> body.put("version", "第二版"), "version", "第二版"),
                invalid("no project", body -> body.remove("project"), "project", "project"));
    }

    private static Arguments invalid(String what, Consumer<ObjectNode> change, String field, String value) {
        return Arguments.of(what, change, field, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidChanges")
    void invalidInputIsRefusedNamingTheFieldAndTheValue(
            String what, Consumer<ObjectNode> mutation, String field, String value) {
        long id = seed("政府采购中心平台维护费");
        JsonNode before = ok(filler.get(url(id))).json();
        ObjectNode body =
                change(before.path("version").asInt(), before.path("project").deepCopy());
        mutation.accept(body);

        Response refused = filler.put(url(id), body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid");
        assertThat(refused.json().path("field").asText()).isEqualTo(field);
        assertThat(refused.json().path("message").asText()).contains(field).contains(value);
        JsonNode after = ok(filler.get(url(id))).json();
        assertThat(after.path("version")).isEqualTo(before.path("version"));
        assertThat(after.path("project")).isEqualTo(before.path("project"));
    }

    @Test
    void aProjectWithoutANameIsRefusedNamingTheField() {
        long id = seed("政府采购中心平台维护费");
        JsonNode before = ok(filler.get(url(id))).json();
        ObjectNode project = before.path("project").deepCopy();
        project.put("name", " ");

        Response refused = filler.put(url(id), change(before.path("version").asInt(), project));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("project.name");
        assertThat(ok(filler.get(url(id))).json().path("name").asText()).isEqualTo("政府采购中心平台维护费");
    }

    @Test
    void aNameTooLongForTheDatabaseIsRefusedOnSaving() {
        long id = seed("政府采购中心平台维护费");
        JsonNode before = ok(filler.get(url(id))).json();
        ObjectNode project = before.path("project").deepCopy();
        project.put("name", "政府采购中心平台维护".repeat(31));

        Response refused = filler.put(url(id), change(before.path("version").asInt(), project));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).endsWith("name");
        assertThat(refused.json().path("message").asText()).contains("300").contains("310");
        assertThat(ok(filler.get(url(id))).json().path("version")).isEqualTo(before.path("version"));
    }

    @Test
    void scoringAChangedProjectShowsTheNewScoresWithoutSavingThem() {
        long id = seed("软件系统及退保证金手续费");
        JsonNode before = ok(filler.get(url(id))).json();
        ObjectNode project = before.path("project").deepCopy();
        ObjectNode first = indicator(project, 0);
        first.put("actual", "0");

        JsonNode scored =
                ok(filler.post(url(id) + "/score", Map.of("project", project))).json();

        assertThat(scored.at("/indicators/0/actual").asText()).isEqualTo("0");
        assertThat(scored.path("total").decimalValue())
                .isLessThan(before.path("assessment").path("total").decimalValue());
        assertThat(scored.path("findings").isArray()).isTrue();
        JsonNode after = ok(filler.get(url(id))).json();
        assertThat(after.path("version")).isEqualTo(before.path("version"));
        assertThat(after.path("project")).isEqualTo(before.path("project"));
        assertThat(after.path("assessment").path("total"))
                .isEqualTo(before.path("assessment").path("total"));
        // scoring changes nothing: the history holds only the import
        assertThat(ok(filler.get(url(id) + "/history")).json())
                .singleElement()
                .satisfies(c -> assertThat(c.path("field").asText()).isEqualTo("导入"));
    }

    @Test
    void aRescoreComparesWithTheOtherProjectsAsLastSaved() {
        Unit unit = organisations.unit(organisations.region("目标测试市"), "目标测试中心");
        Api clerk = Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD);
        Response imported = clerk.post(
                "/api/evaluations/import",
                ReportDocument.forUnit(unit.name())
                        .withCleanProject("档案数字化")
                        .withCleanProject("政务服务培训")
                        .text());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long earlier = imported.json().path("ids").path(0).asLong();
        long later = imported.json().path("ids").path(1).asLong();
        JsonNode typed = ok(clerk.get(url(later))).json().path("project");
        JsonNode first =
                ok(clerk.post(url(later) + "/score", Map.of("project", typed))).json();
        assertThat(first.path("findings"))
                .noneSatisfy(f -> assertThat(f.path("code").asText()).isEqualTo("GOAL_COPIED"));

        JsonNode opened = ok(clerk.get(url(earlier))).json();
        ObjectNode copying = opened.path("project").deepCopy();
        copying.set("goals", typed.path("goals"));
        ok(clerk.put(url(earlier), change(opened.path("version").asInt(), copying)));
        JsonNode again =
                ok(clerk.post(url(later) + "/score", Map.of("project", typed))).json();

        assertThat(again.path("findings")).anySatisfy(f -> {
            assertThat(f.path("code").asText()).isEqualTo("GOAL_COPIED");
            assertThat(f.path("message").asText()).contains("“档案数字化”");
        });
    }

    @Test
    void submissionIsRefusedWhileErrorFindingsAreUnexplained() {
        long id = seed("保安、保洁经费");
        JsonNode evaluation = ok(filler.get(url(id))).json();
        List<String> errors = errorKeys(evaluation);
        assertThat(errors).isNotEmpty();

        Response refused = filler.post(url(id) + "/submit");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("error").asText()).isEqualTo("unexplained-errors");
        assertThat(refused.json().path("message").asText()).contains(String.valueOf(errors.size()));
        List<String> listed = new ArrayList<>();
        refused.json().path("findings").forEach(f -> listed.add(f.path("key").asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(errors);
        assertThat(ok(filler.get(url(id))).json().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void anExplanationMustSaySomething() {
        long id = seed("保安、保洁经费");
        String key = errorKeys(ok(filler.get(url(id))).json()).get(0);

        Response blank = filler.post(url(id) + "/explanations", Map.of("key", key, "explanation", "  "));
        Response noKey = filler.post(url(id) + "/explanations", Map.of("explanation", "说明"));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("field").asText()).isEqualTo("explanation");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().path("field").asText()).isEqualTo("key");
    }

    @Test
    void explainedErrorsLetTheFillerSubmitAndBothReviewersApprove() {
        long id = seed("办公用房取暖");
        JsonNode evaluation = ok(filler.get(url(id))).json();
        List<String> errors = errorKeys(evaluation);
        assertThat(errors).isNotEmpty();

        for (String key : errors) {
            JsonNode findings = ok(filler.post(
                            url(id) + "/explanations", Map.of("key", key, "explanation", "已核实：" + key)))
                    .json();
            assertThat(findings)
                    .anySatisfy(f -> assertThat(f.path("explanation").asText()).isEqualTo("已核实：" + key));
        }
        assertThat(status(ok(filler.post(url(id) + "/submit")))).isEqualTo("SUBMITTED");
        assertThat(filler.post(url(id) + "/unit-approval").status()).isEqualTo(403);
        // still with the unit: not the bureau's yet (not found, as a draft is)
        assertThat(bureau.post(url(id) + "/approval").status()).isEqualTo(404);
        assertThat(status(ok(reviewer.post(url(id) + "/unit-approval")))).isEqualTo("UNIT_APPROVED");
        assertThat(reviewer.post(url(id) + "/approval").status()).isEqualTo(403);
        Response withoutOpinion = bureau.post(url(id) + "/approval");
        assertThat(withoutOpinion.status()).isEqualTo(400);
        assertThat(withoutOpinion.json().path("field").asText()).isEqualTo("opinion");
        JsonNode approved = ok(bureau.post(url(id) + "/approval", Map.of("opinion", "同意，偏差原因已核实")))
                .json();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("reviewOpinion").asText()).isEqualTo("同意，偏差原因已核实");

        JsonNode afterApproval = ok(filler.get(url(id))).json();
        Response change =
                filler.put(url(id), change(afterApproval.path("version").asInt(), afterApproval.path("project")));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().path("error").asText()).isEqualTo("wrong-state");
        JsonNode history = ok(bureau.get(url(id) + "/history")).json();
        assertThat(history).anySatisfy(c -> assertChange(c, demo.filler(), "状态", "草稿", "已提交"));
        assertThat(history).anySatisfy(c -> assertChange(c, demo.reviewer(), "状态", "已提交", "单位已审核"));
        assertThat(history).anySatisfy(c -> assertChange(c, demo.region().bureau(), "状态", "单位已审核", "已审核"));
        assertThat(history).anySatisfy(c -> assertChange(c, demo.region().bureau(), "审核意见", null, "同意，偏差原因已核实"));
        // the explanations that allowed the submission are in the history, each with the finding it explains
        assertThat(history)
                .filteredOn(c -> c.path("field").asText().equals("问题说明"))
                .hasSize(errors.size())
                .allSatisfy(c -> assertThat(c.path("new").asText()).startsWith("已核实："))
                .allSatisfy(c -> assertThat(c.path("old").asText()).isNotBlank().doesNotContain("|"));
        // and in the audit trail (issue 13, item 2), each act with the account that did it
        assertThat(auditTrailOf(id))
                .containsSubsequence(
                        demo.filler() + " evaluation.explained",
                        demo.filler() + " evaluation.submitted",
                        demo.reviewer() + " evaluation.unit_approved",
                        demo.region().bureau() + " evaluation.approved");
    }

    /** The audit trail's entries of an evaluation, oldest first: the actor and the action. */
    private List<String> auditTrailOf(long id) {
        return jdbc.sql("SELECT actor, action FROM audit_entry WHERE target LIKE ? ORDER BY seq")
                .param("PROJECT " + id + " %")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
                .list();
    }

    @Test
    void aReturnNeedsAReasonAndReopensTheEvaluationForEditing() {
        long id = seed("公共资源配置提升经费(含党建、精神文明)");
        explainAllErrors(filler, id);
        ok(filler.post(url(id) + "/submit"));

        Response noReason = reviewer.post(url(id) + "/return", Map.of());
        Response blankReason = reviewer.post(url(id) + "/return", Map.of("reason", "   "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asText()).isEqualTo("reason");
        assertThat(blankReason.status()).isEqualTo(400);
        assertThat(status(ok(reviewer.get(url(id))))).isEqualTo("SUBMITTED");

        JsonNode returned = ok(reviewer.post(url(id) + "/return", Map.of("reason", "满意度指标的实际值请附调查表")))
                .json();
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnReason").asText()).isEqualTo("满意度指标的实际值请附调查表");
        assertThat(ok(filler.get(url(id) + "/history")).json())
                .anySatisfy(c -> assertChange(c, demo.reviewer(), "退回原因", null, "满意度指标的实际值请附调查表"));
        assertThat(auditTrailOf(id)).contains(demo.reviewer() + " evaluation.returned");

        ObjectNode project = returned.path("project").deepCopy();
        indicator(project, 0).put("deviationReason", "已补充调查表");
        ok(filler.put(url(id), change(returned.path("version").asInt(), project)));
        assertThat(status(ok(filler.post(url(id) + "/submit")))).isEqualTo("SUBMITTED");
    }

    @Test
    void aUnitReviewersSubmissionGoesToTheFinanceBureauWhichMayReturnIt() {
        long id = seed("车辆更新");
        explainAllErrors(reviewer, id);

        assertThat(status(ok(reviewer.post(url(id) + "/submit")))).isEqualTo("UNIT_APPROVED");
        assertThat(reviewer.post(url(id) + "/return", Map.of("reason", "单位已审核后不能由单位退回"))
                        .status())
                .isEqualTo(409);
        Response noReason = bureau.post(url(id) + "/return", Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asText()).isEqualTo("reason");

        JsonNode returned = ok(bureau.post(url(id) + "/return", Map.of("reason", "车辆购置价格请附发票")))
                .json();
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnReason").asText()).isEqualTo("车辆购置价格请附发票");
        assertThat(bureau.post(url(id) + "/return", Map.of("reason", "再次退回")).status())
                .isEqualTo(409);
    }

    @Test
    void anExportedEvaluationImportsAsANewDraftOfTheImportingUnit() {
        long id = seed("交易平台建设及电子化建设");
        Response export = ok(filler.get(url(id) + "/export"));
        assertThat(export.header("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(export.json().path("format").asText()).isEqualTo("self-evaluation/1");
        assertThat(export.json().path("fiscalYear").asInt()).isEqualTo(2021);
        Unit importer = organisations.unit(organisations.region("导入测试市"), "导入测试中心");
        Api clerk = Api.anonymous(port).as(importer.filler(), FIXTURE_PASSWORD);

        Response imported = clerk.post("/api/evaluations/import", export.body());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("ids")).hasSize(1);
        long copy = imported.json().path("ids").path(0).asLong();
        JsonNode read = ok(clerk.get(url(copy))).json();
        assertThat(read.path("name").asText()).isEqualTo("交易平台建设及电子化建设");
        assertThat(read.path("unit").asText()).isEqualTo(importer.name());
        assertThat(read.path("status").asText()).isEqualTo("DRAFT");
        assertThat(read.path("project"))
                .isEqualTo(ok(filler.get(url(id))).json().path("project"));
        assertThat(filler.get(url(copy)).status())
                .as("the copy is the importing unit's")
                .isEqualTo(404);
        assertThat(auditTrailOf(copy)).containsExactly(importer.filler() + " evaluation.imported");
    }

    @Test
    void aDocumentOfSeveralProjectsImportsEachAsADraft() {
        Unit importer = organisations.unit(organisations.region("导入测试市"), "导入测试中心");
        Api clerk = Api.anonymous(port).as(importer.filler(), FIXTURE_PASSWORD);
        String document = ReportDocument.forUnit(importer.name())
                .withCleanProject("档案数字化")
                .withCleanProject("政务服务培训")
                .text();

        Response imported = clerk.post("/api/evaluations/import", document);

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().path("ids")).hasSize(2);
        JsonNode list = ok(clerk.get("/api/evaluations")).json();
        assertThat(names(list)).containsExactlyInAnyOrder("档案数字化", "政务服务培训");
        assertThat(list).allSatisfy(row -> {
            assertThat(row.path("status").asText()).isEqualTo("DRAFT");
            assertThat(row.path("errors").asInt()).isZero();
            assertThat(row.path("total").decimalValue()).isEqualByComparingTo("100");
        });
    }

    static Stream<Arguments> malformedDocuments() {
        return Stream.of(
                Arguments.of(
                        "a weight in Chinese numerals in the second project",
                        (Consumer<ObjectNode>)
                                doc -> ((ObjectNode) doc.at("/projects/1/indicators/1")).put("weight", "十五"),
                        "$.projects[1].indicators[1].weight",
                        "十五"),
                Arguments.of(
                        "an unknown format",
                        (Consumer<ObjectNode>) doc -> doc.put("format", "self-evaluation/9"),
                        "$.format",
                        "self-evaluation/9"),
                Arguments.of(
                        "a fiscal year out of range",
                        (Consumer<ObjectNode>) doc -> doc.put("fiscalYear", 21),
                        "$.fiscalYear",
                        "21"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDocuments")
    void aMalformedDocumentIsRefusedNamingTheJsonPathAndNothingIsImported(
            String what, Consumer<ObjectNode> defect, String path, String value) {
        Unit importer = organisations.unit(organisations.region("导入测试市"), "导入测试中心");
        Api clerk = Api.anonymous(port).as(importer.filler(), FIXTURE_PASSWORD);
        ObjectNode document = ReportDocument.forUnit(importer.name())
                .withCleanProject("档案数字化")
                .withCleanProject("政务服务培训")
                .json();
        defect.accept(document);

        Response refused = clerk.post("/api/evaluations/import", document);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo(path);
        assertThat(refused.json().path("message").asText()).contains(path).contains(value);
        assertThat(ok(clerk.get("/api/evaluations")).json()).isEmpty();
    }

    @Test
    void aTruncatedDocumentIsRefusedNamingTheLineAndNothingIsImported() {
        Unit importer = organisations.unit(organisations.region("导入测试市"), "导入测试中心");
        Api clerk = Api.anonymous(port).as(importer.filler(), FIXTURE_PASSWORD);
        String document = ReportDocument.forUnit(importer.name())
                .withCleanProject("档案数字化")
                .text();

        Response refused = clerk.post("/api/evaluations/import", document.substring(0, document.length() / 2));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("第 1 行");
        assertThat(ok(clerk.get("/api/evaluations")).json()).isEmpty();
    }

    @Test
    void aProjectTheDatabaseCannotHoldIsRefusedAndNothingIsImported() {
        Unit importer = organisations.unit(organisations.region("导入测试市"), "导入测试中心");
        Api clerk = Api.anonymous(port).as(importer.filler(), FIXTURE_PASSWORD);
        String longName = "档案数字化".repeat(61);
        String document = ReportDocument.forUnit(importer.name())
                .withCleanProject("政务服务培训")
                .withCleanProject(longName)
                .text();

        Response refused = clerk.post("/api/evaluations/import", document);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("$.projects[1].name");
        assertThat(refused.json().path("message").asText()).contains("300").contains("305");
        assertThat(ok(clerk.get("/api/evaluations")).json()).isEmpty();
    }

    /** Issue 13: a weight of 10^29 answered 500; a weight is a share of 100 points, refused at the edge beyond. */
    @Test
    void aWeightTypedWithExtraZerosIsRefusedWithTheFieldNamedNotAServerError() {
        Unit unit = organisations.unit(organisations.region("录入测试市"), "录入测试中心");
        Api clerk = Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD);
        long id = imported(clerk, ReportDocument.forUnit(unit.name()).withCleanProject("档案数字化"));
        JsonNode before = ok(clerk.get(url(id))).json();
        ObjectNode project = before.path("project").deepCopy();
        indicator(project, 0).put("weight", 2000000).put("claimedScore", 2000000);

        Response refused = clerk.put(url(id), change(before.path("version").asInt(), project));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("project.indicators[0].weight");
        assertThat(refused.json().path("message").asText()).contains("0 到 100").contains("2000000");
        assertThat(ok(clerk.get(url(id))).json().path("version").asInt())
                .isEqualTo(before.path("version").asInt());
    }

    @Test
    void aFindingAboutALongIndicatorNameCanBeExplained() {
        Unit unit = organisations.unit(organisations.region("录入测试市"), "录入测试中心");
        Api clerk = Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD);
        ObjectNode project = ReportDocument.cleanProject("档案数字化", unit.name());
        indicator(project, 0)
                .put("level3", "完成历年文书档案、会计档案、基建档案的整理、扫描、著录和挂接".repeat(40))
                .put("claimedScore", 15);
        long id = imported(clerk, ReportDocument.forUnit(unit.name()).withProject(project));
        List<String> errors = errorKeys(ok(clerk.get(url(id))).json());
        assertThat(errors).anySatisfy(key -> assertThat(key.length()).isGreaterThan(1000));

        for (String key : errors) {
            ok(clerk.post(url(id) + "/explanations", Map.of("key", key, "explanation", "已核实")));
        }

        assertThat(status(ok(clerk.post(url(id) + "/submit")))).isEqualTo("SUBMITTED");
    }

    // ---- helpers

    static long imported(Api clerk, ReportDocument document) {
        Response imported = clerk.post("/api/evaluations/import", document.text());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        return imported.json().path("ids").path(0).asLong();
    }

    long seed(String name) {
        for (JsonNode row : ok(filler.get("/api/evaluations")).json()) {
            if (row.path("name").asText().equals(name)
                    && row.path("unit").asText().equals(DEMO_UNIT)) {
                return row.path("id").asLong();
            }
        }
        throw new AssertionError("no seed evaluation " + name);
    }

    static String url(long id) {
        return "/api/evaluations/" + id;
    }

    static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    static String status(Response response) {
        return response.json().path("status").asText();
    }

    static ObjectNode change(int version, JsonNode project) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("version", version);
        body.set("project", project);
        return body;
    }

    static ObjectNode project(ObjectNode body) {
        return (ObjectNode) body.get("project");
    }

    static ObjectNode indicator(ObjectNode project, int index) {
        return (ObjectNode) project.path("indicators").path(index);
    }

    static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(row -> names.add(row.path("name").asText()));
        return names;
    }

    static List<String> errorKeys(JsonNode evaluation) {
        List<String> keys = new ArrayList<>();
        for (JsonNode finding : evaluation.path("findings")) {
            if (finding.path("severity").asText().equals("error")) {
                keys.add(finding.path("key").asText());
            }
        }
        return keys;
    }

    static void explainAllErrors(Api who, long id) {
        for (String key : errorKeys(ok(who.get(url(id))).json())) {
            ok(who.post(url(id) + "/explanations", Map.of("key", key, "explanation", "已核实")));
        }
    }

    static void assertChange(JsonNode change, String by, String field, String oldValue, String newValue) {
        assertThat(change.path("by").asText()).isEqualTo(by);
        assertThat(change.path("field").asText()).isEqualTo(field);
        assertThat(change.path("old").isNull() ? null : change.path("old").asText())
                .isEqualTo(oldValue);
        assertThat(change.path("new").isNull() ? null : change.path("new").asText())
                .isEqualTo(newValue);
    }
}
