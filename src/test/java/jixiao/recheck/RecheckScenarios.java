package jixiao.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jixiao.account.Accounts;
import jixiao.cli.Jixiao;
import jixiao.evaluation.Imports;
import jixiao.integration.Api;
import jixiao.integration.Credentials;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Region;
import jixiao.integration.Organisations.Unit;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.RuleSetFile;
import jixiao.organisation.BudgetUnits;
import jixiao.output.OutputJob;
import jixiao.scoring.FindingCode;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./jixiao recheck} against the test's database, on H2 and PostgreSQL: a region with a unit below it holding
 * the seed report, re-checked with a rule-set file whose grade bands move a project from 优 to 良 and that switches a
 * check off (its findings vanish); the xlsx and the JSON are read back, and nothing stored changed. Bad options give
 * exit 2 naming the option and the value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecheckScenarios {

    private static final int YEAR = 2021;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    RegionRechecks rechecks;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    Region region;
    Region below;
    Unit unit;

    @BeforeAll
    void regionWithTheSeedReportBelowIt() throws Exception {
        Organisations organisations = new Organisations(units, accounts);
        region = organisations.region("重算市");
        below = organisations.region("重算县", region);
        unit = organisations.unit(below, "重算县交易中心");
        SelfEvaluationReport seed;
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-2021.json")) {
            seed = new InterchangeReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        imports.importReport(seed, unit.id(), "fixture");
    }

    /** The default rule set with 优 from 95 points (交易平台建设及电子化建设, 93.59, becomes 良) and 目标表述模糊 off. */
    Path rules() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode rules = (ObjectNode) json.readTree(new RuleSetFile().write(RuleSet.defaults()));
        rules.put("name", "重算测试规则");
        ((ObjectNode) rules.path("gradeBands")).put("excellent", 95);
        rules.putObject("checks").putObject("VAGUE_TARGET").put("enabled", false);
        Path file = temp.resolve("rules.json");
        Files.writeString(file, json.writeValueAsString(rules));
        return file;
    }

    @Test
    void aRuleSetFileThatMovesAGradeAndSwitchesACheckOffIsWrittenToXlsxAndJsonAndNothingStoredChanges()
            throws Exception {
        String before = storedContent();
        Path out = temp.resolve("out");

        Result result = recheck(
                "--region", region.name(), "--year", "" + YEAR, "--rules", rules().toString(), "--out", out.toString());

        assertThat(result.status()).as(result.err()).isEqualTo(0);
        assertThat(storedContent()).isEqualTo(before);
        assertThat(result.err()).contains("100%").contains("读取数据库");
        Path xlsx = out.resolve("recheck-" + region.id() + "-" + YEAR + ".xlsx");
        Path jsonFile = out.resolve("recheck-" + region.id() + "-" + YEAR + ".json");
        assertThat(result.out()).contains(xlsx.toAbsolutePath().toString());

        JsonNode json = new ObjectMapper().readTree(jsonFile.toFile());
        assertThat(json.path("format").asText()).isEqualTo("recheck/1");
        try (InputStream schema = getClass().getResourceAsStream("/schema/recheck-1.schema.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(schema)
                            .validate(json))
                    .as("the JSON as its schema describes it")
                    .isEmpty();
        }
        assertThat(json.path("units")).hasSize(1);
        JsonNode unitNode = json.path("units").path(0);
        assertThat(unitNode.path("name").asText()).isEqualTo(unit.name());
        assertThat(unitNode.path("region").asText()).isEqualTo(below.name());
        JsonNode platform = evaluationNamed(unitNode, "交易平台建设及电子化建设");
        assertThat(platform.path("grade").asText()).isEqualTo("优");
        assertThat(platform.path("recheckedGrade").asText()).isEqualTo("良");
        assertThat(platform.path("gradeChanged").asBoolean()).isTrue();
        assertThat(platform.path("rechecked").decimalValue())
                .isEqualByComparingTo(platform.path("total").decimalValue());
        List<String> vanished = new ArrayList<>();
        json.path("units").path(0).path("evaluations").forEach(e -> e.path("vanished")
                .forEach(f -> vanished.add(f.path("code").asText())));
        assertThat(vanished).isNotEmpty().containsOnly("VAGUE_TARGET");
        // the ten projects and the 部门（单位）整体自评 were scored; only those that change are listed
        assertThat(unitNode.path("evaluationCount").asInt()).isEqualTo(11);
        assertThat(unitNode.path("evaluations").size()).isLessThan(11);
        assertThat(json.path("summary").path("gradesChanged").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(json.path("summary").path("vanished").asLong()).isEqualTo(vanished.size());

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(List.of(
                            workbook.getSheetAt(0).getSheetName(),
                            workbook.getSheetAt(1).getSheetName(),
                            workbook.getSheetAt(2).getSheetName()))
                    .containsExactly("按单位", "按评价", "问题变化");
            Sheet evaluations = workbook.getSheet("按评价");
            assertThat(evaluations.getPaneInformation().isFreezePane()).isTrue();
            Row platformRow = rowNamed(evaluations, 3, "交易平台建设及电子化建设");
            assertThat(platformRow.getCell(7).getStringCellValue()).isEqualTo("优");
            assertThat(platformRow.getCell(9).getStringCellValue()).isEqualTo("良");
            assertThat(platformRow.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(platformRow.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            Sheet findings = workbook.getSheet("问题变化");
            Row vanishedRow = rowNamed(findings, 3, "消失");
            assertThat(vanishedRow.getCell(4).getStringCellValue()).isEqualTo(FindingCode.VAGUE_TARGET.title());
            Sheet unitsSheet = workbook.getSheet("按单位");
            Row unitRow = rowNamed(unitsSheet, 1, unit.name());
            assertThat(unitRow.getCell(3).getNumericCellValue()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void withoutRulesEachRegionsSetInForceGivesTheStoredScores() throws Exception {
        Path out = temp.resolve("in-force");

        Result result = recheck("--region", "" + region.id(), "--year", "" + YEAR, "--out", out.toString());

        assertThat(result.status()).as(result.err()).isEqualTo(0);
        JsonNode json = new ObjectMapper()
                .readTree(out.resolve("recheck-" + region.id() + "-" + YEAR + ".json")
                        .toFile());
        assertThat(json.path("summary").path("gradesChanged").asLong())
                .as(json.toString())
                .isZero();
        assertThat(json.path("summary").path("totalsChanged").asLong()).isZero();
        assertThat(json.path("summary").path("added").asLong()).isZero();
        assertThat(json.path("summary").path("vanished").asLong()).isZero();
        assertThat(json.path("summary").path("evaluations").asLong()).isEqualTo(11);
        assertThat(json.path("units").path(0).path("evaluations")).isEmpty();
    }

    @Test
    void anUnknownRegionIsNamed() {
        Result result = recheck("--region", "没有这个地区", "--year", "" + YEAR, "--out", temp.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--region").contains("没有这个地区");
    }

    @Test
    void aMissingYearIsNamed() {
        Result result = recheck("--region", region.name());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--year");
        assertThat(recheck("--region", region.name(), "--year", "二〇二一").err())
                .contains("--year")
                .contains("二〇二一");
    }

    @Test
    void aBrokenRulesFileIsNamed() throws IOException {
        Path broken = temp.resolve("broken-rules.json");
        Files.writeString(broken, "{\"name\": \"坏的\", \"gradeBands\": ");

        Result result = recheck("--region", region.name(), "--year", "" + YEAR, "--rules", broken.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--rules").contains(broken.toString());
    }

    @Test
    void anUnreachableDatabaseIsNamed() {
        String url = "jdbc:postgresql://127.0.0.1:1/nothing";
        Result result = run("recheck", "--db", url, "--region", "x", "--year", "2021");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--db").contains(url);
    }

    @Test
    void aReCheckStartedByTheBureauIsSeenByItAndTheBureauAboveButNotByAnotherRegion() throws Exception {
        Organisations organisations = new Organisations(units, accounts);
        Region other = organisations.region("别的市");
        OutputJob job = rechecks.start(organisations.account(below.bureau()), YEAR, null, "现行规则");
        long id = job.id();
        String before = storedContent();

        OutputJob done = finished(organisations.account(below.bureau()), id);

        assertThat(done.state()).as(done.message()).isEqualTo(OutputJob.State.DONE);
        assertThat(rechecks.summary(done).evaluations()).isEqualTo(11);
        assertThat(storedContent()).isEqualTo(before);
        Api.Download xlsx = Api.anonymous(port)
                .as(below.bureau(), Credentials.FIXTURE_PASSWORD)
                .download("/recheck/" + id + "/recheck.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheet("按单位").getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo(unit.name());
        }
        assertThat(Api.anonymous(port)
                        .as(region.bureau(), Credentials.FIXTURE_PASSWORD)
                        .get("/recheck/" + id)
                        .status())
                .as("the bureau of the region above")
                .isEqualTo(200);
        assertThat(Api.anonymous(port)
                        .as(other.bureau(), Credentials.FIXTURE_PASSWORD)
                        .get("/recheck/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.anonymous(port)
                        .as(other.bureau(), Credentials.FIXTURE_PASSWORD)
                        .download("/recheck/" + id + "/recheck.json")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'recheck.downloaded' AND actor = ?")
                        .param(below.bureau())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** The job once this node's run of it ended. */
    private OutputJob finished(jixiao.account.Account who, long id) throws Exception {
        rechecks.awaitRun(id);
        return rechecks.job(who, id);
    }

    record Result(int status, String out, String err) {}

    /** {@code ./jixiao recheck} against this test's database. */
    Result recheck(String... options) {
        List<String> args =
                new ArrayList<>(List.of("recheck", "--db", environment.getProperty("spring.datasource.url")));
        args.addAll(List.of("--db-user", environment.getProperty("spring.datasource.username")));
        args.addAll(List.of("--db-password", environment.getProperty("spring.datasource.password", "")));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Jixiao.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A digest of everything a re-check might change: the evaluations with their scores and frozen rule sets, their
     * findings, the rule sets and frameworks.
     */
    String storedContent() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String sql : List.of(
                "SELECT * FROM project_evaluation ORDER BY id",
                "SELECT * FROM evaluation_finding ORDER BY evaluation_id, finding_key",
                "SELECT * FROM rule_set ORDER BY id",
                "SELECT * FROM region_rule_set ORDER BY id",
                "SELECT * FROM unit_framework ORDER BY id",
                "SELECT * FROM evaluation_change ORDER BY id")) {
            for (Map<String, Object> row : jdbc.sql(sql).query().listOfRows()) {
                digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static JsonNode evaluationNamed(JsonNode unit, String name) {
        for (JsonNode evaluation : unit.path("evaluations")) {
            if (evaluation.path("name").asText().equals(name)) {
                return evaluation;
            }
        }
        throw new AssertionError("no evaluation " + name + " in " + unit);
    }

    private static Row rowNamed(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(column) != null
                    && row.getCell(column).getCellType() == CellType.STRING
                    && row.getCell(column).getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in column " + column + " of " + sheet.getSheetName());
    }
}
