package jixiao.evaluation.web;

import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.account.Accounts;
import jixiao.evaluation.Imports;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Html;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import jixiao.report.xlsx.SelfEvaluationWorkbook;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clerk's pages of its own: a project created from the empty form, from last year's table, with library rows; the
 * whole-unit evaluation and the report's texts created once a year; a draft deleted; a workbook or a file imported
 * only after its preview is confirmed, replacing the projects of the same name while they are editable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClerkScenarios {

    /** Each test works in years of its own, so that the unit's years do not meet. */
    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    /** A year of the test's own, with the year after it free too (a project carried over goes there). */
    private static int freshYear() {
        return YEARS.addAndGet(2);
    }

    private static final Pattern ID = Pattern.compile("/(?:evaluations|unit-evaluations|report-texts)/(\\d+)$");

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    Unit unit;
    Api filler;

    @BeforeAll
    void world() {
        Organisations organisations = new Organisations(units, accounts);
        unit = organisations.unit(organisations.region("漯河市"), "漯河市档案馆");
        // HTTP Basic on every request, and the session cookie kept: the import's preview waits in the session
        filler = Api.browser(port).as(unit.filler(), FIXTURE_PASSWORD);
    }

    private static long idOf(Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Matcher m = ID.matcher(redirect.header("Location").orElseThrow());
        assertThat(m.find()).as(redirect.header("Location").orElseThrow()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Response createProject(int year, String name, Map<String, String> more) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", String.valueOf(year));
        fields.put("name", name);
        fields.putAll(more);
        return filler.postForm("/evaluations/new", fields);
    }

    private JsonNode project(long id) {
        Response read = filler.get("/api/evaluations/" + id);
        assertThat(read.status()).isEqualTo(200);
        return read.json();
    }

    @Test
    void theApiAnswersTheEnginesSentencesInEnglishWhenTheClientAsksForEnglish() {
        int year = freshYear();
        long id = idOf(createProject(year, "档案数字化", Map.of("source", "empty", "library", "0")));
        JsonNode chinese = project(id);
        // a client of its own: ?lang=en would switch the pages of the filler's session to English too
        Api english = Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD);
        Response asked = english.withHeader("Accept-Language", "en").get("/api/evaluations/" + id);
        assertThat(asked.status()).isEqualTo(200);
        JsonNode translated = asked.json();

        assertThat(chinese.path("findings")).isNotEmpty();
        assertThat(chinese.path("findings").get(0).path("message").asText()).containsPattern("\\p{IsHan}");
        for (JsonNode finding : translated.path("findings")) {
            assertThat(jixiao.translation.EngineEnglishTest.unquoted(
                            finding.path("message").asText()))
                    .as(finding.toString())
                    .doesNotContainPattern("\\p{IsHan}");
        }
        for (JsonNode row : translated.at("/assessment/indicators")) {
            assertThat(jixiao.translation.EngineEnglishTest.unquoted(
                            row.path("explanation").asText()))
                    .as(row.toString())
                    .doesNotContainPattern("\\p{IsHan}");
        }
        // the user's data stays as typed, and ?lang=en asks as well
        assertThat(translated.at("/project/indicators/0/level3").asText()).isEqualTo("服务人次");
        assertThat(english.get("/api/evaluations/" + id + "/findings?lang=en").json())
                .isEqualTo(translated.path("findings"));
    }

    @Test
    void aProjectStartsFromTheEmptyFormOfTheRuleSetWithTheRowsPickedFromTheLibrary() {
        int year = freshYear();
        long id = idOf(createProject(year, "档案数字化", Map.of("source", "empty", "library", "0")));
        JsonNode project = project(id);
        assertThat(project.path("status").asText()).isEqualTo("DRAFT");
        JsonNode rows = project.at("/project/indicators");
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0).path("level3").asText()).isEqualTo("服务人次");
        assertThat(rows.get(1).path("level2").asText()).isEqualTo("质量指标");
        assertThat(rows.get(8).path("level1").asText()).isEqualTo("满意度指标");
        assertThat(project.at("/project/funds/weight").decimalValue()).isEqualByComparingTo("10");

        JsonNode history = filler.get("/api/evaluations/" + id + "/history").json();
        assertThat(history.get(0).path("field").asText()).isEqualTo("创建");
        assertThat(history.get(0).path("new").asText()).isEqualTo("档案数字化");

        // the name is one of a kind in the unit's year: the page says so and keeps what was typed
        Response again = createProject(year, "档案数字化", Map.of("source", "empty"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(Html.textOf(again.body(), "error")).contains("已有名为“档案数字化”的项目自评表");
        assertThat(again.body()).contains("value=\"档案数字化\"");
        assertThat(filler.get("/api/evaluations?year=" + year).json()).hasSize(1);
    }

    @Test
    void lastYearsTableIsCarriedOverWithTargetsAndWithoutWhatHappened() {
        int year = freshYear();
        var report = ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withCleanProject("宣传培训")
                .report();
        long lastYear =
                imports.importReport(report, unit.id(), "fixture").projects().get(0);
        long id = idOf(
                createProject(year + 1, "宣传培训", Map.of("source", "previous", "carriedFrom", String.valueOf(lastYear))));
        JsonNode row = project(id).at("/project/indicators/0");
        assertThat(row.path("target").asText()).isEqualTo("≥1000件");
        assertThat(row.path("weight").decimalValue()).isEqualByComparingTo("20");
        assertThat(row.path("actual").isNull()).isTrue();
        assertThat(row.path("claimedScore").isNull()).isTrue();
        assertThat(project(id).at("/project/funds/total/executed").isNull()).isTrue();

        // carried over without a name, the project keeps its own
        int later = freshYear();
        long unnamed =
                idOf(createProject(later, "", Map.of("source", "previous", "carriedFrom", String.valueOf(lastYear))));
        assertThat(project(unnamed).path("name").asText()).isEqualTo("宣传培训");

        // only an earlier year's table is offered and carried into a year
        String page = filler.get("/evaluations/new?year=" + (year + 1)).body();
        String offered = page.substring(page.indexOf("name=\"carriedFrom\""));
        offered = offered.substring(0, offered.indexOf("</select>"));
        assertThat(offered).contains("value=\"" + lastYear + "\"").doesNotContain("value=\"" + id + "\"");
        Response refused =
                createProject(year, "宣传培训二", Map.of("source", "previous", "carriedFrom", String.valueOf(id)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"error\"");
    }

    @Test
    void theWholeUnitEvaluationAndTheReportsTextsAreMadeOnceAYear() {
        int year = freshYear();
        long unitEvaluation = idOf(filler.postForm("/unit-evaluations/new", Map.of("year", String.valueOf(year))));
        assertThat(filler.get("/api/unit-evaluations/" + unitEvaluation)
                        .json()
                        .path("name")
                        .asText())
                .isEqualTo("部门（单位）整体自评");
        Response second = filler.postForm("/unit-evaluations/new", Map.of("year", String.valueOf(year)));
        assertThat(second.status()).isEqualTo(200);
        assertThat(Html.textOf(second.body(), "error")).contains(year + " 年度的部门（单位）整体自评已经存在");

        long texts = idOf(filler.postForm("/report-texts/new", Map.of("year", String.valueOf(year))));
        Response saved = filler.postForm(
                "/report-texts/" + texts,
                Map.of("version", "1", "problems", "部分项目预算执行率偏低。\n下一步加强执行监控。", "notice", "三财效〔2022〕3号"));
        assertThat(saved.status()).isEqualTo(302);
        String page = filler.get("/report-texts/" + texts, "text/html").body();
        assertThat(page).contains("部分项目预算执行率偏低。\n下一步加强执行监控。");

        // the version check holds for the texts too
        Response stale = filler.postForm("/report-texts/" + texts, Map.of("version", "1", "problems", "覆盖"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(Html.textOf(stale.body(), "error")).contains("保存被拒绝");

        String history =
                filler.get("/report-texts/" + texts + "/history", "text/html").body();
        assertThat(Html.textOf(history, "history"))
                .contains("创建")
                .contains("存在的问题和建议")
                .contains("所依据的通知");
    }

    @Test
    void theKeyWorkPlanIsTakenFromAPastedTableAndFromAWorkbookAfterTheItemsThere() throws IOException {
        int year = freshYear();
        long id = idOf(filler.postForm("/unit-evaluations/new", Map.of("year", String.valueOf(year))));
        // rows copied from a Word table: a heading, then the items
        Response pasted = filler.postForm(
                "/unit-evaluations/" + id + "/key-work",
                Map.of("pasted", "序号\t工作事项\t责任科室\t完成时限\t完成情况\n1\t馆藏档案数字化\t技术保护科\t12月\t部分完成\n"));
        assertThat(pasted.status()).isEqualTo(302);
        // a workbook whose first sheet has the columns in another order
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("重点工作");
            var heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("完成情况");
            heading.createCell(1).setCellValue("工作事项");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("已完成");
            row.createCell(1).setCellValue("新库房搬迁");
            workbook.write(file);
        }
        Response uploaded = filler.postMultipart(
                "/unit-evaluations/" + id + "/key-work", "text/html", Map.of(), "file", "计划.xlsx", file.toByteArray());
        assertThat(uploaded.status()).isEqualTo(302);

        JsonNode plan = filler.get("/api/unit-evaluations/" + id).json().at("/department/keyWorkPlan");
        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).path("title").asText()).isEqualTo("馆藏档案数字化");
        assertThat(plan.get(0).path("responsibleDepartment").asText()).isEqualTo("技术保护科");
        assertThat(plan.get(0).path("status").asText()).isEqualTo("partial");
        assertThat(plan.get(1).path("title").asText()).isEqualTo("新库房搬迁");
        assertThat(plan.get(1).path("status").asText()).isEqualTo("completed");
    }

    @Test
    void aDraftIsDeletedAndASubmittedEvaluationIsNot() {
        int year = freshYear();
        long draft = idOf(createProject(year, "临时项目", Map.of()));
        Response deleted = filler.postForm("/evaluations/" + draft + "/delete", Map.of());
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(filler.get("/api/evaluations/" + draft).status()).isEqualTo(404);

        var report = ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withCleanProject("已提交项目")
                .report();
        long submitted =
                imports.importReport(report, unit.id(), "fixture").projects().get(0);
        assertThat(filler.post("/api/evaluations/" + submitted + "/submit").status())
                .isEqualTo(200);
        Response refused = filler.postForm("/evaluations/" + submitted + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).get().asString().endsWith("/evaluations/" + submitted);
        assertThat(filler.get("/api/evaluations/" + submitted).status()).isEqualTo(200);

        // nobody outside the unit deletes its drafts
        long another = idOf(createProject(year, "他人不能删除", Map.of()));
        Organisations organisations = new Organisations(units, accounts);
        Unit stranger = organisations.unit(organisations.region("信阳市"), "信阳市档案馆");
        Api outsider = Api.anonymous(port).as(stranger.filler(), FIXTURE_PASSWORD);
        assertThat(outsider.postForm("/evaluations/" + another + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(filler.get("/api/evaluations/" + another).status()).isEqualTo(200);
    }

    private static byte[] workbook(SelfEvaluationReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SelfEvaluationWorkbook().write(report, new SelfEvaluationChecker(RuleSet.defaults()).assess(report), out);
        return out.toByteArray();
    }

    private Response upload(String name, byte[] content) {
        return filler.postMultipart("/evaluations/import", "text/html", Map.of(), "file", name, content);
    }

    private static String token(String page) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a confirmation form").isTrue();
        return m.group(1);
    }

    @Test
    void aWorkbookIsPreviewedAndImportedOnlyOnConfirmationThenReplacesTheProjectsOfTheSameName() throws IOException {
        int year = freshYear();
        ReportDocument document = ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withCleanProject("档案整理")
                .withCleanProject("设备购置");
        Response preview = upload("自评表.xlsx", workbook(document.report()));
        assertThat(preview.status()).isEqualTo(200);
        String plan = Html.textOf(preview.body(), "plan");
        assertThat(plan).contains("新建 档案整理 100 优").contains("新建 设备购置 100 优");
        assertThat(filler.get("/api/evaluations?year=" + year).json())
                .as("nothing is imported before the confirmation")
                .isEmpty();

        Response confirmed = filler.postForm("/evaluations/import/confirm", Map.of("token", token(preview.body())));
        assertThat(confirmed.status()).isEqualTo(302);
        JsonNode rows = filler.get("/api/evaluations?year=" + year).json();
        assertThat(rows).hasSize(2);
        long first = rows.findValues("id").stream()
                .map(JsonNode::asLong)
                .min(Long::compare)
                .orElseThrow();

        // the same workbook with another actual value: the project of that name is replaced, its history says how
        ObjectNode changed = ReportDocument.cleanProject("档案整理", unit.name());
        ((ObjectNode) changed.path("indicators").get(0)).put("actual", "1500件");
        ReportDocument again = ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withProject(changed)
                .withCleanProject("设备购置");
        Response replacing = upload("自评表.xlsx", workbook(again.report()));
        assertThat(Html.textOf(replacing.body(), "plan")).contains("替换 档案整理").contains("替换 设备购置");
        assertThat(filler.postForm("/evaluations/import/confirm", Map.of("token", token(replacing.body())))
                        .status())
                .isEqualTo(302);
        assertThat(filler.get("/api/evaluations?year=" + year).json()).hasSize(2);
        assertThat(project(first).at("/project/indicators/0/actual").asText()).isEqualTo("1500件");
        JsonNode history = filler.get("/api/evaluations/" + first + "/history").json();
        assertThat(history.findValues("field").stream().map(JsonNode::asText)).contains("导入", "indicators[0].actual");

        // a submitted project of the same name refuses the whole file
        assertThat(filler.post("/api/evaluations/" + first + "/submit").status())
                .isEqualTo(200);
        Response refused = upload("自评表.xlsx", workbook(again.report()));
        assertThat(Html.textOf(refused.body(), "plan")).contains("不能导入 同名的自评表为“已提交”");
        assertThat(refused.body()).doesNotContain("confirm-import");
    }

    @Test
    void aWorkbookNamingAnotherUnitIsImportedUnderThisUnitsNameAfterAWarning() throws IOException {
        int year = freshYear();
        ReportDocument document =
                ReportDocument.forUnit("郑州市档案馆").fiscalYear(year).withCleanProject("档案保护");
        Response preview = upload("自评表.xlsx", workbook(document.report()));
        assertThat(Html.textOf(preview.body(), "other-unit-name"))
                .contains("文件中的单位名称是“郑州市档案馆”，不是本单位的“" + unit.name() + "”");
        assertThat(filler.postForm("/evaluations/import/confirm", Map.of("token", token(preview.body())))
                        .status())
                .isEqualTo(302);
        long id = filler.get("/api/evaluations?year=" + year)
                .json()
                .path(0)
                .path("id")
                .asLong();

        // stored, and so printed in the unit's report, under the unit's own name
        JsonNode stored = filler.get("/api/evaluations/" + id + "/export").json();
        assertThat(stored.path("unit").path("name").asText()).isEqualTo(unit.name());

        // a file of the unit's own name is previewed without the warning
        Response own = upload(
                "自评表.xlsx",
                workbook(ReportDocument.forUnit(unit.name())
                        .fiscalYear(year)
                        .withCleanProject("档案保护")
                        .report()));
        assertThat(own.body()).doesNotContain("other-unit-name");
    }

    @Test
    void aConfirmationAfterTheUnitsEvaluationsChangedShowsTheNewPlanAndImportsNothing() throws IOException {
        int year = freshYear();
        ReportDocument document =
                ReportDocument.forUnit(unit.name()).fiscalYear(year).withCleanProject("物业管理");
        Response preview = upload("自评表.json", document.text().getBytes(StandardCharsets.UTF_8));
        assertThat(Html.textOf(preview.body(), "plan")).contains("新建 物业管理");
        // meanwhile someone creates a project of that name
        idOf(createProject(year, "物业管理", Map.of()));
        Response confirmed = filler.postForm("/evaluations/import/confirm", Map.of("token", token(preview.body())));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(Html.textOf(confirmed.body(), "error")).contains("预览之后本单位的自评表有了变化");
        assertThat(Html.textOf(confirmed.body(), "plan")).contains("替换 物业管理");
        assertThat(filler.get("/api/evaluations?year=" + year).json()).hasSize(1);
    }

    @Test
    void everyProblemOfAWorkbookIsListedBySheetAndCellAndNothingIsImported() throws IOException {
        int year = freshYear();
        byte[] good = workbook(ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withCleanProject("专家评审")
                .report());
        Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(good));
        workbook.getSheet("专家评审").getRow(13).getCell(6).setCellValue("十五");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();

        Response refused = upload("自评表.xlsx", out.toByteArray());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(Html.textOf(refused.body(), "problems")).contains("专家评审 G14 分值应为数字，实际为“十五”");
        assertThat(refused.body()).doesNotContain("confirm-import");

        // a JSON file names the path of the value
        Response json = upload(
                "坏文件.json",
                "{\"format\": \"self-evaluation/1\", \"fiscalYear\": \"二〇二一\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(Html.textOf(json.body(), "problems")).contains("$.fiscalYear");
        assertThat(filler.get("/api/evaluations?year=" + year).json()).isEmpty();
    }

    @Test
    void theEditorsDraftIsSavedWithTheVersionCheck() {
        int year = freshYear();
        long id = idOf(createProject(year, "自动保存", Map.of()));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("version", "1");
        typed.put("name", "自动保存");
        typed.put("expectedGoal", "全部完成");
        Response saved = filler.postForm("/evaluations/" + id + "/draft", typed, "application/json");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("saved").asBoolean()).isTrue();
        assertThat(saved.json().path("version").asInt()).isEqualTo(2);
        assertThat(project(id).at("/project/goals/expected").asText()).isEqualTo("全部完成");

        typed.put("expectedGoal", "另一个编辑者的内容");
        Response stale = filler.postForm("/evaluations/" + id + "/draft", typed, "application/json");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("conflict").asBoolean()).isTrue();
        assertThat(stale.json().path("message").asText()).contains("保存被拒绝");
        assertThat(project(id).at("/project/goals/expected").asText()).isEqualTo("全部完成");

        typed.put("version", "2");
        typed.put("initialBudget", "十万");
        Response invalid = filler.postForm("/evaluations/" + id + "/draft", typed, "application/json");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("message").asText()).contains("十万");
        assertThat(project(id).path("version").asInt()).isEqualTo(2);
    }

    @Test
    void adoptingTheComputedScoresIsTheClerksChoiceInTheHistory() {
        int year = freshYear();
        ObjectNode claimedLow = ReportDocument.cleanProject("采用得分", unit.name());
        ((ObjectNode) claimedLow.path("indicators").get(0)).put("claimedScore", 15);
        var report = ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withProject(claimedLow)
                .report();
        long id = imports.importReport(report, unit.id(), "fixture").projects().get(0);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "1");
        form.put("name", "采用得分");
        form.put("adopted", "完成件数");
        JsonNode p = project(id).path("project");
        for (int i = 0; i < p.path("indicators").size(); i++) {
            JsonNode row = p.path("indicators").get(i);
            for (String field : List.of("level1", "level2", "level3", "target", "actual", "weight")) {
                form.put("indicators[" + i + "]." + field, row.path(field).asText());
            }
            form.put(
                    "indicators[" + i + "].claimedScore",
                    i == 0 ? "20" : row.path("claimedScore").asText());
        }
        assertThat(filler.postForm("/evaluations/" + id + "/draft", form, "application/json")
                        .status())
                .isEqualTo(200);
        JsonNode history = filler.get("/api/evaluations/" + id + "/history").json();
        assertThat(history.toString()).contains("\"field\":\"采用计算得分\"").contains("完成件数");
    }
}
