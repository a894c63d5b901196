package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.interchange.InterchangeWriter;
import jixiao.report.xlsx.SelfEvaluationWorkbookReader;
import jixiao.scoring.ReportBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JixiaoTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Jixiao.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path seed() throws IOException {
        Path file = dir.resolve("seed-2021.json");
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-2021.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedReportHasErrorsSoTheExitStatusIsOne() throws IOException {
        assertThat(run("check", seed().toString())).isEqualTo(1);
        assertThat(stdout())
                .contains("项目：专家评审费")
                .contains("15 × 145 ÷ 200 = 10.88")
                .contains("共发现问题");
    }

    @Test
    void jsonOutputHasProjectsIndicatorsAndFindings() throws IOException {
        assertThat(run("check", seed().toString(), "--json")).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(stdout());
        JsonNode experts = json.get("projects").get(7);
        assertThat(experts.get("name").asText()).isEqualTo("专家评审费");
        assertThat(experts.get("execution").get("rate").decimalValue()).isEqualByComparingTo("0.3476");
        assertThat(experts.get("execution").get("score").decimalValue()).isEqualByComparingTo("3.48");
        assertThat(experts.get("indicators").get(0).get("score").decimalValue()).isEqualByComparingTo("10.88");
        assertThat(experts.get("indicators").get(0).get("kind").asText()).isEqualTo("positive");
        assertThat(json.get("findings")).isNotEmpty();
        assertThat(json.get("findings").findValuesAsText("code")).contains("CROSS_DOCUMENT_MISMATCH");
        JsonNode unitFinding = json.get("findings").get(json.get("findings").size() - 1);
        assertThat(unitFinding.get("project").isNull()).isTrue();
    }

    @Test
    void aCleanReportExitsWithZero() throws IOException {
        Path file = dir.resolve("clean.json");
        new InterchangeWriter()
                .write(
                        ReportBuilder.report()
                                .project(ReportBuilder.project("培训项目")
                                        .withStandardIndicators()
                                        .claimedTotal("100"))
                                .build(),
                        file);

        assertThat(run("check", file.toString())).isEqualTo(0);
        assertThat(stdout()).contains("未发现问题");
    }

    @Test
    void aTruncatedFileExitsWithTwoAndSaysWhere() throws IOException {
        Path file = dir.resolve("truncated.json");
        String seed = Files.readString(seed());
        Files.writeString(file, seed.substring(0, seed.length() / 2));

        assertThat(run("check", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("truncated.json").contains("行");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aWrongTypeExitsWithTwoNamingThePath() throws IOException {
        Path file = dir.resolve("wrong.json");
        Files.writeString(file, Files.readString(seed()).replaceFirst("\"weight\": 15", "\"weight\": \"十五\""));

        assertThat(run("check", file.toString(), "--json")).isEqualTo(2);
        assertThat(stderr()).contains("$.projects[0].indicators[0].weight").contains("十五");
    }

    @Test
    void aMissingFileOrCommandExitsWithTwo() {
        assertThat(run("check", dir.resolve("nothing.json").toString())).isEqualTo(2);
        assertThat(stderr()).contains("nothing.json");
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void theChecksCommandListsEveryCheckWithItsCategorySeverityDescriptionAndParameters() throws IOException {
        assertThat(run("checks")).isEqualTo(0);
        String text = stdout();
        for (jixiao.scoring.Check check : jixiao.scoring.check.CheckCatalogue.all()) {
            assertThat(text)
                    .contains(check.code() + "  [" + check.category().label() + "·"
                            + check.severity().label())
                    .contains(check.description());
        }
        assertThat(text).contains("参数 ratio = 1.3").contains("TARGET_SET_TOO_LOW  [合理性·警告]");

        out.reset();
        assertThat(run("checks", "--json")).isEqualTo(0);
        JsonNode checks = new ObjectMapper().readTree(stdout()).get("checks");
        assertThat(checks).hasSize(jixiao.scoring.check.CheckCatalogue.all().size());
        JsonNode tooLow = null;
        for (JsonNode check : checks) {
            if (check.get("code").asText().equals("TARGET_SET_TOO_LOW")) {
                tooLow = check;
            }
        }
        assertThat(tooLow).isNotNull();
        assertThat(tooLow.get("category").asText()).isEqualTo("plausibility");
        assertThat(tooLow.get("categoryLabel").asText()).isEqualTo("合理性");
        assertThat(tooLow.get("severity").asText()).isEqualTo("warning");
        assertThat(tooLow.at("/parameters/0/name").asText()).isEqualTo("ratio");
        assertThat(tooLow.at("/parameters/0/default").decimalValue()).isEqualByComparingTo("1.3");

        assertThat(run("checks", "--xml")).isEqualTo(2);
        assertThat(stderr()).contains("--xml");
    }

    @Test
    void inEnglishTheCheckPrintsTheArithmeticAndTheFindingsInEnglish() throws IOException {
        String seed = seed().toString();
        assertThat(run("check", seed, "--lang", "en")).isEqualTo(1);
        String text = stdout();

        assertThat(text)
                .contains("━━ Project: 专家评审费")
                .contains("15 × 145 ÷ 200 = 10.88")
                .contains("Findings: ")
                .contains("[Error]");
        // the arithmetic and the findings: nothing Chinese left but the unit's own words (quoted, or 「the row」)
        List<String> engine = text.lines()
                .filter(line -> (line.startsWith("     ") && !line.startsWith("     target "))
                        || line.matches("\\s+\\[(Error|Warning|Note)].*"))
                .toList();
        assertThat(engine).hasSizeGreaterThan(200);
        assertThat(engine.stream()
                        .filter(line -> jixiao.translation.EngineEnglishTest.unquoted(line)
                                .replaceAll("「[^」]*」", "")
                                .matches(".*\\p{IsHan}.*"))
                        .toList())
                .isEmpty();

        out.reset();
        assertThat(run("check", seed, "--lang", "en", "--json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.at("/findings/0/message").asText()).doesNotContainPattern("^\\p{IsHan}");
        assertThat(json.at("/findings/0/code").asText()).matches("[A-Z_]+");

        assertThat(run("check", seed, "--lang", "fr")).isEqualTo(2);
        assertThat(stderr()).contains("--lang").contains("fr");
    }

    @Test
    void inEnglishTheCatalogueOfChecksIsInEnglish() {
        assertThat(run("checks", "--lang", "en")).isEqualTo(0);
        String text = stdout();

        assertThat(text)
                .contains("The catalogue of checks (")
                .contains("TARGET_SET_TOO_LOW  [Plausibility·Warning]")
                .contains("parameter ratio = 1.3")
                .doesNotContainPattern("\\p{IsHan}");

        out.reset();
        assertThat(run("checks", "--json", "--lang", "en")).isEqualTo(0);
        assertThat(stdout()).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void anotherRuleSetCanBeLoaded() throws IOException {
        assertThat(run("rules")).isEqualTo(0);
        String rules = stdout().replace("\"linear2T\"", "\"ratio\"").replace("\"1.5\"", "\"1.5\"");
        Path file = dir.resolve("rules.json");
        Files.writeString(file, rules.replace("\"version\": \"2020.1\"", "\"version\": \"test\""));
        out.reset();

        assertThat(run("check", seed().toString(), "--rules", file.toString(), "--json"))
                .isEqualTo(1);
        assertThat(new ObjectMapper()
                        .readTree(stdout())
                        .get("ruleSet")
                        .get("version")
                        .asText())
                .isEqualTo("test");
    }

    @Test
    void theWholeUnitIsScoredInTheJsonAndAnotherFrameworkCanBeLoaded() throws IOException {
        String seed = seed().toString();
        assertThat(run("check", seed, "--json")).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode department =
                new ObjectMapper().readTree(stdout()).get("department");
        com.fasterxml.jackson.databind.JsonNode keyWork = null;
        for (com.fasterxml.jackson.databind.JsonNode item : department.get("items")) {
            if (item.get("name").asText().equals("重点工作计划完成率")) {
                keyWork = item;
            }
        }
        assertThat(keyWork.get("score").decimalValue()).isEqualByComparingTo("14.25");
        assertThat(keyWork.get("weightInferred").asBoolean()).isTrue();
        assertThat(keyWork.get("explanation").asText()).contains("95%");

        out.reset();
        assertThat(run("framework")).isEqualTo(0);
        Path file = dir.resolve("framework.json");
        Files.writeString(
                file,
                stdout().replace("\"weight\": 15,", "\"weight\": 20,")
                        .replace("\"version\": \"2021.1\"", "\"version\": \"test\""));
        out.reset();
        assertThat(run("check", seed, "--framework", file.toString(), "--json")).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode other =
                new ObjectMapper().readTree(stdout()).get("department");
        assertThat(other.get("framework").get("version").asText()).isEqualTo("test");
        assertThat(other.get("total").decimalValue())
                .isEqualByComparingTo(department.get("total").decimalValue().add(new java.math.BigDecimal("4.75")));
    }

    @Test
    void anUnreadableFrameworkExitsWithTwoNamingTheFileAndPath() throws IOException {
        Path file = dir.resolve("framework.json");
        Files.writeString(
                file, "{\"format\": \"unit-framework/1\", \"name\": \"x\", \"version\": \"1\", \"items\": 3}");
        assertThat(run("check", seed().toString(), "--framework", file.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains(file.toString(), "$.items");
    }

    @Test
    void reportWritesAnXlsxWorkbookThatCheckReadsBackToTheSameFindings() throws Exception {
        Path workbook = dir.resolve("自评报告.xlsx");
        String seed = seed().toString();

        assertThat(run("report", seed, "--format", "xlsx", "--out", workbook.toString()))
                .isEqualTo(0);
        assertThat(stdout()).contains("已生成").contains("10 个项目");
        assertThat(workbook).isRegularFile();
        assertThat(new SelfEvaluationWorkbookReader().read(workbook).projects()).hasSize(10);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");

        out.reset();
        assertThat(run("check", seed)).isEqualTo(1);
        String fromJson = stdout();
        out.reset();
        assertThat(run("check", workbook.toString())).isEqualTo(1);
        assertThat(stdout()).isEqualTo(fromJson);
    }

    @Test
    void aWorkbookWithABadCellExitsWithTwoNamingSheetAndCell() throws Exception {
        Path workbook = dir.resolve("bad.xlsx");
        assertThat(run("report", seed().toString(), "--format", "xlsx", "--out", workbook.toString()))
                .isEqualTo(0);
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheet("专家评审费").getRow(13).getCell(6).setCellValue("十五");
            try (OutputStream stream = Files.newOutputStream(workbook)) {
                book.write(stream);
            }
        }
        out.reset();

        assertThat(run("check", workbook.toString())).isEqualTo(2);
        assertThat(stderr()).contains("工作表“专家评审费”单元格 G14：分值应为数字，实际为“十五”");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void unknownFormatsExitWithTwo() throws IOException {
        Path target = dir.resolve("out.pdf");
        String seed = seed().toString();

        assertThat(run("report", seed, "--format", "odt", "--out", target.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("未知格式");
        assertThat(run("report", seed, "--format", "xlsx")).isEqualTo(2);
        assertThat(stderr()).contains("用法");
        assertThat(target).doesNotExist();
    }

    @Test
    void reportWritesTheSelfEvaluationReportAsWord() throws IOException {
        Path docx = dir.resolve("seed.docx");

        assertThat(run("report", seed().toString(), "--format", "docx", "--out", docx.toString()))
                .isEqualTo(0);

        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument word = new XWPFDocument(in)) {
            assertThat(word.getParagraphs())
                    .anySatisfy(p -> assertThat(p.getText()).isEqualTo("项目支出绩效自评报告"));
            assertThat(word.getTables()).isNotEmpty();
        }
        assertThat(stdout()).contains("seed.docx");
    }

    @Test
    void reportWritesTheSelfEvaluationReportAsPdf() throws IOException {
        Path pdf = dir.resolve("seed.pdf");

        assertThat(run("report", seed().toString(), "--format", "pdf", "--out", pdf.toString()))
                .isEqualTo(0);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("项目支出绩效自评表");
        }
    }

    @Test
    void reportKindReviewWritesTheReviewOpinionAsPdfOrWordButNotAsAWorkbook() throws IOException {
        String seed = seed().toString();
        Path pdf = dir.resolve("review.pdf");
        Path docx = dir.resolve("review.docx");
        Path xlsx = dir.resolve("review.xlsx");

        assertThat(run("report", seed, "--kind", "review", "--out", pdf.toString()))
                .isEqualTo(0);
        assertThat(run("report", seed, "--kind", "review", "--format", "docx", "--out", docx.toString()))
                .isEqualTo(0);
        assertThat(run("report", seed, "--kind", "review", "--format", "xlsx", "--out", xlsx.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("审核意见书支持：docx、pdf");
        assertThat(xlsx).doesNotExist();
        assertThat(run("report", seed, "--kind", "memo", "--out", pdf.toString()))
                .isEqualTo(2);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("关于三门峡市公共资源交易中心2021年度预算绩效自评材料的审核意见")
                    .contains("得分与规则不符")
                    .contains("未完成评分");
        }
    }

    @Test
    void whileWholeUnitItemsAreUnscoredTheTotalIsIncompleteInTextAndJson() throws IOException {
        String seed = seed().toString();
        assertThat(run("check", seed)).isEqualTo(1);
        assertThat(stdout()).contains("等级 未完成评分（未评分：履职效益、满意度）");

        out.reset();
        assertThat(run("check", seed, "--json")).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode department =
                new ObjectMapper().readTree(stdout()).get("department");
        assertThat(department.get("complete").asBoolean()).isFalse();
        assertThat(department.get("grade").isNull()).isTrue();
        assertThat(department.get("unscored").toString()).isEqualTo("[\"履职效益\",\"满意度\"]");
    }

    @Test
    void reportInAFormatThatIsNotThereExitsWithTwoAndSaysSo() throws IOException {
        Path out = dir.resolve("seed.odt");

        assertThat(run("report", seed().toString(), "--format", "odt", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("未知格式“odt”").contains("docx");
        assertThat(out).doesNotExist();
    }

    @Test
    void reportWithoutFormatOrOutputOrReadableInputExitsWithTwo() throws IOException {
        Path seed = seed();
        assertThat(run("report", seed.toString(), "--format", "docx")).isEqualTo(2);
        assertThat(stderr()).contains("jixiao report FILE --format");
        assertThat(run("report", dir.resolve("nothing.json").toString(), "--format", "docx", "--out", "x.docx"))
                .isEqualTo(2);
        assertThat(run(
                        "report",
                        seed.toString(),
                        "--format",
                        "docx",
                        "--out",
                        dir.resolve("no/such/dir/x.docx").toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("无法写入");
    }

    @Test
    void anInternalErrorExitsWithThreeInOneLineAndTheStackTraceOnlyWithDebug() {
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        int status = Jixiao.guarded(
                () -> {
                    throw new IllegalStateException("boom\nsecond line");
                },
                false,
                new PrintStream(quiet, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(3);
        String said = quiet.toString(StandardCharsets.UTF_8);
        assertThat(said.lines()).hasSize(1);
        assertThat(said)
                .contains("内部错误", "IllegalStateException", "boom", "--debug")
                .doesNotContain("second line", "\tat ");

        ByteArrayOutputStream debug = new ByteArrayOutputStream();
        Jixiao.guarded(
                () -> {
                    throw new IllegalStateException("boom");
                },
                true,
                new PrintStream(debug, true, StandardCharsets.UTF_8));
        assertThat(debug.toString(StandardCharsets.UTF_8)).contains("\tat jixiao.cli");
    }

    @Test
    void theDatabaseCommandsSayHowToUseThemAndExitTwo() {
        assertThat(run("audit")).isEqualTo(2);
        assertThat(stderr()).contains("jixiao audit verify");
        assertThat(run("backup")).isEqualTo(2);
        assertThat(run("restore")).isEqualTo(2);
    }
}
