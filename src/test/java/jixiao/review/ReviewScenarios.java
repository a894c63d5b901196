package jixiao.review;

import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_ANOTHER_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_THE_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.FILLER_OF_THE_UNIT;
import static jixiao.evaluation.web.AccessScenarios.Actor.UNIT_REVIEWER_OF_THE_UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.evaluation.web.CastScenarios;
import jixiao.integration.Api;
import jixiao.integration.Api.Download;
import jixiao.integration.Api.Response;
import jixiao.integration.Credentials;
import jixiao.integration.Organisations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 复核 through the pages: who reaches which of its endpoints (every role of the region and of another, as the
 * evaluations' access table), and what a recorded 复核 does: the scale fixes each changed row's score, the total goes
 * beside the unit's and the rules', the unit reads the comments, the history and the audit trail keep it, approval
 * freezes it, the 审核意见书 and the results table carry it, and a region inherits its parent's scale.
 */
abstract class ReviewScenarios extends CastScenarios {

    /** Each operation on a fresh evaluation of the unit sent to the bureau (单位已审核). */
    enum Operation {
        HUB,
        SCALE_READ,
        SCALE_PUBLISH,
        WORKSHEET,
        RECORD,
        COMMENT,
        NOTES,
        RESULTS
    }

    /**
     * HUB SCALE_READ SCALE_PUBLISH WORKSHEET RECORD COMMENT NOTES RESULTS: the bureau works on its region's
     * evaluations and sees the others' as not found; everyone reads the scale in force where they work; the unit and
     * 管理员 read the notes and nothing else of the review. A POST that succeeds redirects (302).
     */
    private static final String TABLE =
            """
            FILLER_OF_ANOTHER_REGION                     403 200 403 404 404 404 404 403
            UNIT_REVIEWER_OF_ANOTHER_REGION              403 200 403 404 404 404 404 403
            BUREAU_OF_ANOTHER_REGION                     200 200 302 404 404 404 404 200
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         403 200 403 404 404 404 404 403
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  403 200 403 404 404 404 404 403
            BUREAU_OF_THE_REGION                         200 200 302 200 302 302 200 200
            ADMINISTRATOR                                403 200 403 403 403 403 200 403
            FILLER_OF_THE_UNIT                           403 200 403 403 403 403 200 403
            UNIT_REVIEWER_OF_THE_UNIT                    403 200 403 403 403 403 200 403
            """;

    ReviewScenarios() {
        super("开封市", "商丘市");
    }

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static Stream<Arguments> accessTable() {
        return table(TABLE, Operation.class);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("accessTable")
    void eachRoleReachesOnlyItsRegionsReview(Actor actor, Operation operation, int expected) {
        Target target = sentToBureau();

        Response response = perform(actors.get(actor), operation, target);

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected == 404 || expected == 403 || operation == Operation.SCALE_READ) {
            assertThat(response.body()).doesNotContain(target.name());
        }
    }

    // ---- what a 复核 does

    @Test
    void aDeductionFromTheScaleFixesTheRowsScoreAndTheTotalStandsBesideTheOthers() {
        builtInScale();
        Target target = sentToBureau();
        Api bureau = actors.get(BUREAU_OF_THE_REGION);

        Response saved =
                bureau.postFormBody(worksheet(target), form(Map.of(0, new Typed("", "TARGET-VAGUE-30", "只能部分判断完成情况"))));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        // 完成件数: weight 20, computed 20; 30 % of the weight is 6
        assertThat(recheckTotal(target.id())).isEqualByComparingTo("94");
        String notes = actors.get(FILLER_OF_THE_UNIT)
                .get(worksheet(target) + "/notes", "text/html")
                .body();
        assertThat(notes).contains("id=\"notes-recheck\">94<").contains("id=\"notes-gap\">6<");
        String history = actors.get(FILLER_OF_THE_UNIT)
                .get("/api/evaluations/" + target.id() + "/history")
                .body();
        assertThat(history)
                .contains("复核")
                .contains("完成件数：14 分")
                .contains("指标值不够明确，只能部分判断完成情况（扣该项分值的 30%）")
                .contains("复核总分 94");
        assertThat(auditActions(target.id())).contains("evaluation.rechecked");
    }

    @Test
    void aScoreTheScaleDoesNotGiveOrAChangeWithoutADeductionIsRefusedAndNothingIsSaved() {
        builtInScale();
        Target target = sentToBureau();
        Api bureau = actors.get(BUREAU_OF_THE_REGION);

        Response offScale =
                bureau.postFormBody(worksheet(target), form(Map.of(0, new Typed("13", "TARGET-VAGUE-30", "说明"))));
        Response noReason = bureau.postFormBody(worksheet(target), form(Map.of(1, new Typed("8", "", ""))));
        Response noNote = bureau.postFormBody(worksheet(target), form(Map.of(0, new Typed("", "NO-EVIDENCE", ""))));

        assertThat(offScale.status()).isEqualTo(200);
        assertThat(offScale.body()).contains("“完成件数”的复核分应为 14，填写的是 13");
        assertThat(noReason.body()).contains("“验收合格率”的复核分 8 与计算分 10 不同：须选择一条扣分标准");
        assertThat(noNote.body()).contains("“完成件数”选择了扣分标准，须写明说明");
        assertThat(noReason.body()).as("what was typed stays").contains("value=\"8\"");
        assertThat(recheckTotal(target.id())).isNull();
    }

    @Test
    void approvalFreezesTheRecheck() {
        builtInScale();
        Target target = sentToBureau();
        Api bureau = actors.get(BUREAU_OF_THE_REGION);
        bureau.postFormBody(worksheet(target), form(Map.of()));
        evaluations.approve(theUnit, target.id());

        Response again =
                bureau.postFormBody(worksheet(target), form(Map.of(0, new Typed("", "NO-EVIDENCE", "无佐证")), 1));
        Response comment = bureau.postForm(
                worksheet(target) + "/comments", Map.of("rowKind", "INDICATOR", "rowIndex", "0", "text", "晚了"));
        Response sheet = bureau.get(worksheet(target), "text/html");

        assertThat(again.body()).contains("复核不能再修改");
        assertThat(recheckTotal(target.id())).isEqualByComparingTo("100");
        assertThat(comment.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_comment WHERE evaluation_id = ?")
                        .param(target.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(sheet.body()).contains("id=\"frozen\"").doesNotContain("id=\"save-recheck\"");
    }

    @Test
    void theUnitReadsACommentOnItsRowAndInItsHistory() {
        Target target = sentToBureau();

        Response commented = actors.get(BUREAU_OF_THE_REGION)
                .postForm(
                        worksheet(target) + "/comments",
                        Map.of("rowKind", "INDICATOR", "rowIndex", "1", "text", "请补充验收报告"));
        String notes = actors.get(FILLER_OF_THE_UNIT)
                .get(worksheet(target) + "/notes", "text/html")
                .body();
        String history = actors.get(FILLER_OF_THE_UNIT)
                .get("/api/evaluations/" + target.id() + "/history")
                .body();

        assertThat(commented.status()).isEqualTo(302);
        assertThat(notes).contains("data-row=\"row-1\"").contains("验收合格率").contains("请补充验收报告");
        assertThat(history).contains("审核批注").contains("请补充验收报告");
        assertThat(auditActions(target.id())).contains("evaluation.commented");
    }

    @Test
    void theReviewOpinionCarriesTheRecheckItsDeductionsAndTheOpinion() throws IOException {
        builtInScale();
        Target target = sentToBureau();
        actors.get(BUREAU_OF_THE_REGION)
                .postFormBody(worksheet(target), form(Map.of(4, new Typed("", "NO-EVIDENCE", "无问卷或统计依据"))));
        workflow.approve(
                organisations.account(theUnit.region().bureau()),
                target.id(),
                EvaluationKind.PROJECT,
                "复核扣减“办事效率提高”30分，请补充佐证材料");

        Download pdf =
                actors.get(UNIT_REVIEWER_OF_THE_UNIT).download("/evaluations/" + target.id() + "/review-opinion.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("复核分")
                    .contains("70") // 100 less the 30 of 办事效率提高
                    .contains("复核扣分原因：实际完成情况无佐证材料支撑（扣该项分值的100%）")
                    .contains("复核说明：无问卷或统计依据")
                    .contains("复核扣减“办事效率提高”30分，请补充佐证材料");
        }
    }

    /**
     * Issue 17, item 2: the 审核意见书 is offered to the bureau in Word and PDF, of the evaluation and of the unit's
     * year, from the worksheet (before, the worksheet offered only the evaluation's PDF, and a bureau had no link to a
     * unit's year where the unit kept no whole-unit evaluation).
     */
    @Test
    void theWorksheetOffersTheOpinionOfTheEvaluationAndOfTheUnitsYearInWordAndPdf() {
        int year = 2001 + SERIAL.incrementAndGet() % 90;
        Target target = sentToBureau(year);
        Api bureau = actors.get(BUREAU_OF_THE_REGION);

        String sheet = bureau.get(worksheet(target), "text/html").body();

        String ofYear = "/units/" + theUnit.id() + "/" + year + "/review-opinion.";
        assertThat(sheet)
                .contains("/evaluations/" + target.id() + "/review-opinion.pdf")
                .contains("/evaluations/" + target.id() + "/review-opinion.docx")
                .contains(ofYear + "pdf")
                .contains(ofYear + "docx");
        for (String path : List.of("/evaluations/" + target.id() + "/review-opinion.docx", ofYear + "docx")) {
            Download docx = bureau.download(path);
            assertThat(docx.status()).as(path).isEqualTo(200);
            assertThat(new String(docx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as(path)
                    .isEqualTo("PK");
        }
    }

    @Test
    void aRegionUsesItsParentsScaleUntilItPublishesItsOwn() {
        Organisations.Region parent = organisations.region("周口市");
        Organisations.Region child = organisations.region("周口市淮阳区", parent);
        Api parentBureau = bureauOf(parent);
        Api childBureau = bureauOf(child);

        parentBureau.postFormBody("/review/scale", scale("P-ONLY", "上级地区的情形", "40"));
        String inherited = childBureau.get("/review/scale", "text/html").body();
        childBureau.postFormBody("/review/scale", scale("C-ONLY", "本地区的情形", "20"));
        String own = childBureau.get("/review/scale", "text/html").body();
        String parentAfter = parentBureau.get("/review/scale", "text/html").body();
        childBureau.post("/review/scale/withdraw");
        String withdrawn = childBureau.get("/review/scale", "text/html").body();

        assertThat(inherited).contains("上级地区的情形").contains("沿用上级地区");
        assertThat(own).contains("本地区的情形").doesNotContain("上级地区的情形");
        assertThat(parentAfter).contains("上级地区的情形").doesNotContain("本地区的情形");
        assertThat(withdrawn).contains("上级地区的情形").doesNotContain("本地区的情形");
    }

    @Test
    void aScaleWithABadRowIsNotPublishedAndNamesTheRow() {
        Api bureau = actors.get(BUREAU_OF_ANOTHER_REGION);

        Response refused = bureau.postFormBody("/review/scale", scale("BAD CODE", "情形", "120"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("第 1 条的编码应为 1 至 40 个字母、数字、- 或 _，填写的是“BAD CODE”")
                .contains("第 1 条的扣分比例应为 0 至 100 之间的数（最多两位小数），填写的是“120”");
    }

    @Test
    void theResultsTableListsTheRegionsRechecksAndMarksALargeGap() throws IOException {
        builtInScale();
        int year = 2091 + SERIAL.incrementAndGet() % 9;
        Target small = sentToBureau(year);
        Target large = sentToBureau(year);
        Api bureau = actors.get(BUREAU_OF_THE_REGION);
        bureau.postFormBody(worksheet(small), form(Map.of(0, new Typed("", "TARGET-VAGUE-30", "部分可判断"))));
        bureau.postFormBody(worksheet(large), form(Map.of(4, new Typed("", "NO-EVIDENCE", "无佐证"))));

        Download own = bureau.download("/review/results.xlsx?year=" + year);
        Download other = actors.get(BUREAU_OF_ANOTHER_REGION).download("/review/results.xlsx?year=" + year);

        assertThat(own.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.body()))) {
            Sheet sheet = workbook.getSheet("复核结果");
            Map<String, Row> rows = rowsByProject(sheet);
            assertThat(rows).containsOnlyKeys(small.name(), large.name());
            Row smallRow = rows.get(small.name());
            assertThat(smallRow.getCell(0).getStringCellValue()).isEqualTo(theUnit.name());
            assertThat(smallRow.getCell(3).getNumericCellValue()).isEqualTo(100.0);
            assertThat(smallRow.getCell(4).getNumericCellValue()).isEqualTo(100.0);
            assertThat(smallRow.getCell(5).getNumericCellValue()).isEqualTo(94.0);
            assertThat(smallRow.getCell(6).getNumericCellValue()).isEqualTo(6.0);
            assertThat(smallRow.getCell(7).getNumericCellValue()).isEqualTo(0.06);
            assertThat(smallRow.getCell(8).getStringCellValue()).isEmpty();
            assertThat(smallRow.getCell(5).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            Row largeRow = rows.get(large.name());
            assertThat(largeRow.getCell(5).getNumericCellValue()).isEqualTo(70.0);
            assertThat(largeRow.getCell(8).getStringCellValue()).isEqualTo("优 → 中");
            assertThat(largeRow.getCell(5).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(largeRow.getCell(1).getHyperlink().getAddress()).endsWith("/evaluations/" + large.id());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(other.body()))) {
            assertThat(rowsByProject(workbook.getSheet("复核结果"))).isEmpty();
        }
    }

    // ---- fixtures

    record Target(long id, String name) {}

    record Typed(String score, String deduction, String note) {}

    Target sentToBureau() {
        return sentToBureau(2001 + SERIAL.incrementAndGet() % 90);
    }

    Target sentToBureau(int year) {
        String name = "档案数字化复核-" + SERIAL.incrementAndGet();
        return new Target(evaluations.sentToBureau(theUnit, name, year), name);
    }

    /**
     * The region back on the built-in scale: the access table's SCALE_PUBLISH publishes a scale of the region's own,
     * without the built-in entries the tests deduct by.
     */
    void builtInScale() {
        actors.get(BUREAU_OF_THE_REGION).post("/review/scale/withdraw");
    }

    static String worksheet(Target target) {
        return "/review/evaluations/" + target.id();
    }

    /** The worksheet's form of a clean project (six indicators and the execution rate), with some rows typed. */
    static String form(Map<Integer, Typed> typed) {
        return form(typed, 0);
    }

    static String form(Map<Integer, Typed> typed, int version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        for (int i = 0; i < 7; i++) {
            Typed row = typed.getOrDefault(i, new Typed("", "", ""));
            fields.put("rows[" + i + "].kind", i < 6 ? "INDICATOR" : "EXECUTION");
            fields.put("rows[" + i + "].index", String.valueOf(i < 6 ? i : 0));
            fields.put("rows[" + i + "].score", row.score());
            fields.put("rows[" + i + "].deduction", row.deduction());
            fields.put("rows[" + i + "].note", row.note());
        }
        return encode(fields);
    }

    static String scale(String code, String situation, String percent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entries[0].code", code);
        fields.put("entries[0].appliesTo", "INDICATOR");
        fields.put("entries[0].situation", situation);
        fields.put("entries[0].percent", percent);
        fields.put("entries[0].points", "");
        fields.put("entries[0].basis", "集成测试");
        return encode(fields);
    }

    private static String encode(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    Response perform(Api api, Operation operation, Target target) {
        return switch (operation) {
            case HUB -> api.get("/review", "text/html");
            case SCALE_READ -> api.get("/review/scale", "text/html");
            case SCALE_PUBLISH -> api.postFormBody("/review/scale", scale("IT-" + target.id(), "集成测试情形", "10"));
            case WORKSHEET -> api.get(worksheet(target), "text/html");
            case RECORD -> api.postFormBody(worksheet(target), form(Map.of()));
            case COMMENT ->
                api.postForm(
                        worksheet(target) + "/comments", Map.of("rowKind", "INDICATOR", "rowIndex", "0", "text", "批注"));
            case NOTES -> api.get(worksheet(target) + "/notes", "text/html");
            case RESULTS -> {
                Download download = api.download("/review/results.xlsx?year=2001");
                yield new Response(
                        download.status(), download.headers(), download.status() == 200 ? "" : download.text());
            }
        };
    }

    private BigDecimal recheckTotal(long id) {
        return jdbc.sql("SELECT recheck_total FROM project_evaluation WHERE id = ?")
                .param(id)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE target LIKE ?")
                .param("PROJECT " + id + " %")
                .query(String.class)
                .list();
    }

    private Api bureauOf(Organisations.Region region) {
        return Api.anonymous(port).as(region.bureau(), Credentials.FIXTURE_PASSWORD);
    }

    private static Map<String, Row> rowsByProject(Sheet sheet) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean body = false;
        for (Row row : sheet) {
            if (row.getCell(0) == null) {
                continue;
            }
            if (body && row.getCell(1) != null) {
                rows.put(row.getCell(1).getStringCellValue(), row);
            }
            if ("预算单位".equals(row.getCell(0).getStringCellValue())) {
                body = true;
            }
        }
        return rows;
    }
}
