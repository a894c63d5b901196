package jixiao.evaluation.web;

import static jixiao.integration.Credentials.ADMIN_PASSWORD;
import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jixiao.account.Accounts;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Html;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Region;
import jixiao.integration.Organisations.Unit;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.organisation.BudgetUnits;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFramework;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 部门（单位）整体自评 over HTTP: created by importing a report with a {@code department} (the seed at first
 * start), scored with the active framework together with the unit's projects, edited, refused on a stale version,
 * submitted only when its errors are explained, reviewed; and invisible to everyone outside its unit and region.
 * Tests that change an evaluation import the seed into a unit of their own, so that their order does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UnitEvaluationScenarios {

    static final String DEMO_REGION = "三门峡市";
    static final String DEMO_UNIT = "三门峡市公共资源交易中心";
    static final String HTML = "text/html,application/xhtml+xml";

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
    Region region;
    String seed;

    @BeforeAll
    void world() throws IOException {
        organisations = new Organisations(units, accounts);
        demo = organisations.staffed(DEMO_REGION, DEMO_UNIT);
        region = organisations.region("南阳市");
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-2021.json")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedsWholeUnitEvaluationIsScoredAsTheCheckerScoresTheSeed() throws InterchangeException {
        Api filler = as(demo.filler());
        JsonNode rows = ok(filler.get("/api/unit-evaluations?year=2021")).json();
        assertThat(rows).hasSize(1);
        JsonNode evaluation = ok(filler.get(
                        "/api/unit-evaluations/" + rows.get(0).path("id").asLong()))
                .json();

        SelfEvaluationReport report = new InterchangeReader().read(seed);
        BigDecimal expected = new SelfEvaluationChecker(RuleSet.defaults(), UnitFramework.defaults())
                .assess(report)
                .department()
                .total()
                .value();
        assertThat(evaluation.path("name").asText()).isEqualTo("部门（单位）整体自评");
        assertThat(evaluation.path("unit").asText()).isEqualTo(DEMO_UNIT);
        assertThat(evaluation.at("/assessment/total").decimalValue()).isEqualByComparingTo(expected);
        assertThat(evaluation.path("total").decimalValue()).isEqualByComparingTo(expected);
        assertThat(evaluation.at("/department/keyWorkPlan")).hasSize(62);
        JsonNode keyWork = item(evaluation, "重点工作计划完成率");
        assertThat(keyWork.path("weight").decimalValue()).isEqualByComparingTo("15");
        assertThat(keyWork.path("weightInferred").asBoolean()).isTrue();
        assertThat(keyWork.path("weightBasis").asText()).contains("14.25");
        assertThat(keyWork.path("score").decimalValue()).isEqualByComparingTo("14.25");
        assertThat(evaluation.path("findings"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("project").isNull()).isTrue());
        assertThat(evaluation.path("errors").asInt()).isEqualTo(count(evaluation.path("findings"), "error"));
        // 履职效益 and 满意度 are unscored: the total is no result and is not graded
        assertThat(evaluation.at("/assessment/complete").asBoolean()).isFalse();
        assertThat(evaluation.at("/assessment/grade").isNull()).isTrue();
        assertThat(evaluation.at("/assessment/unscored").toString()).isEqualTo("[\"履职效益\",\"满意度\"]");

        // the unit's report of the year carries the 部门（单位）整体自评 with the unit's scores, incomplete
        Api.Download docx = filler.download("/units/" + demo.id() + "/2021/report.docx");
        assertThat(docx.status()).isEqualTo(200);
        try (var document =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("部门（单位）整体自评报告")
                    .contains("履职效益（25分）、满意度（10分）尚未评分，部门整体自评未完成评分")
                    .contains("自评得分合计59.25分");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // the project endpoints do not serve it, nor the unit endpoints a project
        assertThat(filler.get("/api/evaluations/" + evaluation.path("id").asLong())
                        .status())
                .isEqualTo(404);
        long project = ok(filler.get("/api/evaluations?year=2021"))
                .json()
                .get(0)
                .path("id")
                .asLong();
        assertThat(filler.get("/api/unit-evaluations/" + project).status()).isEqualTo(404);
    }

    @Test
    void theListPageShowsTheWholeUnitRowAboveTheProjectsAndItsEditorMarksInferredWeights() {
        Api filler = as(demo.filler());
        JsonNode row = ok(filler.get("/api/unit-evaluations?year=2021")).json().get(0);
        Response list = ok(filler.get("/evaluations?year=2021", HTML));
        // one list: the unit's whole-unit evaluation with its rows, before its projects
        String unitRow = "/unit-evaluations/" + row.path("id").asLong();
        assertThat(list.body()).contains("id=\"evaluations\"", unitRow);
        int table = list.body().indexOf("id=\"evaluations\"");
        assertThat(list.body().indexOf(unitRow))
                .isGreaterThan(table)
                .isLessThan(list.body().indexOf("href=\"/evaluations/", table));

        Response editor = ok(filler.get("/unit-evaluations/" + row.path("id").asLong(), HTML));
        assertThat(editor.body())
                .contains("部门（单位）整体自评", "重点工作计划", "政府采购预算", "class=\"inferred\"", "推定分值")
                .contains(row.path("total").decimalValue().setScale(2).toPlainString());
        Response english = ok(filler.get("/unit-evaluations/" + row.path("id").asLong() + "?lang=en", HTML));
        assertThat(english.body()).contains("Whole-unit self-evaluation", "Key work plan");
    }

    @Test
    void theOpenApiDocumentDescribesTheWholeUnitOperations() {
        JsonNode paths = ok(Api.anonymous(port).get("/api/openapi")).json().path("paths");
        for (String path : List.of(
                "/api/unit-evaluations",
                "/api/unit-evaluations/{id}",
                "/api/unit-evaluations/{id}/score",
                "/api/unit-evaluations/{id}/findings",
                "/api/unit-evaluations/{id}/submit",
                "/api/unit-evaluations/{id}/unit-approval",
                "/api/unit-evaluations/{id}/approval",
                "/api/unit-evaluations/{id}/return",
                "/api/unit-evaluations/{id}/history",
                "/api/unit-evaluations/{id}/export")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.at("/~1api~1unit-evaluations~1{id}/put/summary").asText())
                .contains("department");
    }

    @Test
    void importingASecondWholeUnitEvaluationOfTheSameYearIsRefusedAndImportsNothing() {
        Unit unit = organisations.unit(region, "南阳市交易中心");
        Api filler = as(unit.filler());
        Response first = filler.post("/api/evaluations/import", seed);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("unitEvaluation").asLong()).isPositive();
        int projects = ok(filler.get("/api/evaluations")).json().size();

        Response second = filler.post("/api/evaluations/import", seed);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().path("field").asText()).isEqualTo("$.department");
        assertThat(second.json().path("message").asText()).contains("整体自评已经存在");
        assertThat(ok(filler.get("/api/evaluations")).json()).hasSize(projects);
        assertThat(ok(filler.get("/api/unit-evaluations")).json()).hasSize(1);
    }

    @Test
    void settingEveryKeyWorkItemsStatusReScoresAndSavesWithHistory() {
        Api filler = as(imported().filler());
        long id =
                ok(filler.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
        JsonNode before = ok(filler.get("/api/unit-evaluations/" + id)).json();
        ObjectNode department = (ObjectNode) before.path("department").deepCopy();
        for (JsonNode item : department.path("keyWorkPlan")) {
            ((ObjectNode) item).put("status", "completed");
        }

        JsonNode scored = ok(filler.post("/api/unit-evaluations/" + id + "/score", Map.of("department", department)))
                .json();
        JsonNode keyWork = item(scored, "重点工作计划完成率");
        assertThat(keyWork.path("score").decimalValue()).isEqualByComparingTo("15");
        assertThat(keyWork.path("basis").asText()).isEqualTo("FIGURES");
        BigDecimal expected = before.at("/assessment/total").decimalValue().add(new BigDecimal("0.75"));
        assertThat(scored.path("total").decimalValue()).isEqualByComparingTo(expected);

        JsonNode saved = ok(filler.put(
                        "/api/unit-evaluations/" + id,
                        Map.of("version", before.path("version").asInt(), "department", department)))
                .json();
        assertThat(saved.path("total").decimalValue()).isEqualByComparingTo(expected);
        assertThat(saved.path("version").asInt())
                .isEqualTo(before.path("version").asInt() + 1);
        assertThat(saved.at("/department/keyWorkPlan/0/status").asText()).isEqualTo("completed");
        JsonNode history =
                ok(filler.get("/api/unit-evaluations/" + id + "/history")).json();
        assertThat(history).anySatisfy(change -> {
            assertThat(change.path("field").asText()).isEqualTo("keyWorkPlan[0].status");
            assertThat(change.path("new").asText()).isEqualTo("completed");
        });
        assertThat(history).hasSizeGreaterThanOrEqualTo(62);
    }

    @Test
    void anEnteredFigureIsKeptAndScored() {
        Api filler = as(imported().filler());
        long id =
                ok(filler.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
        JsonNode before = ok(filler.get("/api/unit-evaluations/" + id)).json();
        ObjectNode department = (ObjectNode) before.path("department").deepCopy();
        // 政府采购执行率 = 2.66 / 5.32 = 50%: half its weight
        department.putObject("figures").put("procurementBudget", new BigDecimal("5.32"));
        JsonNode saved = ok(filler.put(
                        "/api/unit-evaluations/" + id,
                        Map.of("version", before.path("version").asInt(), "department", department)))
                .json();
        JsonNode procurement = item(saved, "政府采购执行率");
        assertThat(procurement.path("basis").asText()).isEqualTo("FIGURES");
        assertThat(procurement.path("score").decimalValue())
                .isEqualByComparingTo(procurement.path("weight").decimalValue().divide(new BigDecimal(2)));
        assertThat(saved.at("/department/figures/procurementBudget").decimalValue())
                .isEqualByComparingTo("5.32");

        department.with("figures").put("procurementBudget", -1);
        Response invalid = filler.put(
                "/api/unit-evaluations/" + id,
                Map.of("version", saved.path("version").asInt(), "department", department));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("field").asText()).startsWith("department.figures");
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedAndOverwritesNothing() {
        Api filler = as(imported().filler());
        long id =
                ok(filler.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
        JsonNode opened = ok(filler.get("/api/unit-evaluations/" + id)).json();
        ObjectNode first = (ObjectNode) opened.path("department").deepCopy();
        first.with("budget").put("threePublicActual", 13.5);
        ok(filler.put(
                "/api/unit-evaluations/" + id,
                Map.of("version", opened.path("version").asInt(), "department", first)));

        ObjectNode second = (ObjectNode) opened.path("department").deepCopy();
        second.with("budget").put("threePublicActual", 99);
        Response stale = filler.put(
                "/api/unit-evaluations/" + id,
                Map.of("version", opened.path("version").asInt(), "department", second));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("message").asText()).contains("保存被拒绝");
        assertThat(ok(filler.get("/api/unit-evaluations/" + id))
                        .json()
                        .at("/department/budget/threePublicActual")
                        .decimalValue())
                .isEqualByComparingTo("13.5");
    }

    @Test
    void submissionIsRefusedWhileErrorsAreUnexplainedThenGoesThroughReviewToApproval() {
        Unit unit = imported();
        Api filler = as(unit.filler());
        long id =
                ok(filler.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
        JsonNode findings =
                ok(filler.get("/api/unit-evaluations/" + id + "/findings")).json();
        List<JsonNode> errors = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("severity").asText().equals("error")) {
                errors.add(f);
            }
        });
        assertThat(errors).as("the seed's whole-unit part has errors").isNotEmpty();

        Response refused = filler.post("/api/unit-evaluations/" + id + "/submit");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("message").asText()).contains(errors.size() + " 个错误未说明");

        for (JsonNode error : errors) {
            ok(filler.post(
                    "/api/unit-evaluations/" + id + "/explanations",
                    Map.of("key", error.path("key").asText(), "explanation", "已核实，按报告原文")));
        }
        JsonNode submitted =
                ok(filler.post("/api/unit-evaluations/" + id + "/submit")).json();
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        Response locked = filler.put(
                "/api/unit-evaluations/" + id,
                Map.of("version", submitted.path("version").asInt(), "department", submitted.path("department")));
        assertThat(locked.status()).isEqualTo(409);

        Api reviewer = as(unit.reviewer());
        assertThat(ok(reviewer.post("/api/unit-evaluations/" + id + "/unit-approval"))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("UNIT_APPROVED");
        Api bureau = as(region.bureau());
        assertThat(as(unit.filler())
                        .post("/api/unit-evaluations/" + id + "/approval")
                        .status())
                .isEqualTo(403);
        JsonNode approved = ok(bureau.post("/api/unit-evaluations/" + id + "/approval", Map.of("opinion", "同意")))
                .json();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/assessment/total").decimalValue())
                .isEqualByComparingTo(submitted.at("/assessment/total").decimalValue());
        assertThat(ok(filler.get("/api/unit-evaluations/" + id + "/history")).json())
                .filteredOn(c -> c.path("field").asText().equals("状态"))
                .extracting(c -> c.path("new").asText())
                .containsExactly("已提交", "单位已审核", "已审核");
    }

    @Test
    void aReturnedEvaluationCarriesItsReasonAndCanBeEditedAgain() {
        Unit unit = imported();
        Api reviewer = as(unit.reviewer());
        long id = firstEvaluationOf(reviewer);
        explainAll(reviewer, id);
        // a 单位审核 submitting sends it straight on to the finance bureau
        assertThat(ok(reviewer.post("/api/unit-evaluations/" + id + "/submit"))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("UNIT_APPROVED");
        Response noReason = as(region.bureau()).post("/api/unit-evaluations/" + id + "/return", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asText()).isEqualTo("reason");
        JsonNode returned = ok(as(region.bureau())
                        .post("/api/unit-evaluations/" + id + "/return", Map.of("reason", "重点工作完成情况未填")))
                .json();
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnReason").asText()).isEqualTo("重点工作完成情况未填");
        ok(as(unit.filler())
                .put(
                        "/api/unit-evaluations/" + id,
                        Map.of(
                                "version",
                                returned.path("version").asInt(),
                                "department",
                                returned.path("department"))));
    }

    @Test
    void outsidersGetNotFoundOnPagesAndApiAndTheAdministratorMayReadButNotChange() {
        Unit unit = imported();
        long id = firstEvaluationOf(as(unit.filler()));
        Region elsewhere = organisations.region("开封市");
        Unit stranger = organisations.unit(elsewhere, "开封市交易中心");
        Unit neighbour = organisations.unit(region, "南阳市档案馆");
        List<Api> outsiders = List.of(
                as(stranger.filler()),
                as(stranger.reviewer()),
                as(elsewhere.bureau()),
                as(neighbour.filler()),
                as(neighbour.reviewer()));
        String base = "/api/unit-evaluations/" + id;
        for (Api outsider : outsiders) {
            assertThat(outsider.get(base).status()).isEqualTo(404);
            assertThat(outsider.get(base + "/findings").status()).isEqualTo(404);
            assertThat(outsider.get(base + "/history").status()).isEqualTo(404);
            assertThat(outsider.get(base + "/export").status()).isEqualTo(404);
            assertThat(outsider.post(base + "/score", Map.of("department", Map.of()))
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.put(base, Map.of("version", 1, "department", Map.of()))
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.post(base + "/submit").status()).isEqualTo(404);
            assertThat(outsider.post(base + "/unit-approval").status()).isEqualTo(404);
            assertThat(outsider.post(base + "/approval").status()).isEqualTo(404);
            assertThat(outsider.post(base + "/return", Map.of("reason", "x")).status())
                    .isEqualTo(404);
            assertThat(outsider.get("/api/unit-evaluations").json())
                    .noneSatisfy(row -> assertThat(row.path("id").asLong()).isEqualTo(id));
            assertThat(outsider.get("/unit-evaluations/" + id, HTML).status()).isEqualTo(404);
            assertThat(outsider.get("/unit-evaluations/" + id + "/history", HTML)
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.postForm("/unit-evaluations/" + id + "/submit", Map.of())
                            .status())
                    .isEqualTo(404);
        }
        Api admin = Api.anonymous(port).as("admin", ADMIN_PASSWORD);
        JsonNode read = ok(admin.get(base)).json();
        assertThat(admin.put(
                                base,
                                Map.of("version", read.path("version").asInt(), "department", read.path("department")))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(base + "/submit").status()).isEqualTo(403);
        // the region's bureau: a draft is the unit's; once sent, it reads it and changes nothing
        Api bureau = as(region.bureau());
        assertThat(bureau.get(base).status()).isEqualTo(404);
        assertThat(bureau.get("/unit-evaluations/" + id, HTML).status()).isEqualTo(404);
        Api reviewer = as(unit.reviewer());
        explainAll(reviewer, id);
        ok(reviewer.post(base + "/submit"));
        JsonNode sent = ok(bureau.get(base)).json();
        assertThat(sent.path("id").asLong()).isEqualTo(id);
        assertThat(bureau.put(
                                base,
                                Map.of("version", sent.path("version").asInt(), "department", sent.path("department")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theEditorKeepsWhatWasTypedWhenAFigureDoesNotReadAndReScoresLive() {
        Unit unit = imported();
        Api filler = as(unit.filler());
        long id =
                ok(filler.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
        JsonNode evaluation = ok(filler.get("/api/unit-evaluations/" + id)).json();

        Response live = ok(filler.postForm(
                "/unit-evaluations/" + id + "/score",
                Map.of("version", evaluation.path("version").asText(), "figures[procurementBudget]", "5.32")));
        assertThat(live.body()).contains("id=\"sheet\"").contains("5.32");

        Response invalid = filler.postForm(
                "/unit-evaluations/" + id,
                Map.of("version", evaluation.path("version").asText(), "figures[procurementBudget]", "五万"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("value=\"五万\"", "未保存", "invalid");
        assertThat(ok(filler.get("/api/unit-evaluations/" + id))
                        .json()
                        .path("version")
                        .asInt())
                .isEqualTo(evaluation.path("version").asInt());

        Response stale = filler.postForm(
                "/unit-evaluations/" + id,
                Map.of(
                        "version",
                        String.valueOf(evaluation.path("version").asInt() - 1),
                        "figures[procurementBudget]",
                        "7.7"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("保存被拒绝", "value=\"7.7\"");
    }

    @Test
    void theEditorListsEveryFindingWithItsSeverityAndCategoryTheCodeInATooltip() {
        Unit unit = imported();
        Api filler = as(unit.filler());
        long id =
                ok(filler.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
        JsonNode findings = ok(filler.get("/api/unit-evaluations/" + id)).json().path("findings");
        String page = ok(filler.get("/unit-evaluations/" + id, HTML)).body();

        assertThat(findings.size()).isPositive();
        assertThat(page).contains("<ul class=\"findings\">");
        for (JsonNode finding : findings) {
            assertThat(page)
                    .contains("<li class=\"" + finding.path("severity").asText() + "\">")
                    .contains("title=\"" + finding.path("code").asText() + "\"");
        }
    }

    @Test
    void inEnglishTheEditorSaysItsFieldErrorsAndRefusalsInEnglish() {
        Unit unit = imported();
        Api filler = as(unit.filler());
        long id =
                ok(filler.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
        JsonNode stored = ok(filler.get("/api/unit-evaluations/" + id)).json();
        int version = stored.path("version").asInt();
        String expenditure = stored.at("/department/budget/expenditureBudget")
                .decimalValue()
                .stripTrailingZeros()
                .toPlainString();
        Map<String, String> typed = Map.of(
                "version", String.valueOf(version),
                "figures[procurementBudget]", "五万",
                "keyWorkPlan[0].no", "一",
                "keyWorkPlan[0].title", "政务服务");

        Response english = filler.postForm("/unit-evaluations/" + id + "?lang=en", typed);
        assertThat(english.status()).isEqualTo(200);
        assertThat(Html.textOf(english.body(), "error"))
                .isEqualTo("2 field(s) are wrong, nothing was saved: Government procurement budget should be a number,"
                        + " typed: “五万”; Key work row 1: the number should be a whole number, typed: “一”");
        assertThat(english.body())
                .contains("Government procurement budget", "Carry-over balance")
                .contains("<span>Status</span>: <strong id=\"status\">Draft</strong>")
                .doesNotContain("??");
        assertThat(ok(filler.get("/unit-evaluations/" + id + "?lang=en", HTML)).body())
                .as("the editor shows the stored 部门财务情况")
                .contains("id=\"budget-expenditureBudget\" value=\"" + expenditure + "\"");
        Response chinese = filler.postForm("/unit-evaluations/" + id, typed);
        assertThat(Html.textOf(chinese.body(), "error"))
                .isEqualTo("有 2 处填写有误，未保存：政府采购预算应为数字，填写的是“五万”；重点工作第 1 行的序号应为整数，填写的是“一”");

        Response stale = filler.postForm(
                "/unit-evaluations/" + id + "?lang=en",
                Map.of("version", String.valueOf(version - 1), "figures[procurementBudget]", "7.7"));
        assertThat(Html.textOf(stale.body(), "error"))
                .isEqualTo("Save refused: " + unit.filler() + " changed and saved this evaluation after you opened it."
                        + " What you typed is still on the page; check their changes and save again.");

        // refusals of a workflow action come back to the page as a flash message (a browser keeps the session)
        Api browser = Api.browser(port).as(unit.filler(), FIXTURE_PASSWORD);
        assertThat(browser.postForm("/unit-evaluations/" + id + "/submit?lang=en", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(Html.textOf(ok(browser.get("/unit-evaluations/" + id, HTML)).body(), "error"))
                .matches("\\d+ error\\(s\\) not yet explained, cannot submit: .+");
        Api admin = Api.browser(port).as("admin", ADMIN_PASSWORD);
        assertThat(admin.postForm("/unit-evaluations/" + id + "/submit?lang=en", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(Html.textOf(ok(admin.get("/unit-evaluations/" + id, HTML)).body(), "error"))
                .isEqualTo("Only the unit's filler and reviewer can submit its evaluations");
        assertThat(ok(filler.get("/api/unit-evaluations/" + id))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("DRAFT");

        // an evaluation a user may not see: the application's error page, in the user's language
        Unit stranger = organisations.unit(organisations.region("信阳市"), "信阳市交易中心");
        Response notFound = as(stranger.filler()).get("/unit-evaluations/" + id + "?lang=en", HTML);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body())
                .contains("This page does not exist, or you may not see it.")
                .doesNotContain(unit.name());
        assertThat(as(stranger.filler()).get("/unit-evaluations/" + id, HTML).body())
                .contains("找不到此页面，或您无权查看。");
    }

    @Test
    void theHistorySaysTheWorkflowMovesInTheUsersLanguageAlsoThoseStoredBeforeThePagesTranslatedThem() {
        Unit unit = imported();
        Api reviewer = as(unit.reviewer());
        long id = firstEvaluationOf(reviewer);
        // rows as a database of an earlier version holds them: the states' Chinese labels of the time
        Timestamp earlier = Timestamp.valueOf(LocalDateTime.of(2022, 3, 1, 9, 30));
        String insert = "INSERT INTO evaluation_change (evaluation_id, changed_at, changed_by, field, old_value,"
                + " new_value) VALUES (?, ?, ?, ?, ?, ?)";
        jdbc.sql(insert).params(id, earlier, "earlier", "状态", "已提交", "退回").update();
        jdbc.sql(insert).params(id, earlier, "earlier", "退回原因", null, "请补充佐证材料").update();
        explainAll(reviewer, id);
        ok(reviewer.post("/api/unit-evaluations/" + id + "/submit"));

        String english = ok(reviewer.get("/unit-evaluations/" + id + "/history?lang=en", HTML))
                .body();
        assertThat(english)
                .contains("Whole-unit self-evaluation")
                .contains("<td>Status</td><td>Submitted</td><td>Returned</td>")
                .contains("<td>Reason for returning</td><td></td><td>请补充佐证材料</td>")
                .contains("<td>Status</td><td>Draft</td><td>Approved by the unit</td>")
                .doesNotContain("状态", "已提交", "草稿", "单位已审核", "部门（单位）整体自评", "??");
        String chinese =
                ok(reviewer.get("/unit-evaluations/" + id + "/history", HTML)).body();
        assertThat(chinese)
                .contains("<td>状态</td><td>已提交</td><td>退回</td>")
                .contains("<td>退回原因</td><td></td><td>请补充佐证材料</td>")
                .contains("<td>状态</td><td>草稿</td><td>单位已审核</td>");
        // the API gives the history as stored
        assertThat(ok(reviewer.get("/api/unit-evaluations/" + id + "/history")).json())
                .filteredOn(c -> c.path("field").asText().equals("状态"))
                .extracting(c -> c.path("new").asText())
                .containsExactly("退回", "单位已审核");
    }

    @Test
    void theReportsOwnTextsAreImportedAsTheUnitsReportOfTheYearAndReplacedOnlyWhileEditable() throws IOException {
        Unit unit = organisations.unit(region, "南阳市公共资源交易中心");
        Api filler = as(unit.filler());

        Response first = filler.post("/api/evaluations/import", seed);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long texts = first.json().path("reportTexts").asLong();
        Map<String, Object> row = jdbc.sql(
                        "SELECT kind, unit_year, name, status, document FROM project_evaluation WHERE id = ?")
                .param(texts)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("kind", "REPORT")
                .containsEntry("unit_year", 2021)
                .containsEntry("name", "自评报告")
                .containsEntry("status", "DRAFT");
        assertThat((String) row.get("document")).contains("三财效【2022】3 号").contains("\"projects\": []");

        // a second import (without a department, with other texts) replaces the texts, each change in the history
        ObjectNode again = (ObjectNode) Api.JSON.readTree(seed);
        again.remove("department");
        ((ObjectNode) again.path("narrative")).put("problems", "专家评审费执行率偏低，下年度按实际评标量编制预算。");
        Response second = filler.post("/api/evaluations/import", again);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("reportTexts").asLong()).isEqualTo(texts);
        assertThat(jdbc.sql("SELECT new_value FROM evaluation_change WHERE evaluation_id = ? AND field = 'problems'")
                        .param(texts)
                        .query(String.class)
                        .list())
                .containsExactly("专家评审费执行率偏低，下年度按实际评标量编制预算。");

        // once the report is submitted, an import with texts is refused and nothing of it is imported
        jdbc.sql("UPDATE project_evaluation SET status = 'SUBMITTED' WHERE id = ?")
                .param(texts)
                .update();
        long before = count(unit);
        Response refused = filler.post("/api/evaluations/import", again);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("$.narrative");
        assertThat(refused.json().path("message").asText()).contains("已提交");
        assertThat(count(unit)).isEqualTo(before);
    }

    private long count(Unit unit) {
        return jdbc.sql("SELECT COUNT(*) FROM project_evaluation WHERE unit_id = ?")
                .param(unit.id())
                .query(Long.class)
                .single();
    }

    @Test
    void inEnglishTheFrameworkPageSaysAWeightThatDoesNotReadInEnglish() {
        Api admin = Api.browser(port).as("admin", ADMIN_PASSWORD);
        UnitFramework active = UnitFramework.defaults();
        StringBuilder body = new StringBuilder("version=" + enc("IT-" + System.nanoTime()));
        for (UnitFramework.Item item : active.items()) {
            body.append("&weight=").append(enc(item.name().equals("重点工作计划完成率") ? "十五" : "1"));
        }
        String activeBefore = activeFrameworkId(admin);

        Response refused = admin.postFormBody("/admin/frameworks/edit?lang=en", body.toString());

        assertThat(refused.status()).isEqualTo(302);
        assertThat(Html.textOf(ok(admin.get("/admin/frameworks", HTML)).body(), "error"))
                .isEqualTo("Weight of “重点工作计划完成率” should be a number, typed: “十五”");
        assertThat(activeFrameworkId(admin)).isEqualTo(activeBefore);
    }

    @Test
    void theAdministratorSeesTheFrameworksAndSavesChangedWeightsAsANewVersion() {
        Api admin = Api.anonymous(port).as("admin", ADMIN_PASSWORD);
        Response page = ok(admin.get("/admin/frameworks", HTML));
        assertThat(page.body()).contains(UnitFramework.defaults().name(), "重点工作计划完成率", "推定");
        assertThat(as(demo.filler()).get("/admin/frameworks", HTML).status()).isEqualTo(403);
        assertThat(ok(as(region.bureau()).get("/admin/frameworks", HTML)).body())
                .contains("重点工作计划完成率");
        assertThat(as(region.bureau()).get("/admin", HTML).status()).isEqualTo(403);
    }

    @Test
    void aNewFrameworkVersionScoresDraftsWhileASubmittedEvaluationKeepsTheFrozenOne() {
        Unit submittedUnit = imported();
        Api submitter = as(submittedUnit.reviewer());
        long submitted = firstEvaluationOf(submitter);
        explainAll(submitter, submitted);
        JsonNode frozen = ok(submitter.post("/api/unit-evaluations/" + submitted + "/submit"))
                .json();
        Api drafter = as(imported().filler());
        long draft = firstEvaluationOf(drafter);
        JsonNode before = ok(drafter.get("/api/unit-evaluations/" + draft)).json();

        Api admin = Api.anonymous(port).as("admin", ADMIN_PASSWORD);
        String original = activeFrameworkId(admin);
        UnitFramework defaults = UnitFramework.defaults();
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        List<String> weights = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (UnitFramework.Item item : defaults.items()) {
            // 重点工作计划完成率 20 instead of 15 (the seed's 95% then gives 19), 履职效益 20 instead of 25: still 100
            String weight =
                    switch (item.name()) {
                        case "重点工作计划完成率" -> "20";
                        case "履职效益" -> "20";
                        default -> item.weight().toString();
                    };
            weights.add(weight);
            bases.add(weight.equals(item.weight().toString()) ? Objects.toString(item.weightBasis(), "") : "");
        }
        String body = "version=" + enc("IT-" + System.nanoTime())
                + weights.stream().map(w -> "&weight=" + enc(w)).reduce("", String::concat)
                + bases.stream().map(b -> "&basis=" + enc(b)).reduce("", String::concat);
        try {
            Response saved = admin.postFormBody("/admin/frameworks/edit", body);
            assertThat(saved.status()).isEqualTo(302);
            JsonNode rescored =
                    ok(drafter.get("/api/unit-evaluations/" + draft)).json();
            JsonNode keyWork = item(rescored, "重点工作计划完成率");
            assertThat(keyWork.path("weight").decimalValue()).isEqualByComparingTo("20");
            assertThat(keyWork.path("weightInferred").asBoolean()).isFalse();
            assertThat(keyWork.path("score").decimalValue()).isEqualByComparingTo("19");
            BigDecimal dutiesBefore = item(before, "履职效益").path("score").decimalValue();
            BigDecimal dutiesAfter = item(rescored, "履职效益").path("score").decimalValue();
            assertThat(item(rescored, "履职效益").path("weight").decimalValue()).isEqualByComparingTo("20");
            assertThat(rescored.at("/assessment/total").decimalValue())
                    .isEqualByComparingTo(before.at("/assessment/total")
                            .decimalValue()
                            .add(new BigDecimal("4.75"))
                            .add(dutiesAfter.subtract(dutiesBefore)));
            JsonNode stillFrozen =
                    ok(submitter.get("/api/unit-evaluations/" + submitted)).json();
            assertThat(stillFrozen.at("/assessment/total").decimalValue())
                    .isEqualByComparingTo(frozen.at("/assessment/total").decimalValue());
            assertThat(item(stillFrozen, "重点工作计划完成率").path("weight").decimalValue())
                    .isEqualByComparingTo("15");
            assertThat(ok(admin.get("/admin/frameworks", HTML)).body()).contains("IT-");
        } finally {
            assertThat(admin.postForm("/admin/frameworks/" + original + "/activate", Map.of())
                            .status())
                    .isEqualTo(302);
        }
        assertThat(activeFrameworkId(admin)).isEqualTo(original);
    }

    private static String activeFrameworkId(Api admin) {
        String page = admin.get("/admin/frameworks", HTML).body();
        assertThat(page).contains("class=\"active-framework\"");
        // the active row has no activate form; its id is found by elimination from the other rows' forms
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("/admin/frameworks/(\\d+)/activate")
                .matcher(page);
        List<String> others = new ArrayList<>();
        while (ids.find()) {
            others.add(ids.group(1));
        }
        java.util.regex.Matcher listed =
                java.util.regex.Pattern.compile("data-id=\"(\\d+)\"").matcher(page);
        while (listed.find()) {
            if (!others.contains(listed.group(1))) {
                return listed.group(1);
            }
        }
        throw new AssertionError("no active framework id on the page");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Unit imported() {
        Unit unit = organisations.unit(region, "南阳市公共资源交易中心");
        Response imported = as(unit.filler()).post("/api/evaluations/import", seed);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        return unit;
    }

    private void explainAll(Api api, long id) {
        for (JsonNode f :
                ok(api.get("/api/unit-evaluations/" + id + "/findings")).json()) {
            if (f.path("severity").asText().equals("error")) {
                ok(api.post(
                        "/api/unit-evaluations/" + id + "/explanations",
                        Map.of("key", f.path("key").asText(), "explanation", "已核实")));
            }
        }
    }

    private Api as(String username) {
        return Api.anonymous(port).as(username, FIXTURE_PASSWORD);
    }

    private static JsonNode item(JsonNode evaluation, String name) {
        JsonNode items = evaluation.has("assessment") ? evaluation.at("/assessment/items") : evaluation.path("items");
        for (JsonNode item : items) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no item " + name + " in " + items);
    }

    private static int count(JsonNode findings, String severity) {
        int n = 0;
        for (JsonNode f : (ArrayNode) findings) {
            if (f.path("severity").asText().equals(severity)) {
                n++;
            }
        }
        return n;
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    /** The id of the first whole-unit evaluation the user sees. */
    private static long firstEvaluationOf(Api user) {
        return ok(user.get("/api/unit-evaluations")).json().get(0).path("id").asLong();
    }
}
