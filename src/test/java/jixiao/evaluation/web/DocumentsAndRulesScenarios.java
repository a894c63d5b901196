package jixiao.evaluation.web;

import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.FindingExplanation;
import jixiao.evaluation.Imports;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.Workflow;
import jixiao.integration.Api;
import jixiao.integration.Api.Download;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.RuleSetFile;
import jixiao.organisation.BudgetUnits;
import jixiao.rules.RuleSetChanges;
import jixiao.rules.RuleSets;
import jixiao.scoring.Finding;
import jixiao.scoring.RuleSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the application publishes over HTTP: an evaluation's documents (xlsx, docx, pdf), read back and checked for
 * their content; the OpenAPI description; and the rule set a submitted evaluation keeps when the active one changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentsAndRulesScenarios {

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

    @Autowired
    RuleSets ruleSets;

    @Autowired
    RuleSetChanges ruleSetChanges;

    Organisations organisations;
    Unit unit;
    Api filler;

    @BeforeAll
    void aUnitWithItsFiller() {
        organisations = new Organisations(units, accounts);
        unit = organisations.unit(organisations.region("周口市"), "周口市档案馆");
        filler = Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD);
    }

    // ---- documents

    @Test
    void anEvaluationDownloadsAsAWorkbookWithItsTableAndScores() throws IOException {
        Imported evaluation = importClean("档案扫描");

        Download xlsx = document(evaluation.id(), "xlsx");

        assertThat(xlsx.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
        assertThat(xlsx.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("汇总")).as("the summary sheet").isNotNull();
            List<List<String>> summary = rows(workbook.getSheet("汇总"));
            assertThat(summary)
                    .anySatisfy(row -> assertThat(row).contains(evaluation.name(), "20.00", "100.00%", "100.00", "优"));
            List<String> cells = new ArrayList<>();
            for (Sheet sheet : workbook) {
                rows(sheet).forEach(cells::addAll);
            }
            assertThat(cells).contains("完成件数", "≥1000件", "1200件", "服务对象满意度");
        }
    }

    @Test
    void anEvaluationDownloadsAsAWordReportWithItsTable() throws IOException {
        Imported evaluation = importClean("档案修复");

        Download docx = document(evaluation.id(), "docx");

        assertThat(docx.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("wordprocessingml"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(evaluation.name()).contains(unit.name());
            assertThat(text).contains("完成件数").contains("≥1000件").contains("1200件");
            assertThat(document.getTables()).as("the 自评表 as a table").isNotEmpty();
        }
    }

    @Test
    void anEvaluationDownloadsAsAPdfWhoseTextReadsBack() throws IOException {
        Imported evaluation = importClean("档案利用");

        Download pdf = document(evaluation.id(), "pdf");

        assertThat(pdf.header("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(evaluation.name()).contains(unit.name());
            assertThat(text).contains("完成件数").contains("服务对象满意度");
        }
    }

    @Test
    void theUnitsReportOfTheYearHoldsEveryProjectOfThatYear() throws IOException {
        int year = 2000 + PROJECTS.incrementAndGet() % 100;
        String first = "档案征集-" + PROJECTS.incrementAndGet();
        String second = "档案展览-" + PROJECTS.incrementAndGet();
        imports.importReport(
                ReportDocument.forUnit(unit.name())
                        .fiscalYear(year)
                        .withCleanProject(first)
                        .withCleanProject(second)
                        .report(),
                unit.id(),
                "fixture");

        Download xlsx = filler.download("/units/" + unit.id() + "/" + year + "/report.xlsx");

        assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> names =
                    rows(workbook.getSheet("汇总")).stream().flatMap(List::stream).toList();
            assertThat(names).contains(first, second);
        }
    }

    // ---- the OpenAPI description

    @Test
    void theOpenApiDescriptionIsServedAndListsTheEvaluationOperations() {
        Api.Response description = Api.anonymous(port).get("/api/openapi");

        assertThat(description.status()).as(description.toString()).isEqualTo(200);
        JsonNode paths = description.json().path("paths");
        assertThat(paths.path("/api/evaluations").has("get")).isTrue();
        assertThat(paths.path("/api/evaluations/import").has("post")).isTrue();
        assertThat(paths.path("/api/evaluations/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/evaluations/{id}").has("put")).isTrue();
        for (String operation : List.of("score", "explanations", "submit", "unit-approval", "approval", "return")) {
            assertThat(paths.path("/api/evaluations/{id}/" + operation).has("post"))
                    .as(operation)
                    .isTrue();
        }
        for (String operation : List.of("findings", "history", "export")) {
            assertThat(paths.path("/api/evaluations/{id}/" + operation).has("get"))
                    .as(operation)
                    .isTrue();
        }
        assertThat(paths.path("/api/evaluations/{id}/submit")
                        .path("post")
                        .path("summary")
                        .asText())
                .contains("Submit");
        assertThat(paths.fieldNames()).toIterable().allSatisfy(path -> assertThat(path)
                .startsWith("/api/"));
    }

    // ---- the frozen rule set

    @Test
    void aSubmittedEvaluationKeepsItsScoresAndRuleSetWhenTheActiveRuleSetChanges() throws InterchangeException {
        // years 2000-2039: the other test of roots chooses them for later years
        int year = FIRST_YEAR + PROJECTS.get() % 40;
        Imported submitted = importOverBudget("档案库房改造", year);
        Imported draft = importOverBudget("档案库房维修", year);
        RuleSet before = ruleSets.root(year);
        explainAllErrors(submitted.id());
        workflow.submit(account(), submitted.id(), EvaluationKind.PROJECT);
        assertThat(read(submitted).path("status").asText()).isEqualTo(EvaluationStatus.SUBMITTED.name());
        // 反向 over its target by linear2T: 10 × (1 − 5 ÷ 20) = 7.5
        assertThat(costScore(read(submitted))).isEqualByComparingTo("7.5");
        assertThat(total(read(submitted))).isEqualByComparingTo("97.5");

        RuleSet ratio = withRatioFormula(before);
        try {
            ruleSetChanges.loadRoot(new RuleSetFile().write(ratio), year, "test");
            assertThat(ruleSets.root(year).version()).isEqualTo(ratio.version());

            JsonNode frozen = read(submitted);
            assertThat(frozen.path("ruleSet").path("name").asText()).isEqualTo(before.name());
            assertThat(frozen.path("ruleSet").path("version").asText()).isEqualTo(before.version());
            assertThat(costScore(frozen)).isEqualByComparingTo("7.5");
            assertThat(total(frozen)).isEqualByComparingTo("97.5");
            assertThat(listed(submitted).path("total").decimalValue()).isEqualByComparingTo("97.5");

            // the draft is scored with the active rule set: 10 × 20 ÷ 25 = 8
            JsonNode rescored = read(draft);
            assertThat(rescored.path("ruleSet").path("version").asText()).isEqualTo(ratio.version());
            assertThat(costScore(rescored)).isEqualByComparingTo("8");
            assertThat(total(rescored)).isEqualByComparingTo("98");
            assertThat(listed(draft).path("total").decimalValue()).isEqualByComparingTo("98");
        } finally {
            ruleSetChanges.chooseRoot(null, year, "test");
        }
    }

    @Test
    void aRootChosenForAYearScoresThatYearAndTheLaterOnesButNotTheEarlierOnes() throws InterchangeException {
        int year = 2060 + PROJECTS.get() % 30;
        Imported earlier = importOverBudget("档案密集架", year - 1);
        Imported same = importOverBudget("档案消毒柜", year);
        Imported later = importOverBudget("档案除湿机", year + 1);
        RuleSet ratio = withRatioFormula(ruleSets.root(year));
        try {
            ruleSetChanges.loadRoot(new RuleSetFile().write(ratio), year, "test");
            assertThat(ruleSets.root(year - 1).version()).isNotEqualTo(ratio.version());
            assertThat(ruleSets.root(year + 1).version()).isEqualTo(ratio.version());
            assertThat(ruleSets.rootOf(year + 1).fromYear()).isEqualTo(year);

            // 反向 over its target: linear2T 10 × (1 − 5 ÷ 20) = 7.5 before the year; ratio 10 × 20 ÷ 25 = 8 from it
            assertThat(costScore(read(earlier))).isEqualByComparingTo("7.5");
            assertThat(costScore(read(same))).isEqualByComparingTo("8");
            assertThat(costScore(read(later))).isEqualByComparingTo("8");
            // the lists' stored totals follow: the drafts of the year and the later years were re-scored
            assertThat(listed(earlier).path("total").decimalValue()).isEqualByComparingTo("97.5");
            assertThat(listed(later).path("total").decimalValue()).isEqualByComparingTo("98");
        } finally {
            ruleSetChanges.chooseRoot(null, year, "test");
        }
        assertThat(costScore(read(later))).isEqualByComparingTo("7.5");
        assertThat(listed(later).path("total").decimalValue()).isEqualByComparingTo("97.5");
    }

    // ---- fixtures

    /** The first year the system keeps rule sets for. */
    private static final int FIRST_YEAR = 2000;

    record Imported(long id, String name) {}

    private Imported importClean(String name) {
        String unique = name + "-" + PROJECTS.incrementAndGet();
        long id = imports.importReport(
                        ReportDocument.forUnit(unit.name())
                                .fiscalYear(2000 + PROJECTS.get() % 100)
                                .withCleanProject(unique)
                                .report(),
                        unit.id(),
                        "fixture")
                .projects()
                .get(0);
        return new Imported(id, unique);
    }

    /** The clean project with its cost over the target: 25 万元 against ≤20 万元, explained. */
    private Imported importOverBudget(String name, int year) {
        String unique = name + "-" + PROJECTS.incrementAndGet();
        ObjectNode project = ReportDocument.cleanProject(unique, unit.name());
        ((ObjectNode) project.path("indicators").path(3))
                .put("actual", "25万元")
                .put("claimedScore", new BigDecimal("7.5"))
                .put("deviationReason", "材料涨价，已报批追加");
        ((ObjectNode) project.path("claimed")).put("total", new BigDecimal("97.5"));
        long id = imports.importReport(
                        ReportDocument.forUnit(unit.name())
                                .fiscalYear(year)
                                .withProject(project)
                                .report(),
                        unit.id(),
                        "fixture")
                .projects()
                .get(0);
        return new Imported(id, unique);
    }

    private void explainAllErrors(long id) {
        for (Finding finding : evaluations.view(account(), id).unexplainedErrors()) {
            workflow.explain(account(), id, EvaluationKind.PROJECT, FindingExplanation.keyOf(finding), "已核实");
        }
    }

    private static RuleSet withRatioFormula(RuleSet rules) {
        return new RuleSet(
                "测试规则集",
                "ratio-" + System.nanoTime(),
                rules.level1Weights(),
                rules.executionWeight(),
                rules.gradeBands(),
                RuleSet.ReverseFormula.RATIO,
                rules.scoreTolerance(),
                rules.executionExplanationThreshold(),
                rules.achievedFloor(),
                rules.partialFloor(),
                rules.overAchievementRatio());
    }

    private Account account() {
        return organisations.account(unit.filler());
    }

    private Download document(long id, String format) {
        Download download = filler.download("/evaluations/" + id + "/document." + format);
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        return download;
    }

    private JsonNode read(Imported evaluation) {
        Api.Response response = filler.get("/api/evaluations/" + evaluation.id());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode listed(Imported evaluation) {
        for (JsonNode row : filler.get("/api/evaluations").json()) {
            if (row.path("id").asLong() == evaluation.id()) {
                return row;
            }
        }
        throw new AssertionError("not listed: " + evaluation);
    }

    private static BigDecimal costScore(JsonNode evaluation) {
        return evaluation
                .path("assessment")
                .path("indicators")
                .path(3)
                .path("score")
                .decimalValue();
    }

    private static BigDecimal total(JsonNode evaluation) {
        return evaluation.path("assessment").path("total").decimalValue();
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(format.formatCellValue(cell).trim());
            }
            rows.add(cells);
        }
        return rows;
    }
}
