package jixiao.evidence.web;

import static jixiao.integration.Credentials.ADMIN_PASSWORD;
import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jixiao.account.Accounts;
import jixiao.evaluation.Drafts;
import jixiao.evaluation.Imports;
import jixiao.evaluation.UnitEvaluations;
import jixiao.evidence.Samples;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Region;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 佐证材料 through the API and the pages: every kind a unit attaches is stored and read back as uploaded; a file that
 * lies about its type and one over the size limit are refused with nothing stored; no file of another unit is readable
 * by its id (404, as for a file that does not exist), by the API or the page; a removal is recorded and the file kept;
 * the report's 附件 lists the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvidenceScenarios {

    private static final AtomicInteger PROJECTS = new AtomicInteger();
    private static final String INDICATOR = "indicator:完成件数";

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    @Autowired
    Drafts drafts;

    @Autowired
    UnitEvaluations unitEvaluations;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Organisations organisations;
    Region region;
    Unit theUnit;
    Unit neighbour;
    Region elsewhere;
    Unit stranger;

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        region = organisations.region("许昌市");
        theUnit = organisations.unit(region, "许昌市档案馆");
        neighbour = organisations.unit(region, "许昌市图书馆");
        elsewhere = organisations.region("周口市");
        stranger = organisations.unit(elsewhere, "周口市档案馆");
    }

    private Api as(String username) {
        return Api.anonymous(port).as(username, username.equals("admin") ? ADMIN_PASSWORD : FIXTURE_PASSWORD);
    }

    /** A new clean project of the unit (a year of its own), with no file yet. */
    private long project() {
        int n = PROJECTS.incrementAndGet();
        var report = ReportDocument.forUnit(theUnit.name())
                .fiscalYear(2030 + n)
                .withCleanProject("档案数字化-" + n)
                .report();
        return imports.importReport(report, theUnit.id(), "fixture").projects().get(0);
    }

    private Response attach(Api who, long evaluation, String part, String name, byte[] content) {
        return who.postMultipart(
                "/api/evaluations/" + evaluation + "/evidence",
                "application/json",
                Map.of("part", part),
                "file",
                name,
                content);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("签到表.pdf", "PDF", "application/pdf", (Supplier<byte[]>) Samples::pdf),
                Arguments.of("现场.png", "PNG", "image/png", (Supplier<byte[]>) Samples::png),
                Arguments.of("现场.jpg", "JPEG", "image/jpeg", (Supplier<byte[]>) Samples::jpeg),
                Arguments.of("动图.gif", "GIF", "image/gif", (Supplier<byte[]>) Samples::gif),
                Arguments.of("照片.webp", "WEBP", "image/webp", (Supplier<byte[]>) Samples::webp),
                Arguments.of(
                        "总结.docx",
                        "DOCX",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        (Supplier<byte[]>) Samples::docx),
                Arguments.of(
                        "台账.xlsx",
                        "XLSX",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        (Supplier<byte[]>) Samples::xlsx),
                Arguments.of("总结.doc", "DOC", "application/msword", (Supplier<byte[]>) Samples::doc),
                Arguments.of("台账.xls", "XLS", "application/vnd.ms-excel", (Supplier<byte[]>) Samples::xls));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindIsStoredAndDownloadedAsUploaded(String name, String kind, String type, Supplier<byte[]> sample) {
        long evaluation = project();
        byte[] content = sample.get();
        Response attached = attach(as(theUnit.filler()), evaluation, INDICATOR, name, content);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(attached.json().path("kind").asText()).isEqualTo(kind);
        assertThat(attached.json().path("fileName").asText()).isEqualTo(name);
        assertThat(attached.json().path("part").asText()).isEqualTo(INDICATOR);
        assertThat(attached.json().path("size").asLong()).isEqualTo(content.length);

        Api.Download download = as(theUnit.reviewer())
                .download("/api/evidence/" + attached.json().path("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.header("Content-Type")).hasValue(type);
        assertThat(download.header("Content-Disposition")).get().asString().startsWith("attachment");
        assertThat(as(theUnit.filler())
                        .get("/api/evaluations/" + evaluation + "/evidence")
                        .json())
                .hasSize(1);
    }

    @Test
    void aFileThatLiesAboutItsTypeIsRefusedAndNothingIsStored() {
        long evaluation = project();
        Response refused =
                attach(as(theUnit.filler()), evaluation, INDICATOR, "签到表.pdf", Samples.htmlPretendingToBePdf());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("type");
        assertThat(refused.json().path("message").asText()).contains("签到表.pdf").contains("PDF");
        Response zip = attach(as(theUnit.filler()), evaluation, INDICATOR, "台账.xlsx", Samples.zip());
        assertThat(zip.status()).isEqualTo(400);
        assertThat(as(theUnit.filler())
                        .get("/api/evaluations/" + evaluation + "/evidence")
                        .json())
                .isEmpty();

        // the page says it in the clerk's language, on the editor
        Response page = as(theUnit.filler())
                .postMultipart(
                        "/evaluations/" + evaluation + "/evidence",
                        "text/html",
                        Map.of("part", INDICATOR),
                        "file",
                        "签到表.pdf",
                        Samples.htmlPretendingToBePdf());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).get().asString().endsWith("/evaluations/" + evaluation + "#evidence");
    }

    @Test
    void aPictureNamedAsAnotherKindIsKeptAsWhatItIs() {
        long evaluation = project();
        Response attached = attach(as(theUnit.filler()), evaluation, "evaluation", "照片.pdf", Samples.png());
        assertThat(attached.status()).isEqualTo(201);
        assertThat(attached.json().path("kind").asText()).isEqualTo("PNG");
        assertThat(attached.json().path("fileName").asText()).isEqualTo("照片.png");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsStored() {
        long evaluation = project();
        byte[] large = Arrays.copyOf(Samples.pdf(), 20 * 1024 * 1024 + 1);
        Response refused = attach(as(theUnit.filler()), evaluation, INDICATOR, "扫描件.pdf", large);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().path("error").asText()).isEqualTo("too-large");
        assertThat(refused.json().path("message").asText()).contains("20 MB");

        // a browser is sent back to the page it came from, which says why
        Response page = as(theUnit.filler())
                .postMultipart(
                        "/evaluations/" + evaluation + "/evidence",
                        "text/html",
                        Map.of("part", INDICATOR),
                        "file",
                        "扫描件.pdf",
                        large);
        assertThat(page.status()).isEqualTo(303);
        assertThat(as(theUnit.filler())
                        .get("/api/evaluations/" + evaluation + "/evidence")
                        .json())
                .isEmpty();

        // just under the limit is fine
        byte[] fits = Arrays.copyOf(Samples.pdf(), 20 * 1024 * 1024);
        assertThat(attach(as(theUnit.filler()), evaluation, INDICATOR, "扫描件.pdf", fits)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void noFileOfAnotherUnitIsReadableById() {
        long evaluation = project();
        long file = attach(as(theUnit.filler()), evaluation, INDICATOR, "签到表.pdf", Samples.pdf())
                .json()
                .path("id")
                .asLong();
        Map<String, Api> outsiders = new LinkedHashMap<>();
        outsiders.put("filler of the neighbouring unit", as(neighbour.filler()));
        outsiders.put("reviewer of the neighbouring unit", as(neighbour.reviewer()));
        outsiders.put("filler of another region", as(stranger.filler()));
        outsiders.put("reviewer of another region", as(stranger.reviewer()));
        outsiders.put("bureau of another region", as(elsewhere.bureau()));
        outsiders.forEach((who, api) -> {
            assertThat(api.download("/api/evidence/" + file).status()).as(who).isEqualTo(404);
            assertThat(api.get("/evidence/" + file, "text/html").status())
                    .as(who)
                    .isEqualTo(404);
            assertThat(api.get("/api/evaluations/" + evaluation + "/evidence").status())
                    .as(who)
                    .isEqualTo(404);
            assertThat(api.get("/evaluations/" + evaluation + "/evidence", "text/html")
                            .status())
                    .as(who)
                    .isEqualTo(404);
            assertThat(api.delete("/api/evidence/" + file).status()).as(who).isEqualTo(404);
            assertThat(attach(api, evaluation, "evaluation", "x.pdf", Samples.pdf())
                            .status())
                    .as(who)
                    .isEqualTo(404);
        });
        long missing = file + 1_000_000;
        assertThat(as(theUnit.filler()).download("/api/evidence/" + missing).status())
                .as("a file that does not exist is answered alike")
                .isEqualTo(404);

        // the region's bureau reads the files of what was sent to it, not of a draft
        assertThat(as(region.bureau()).download("/api/evidence/" + file).status())
                .as("a draft's file")
                .isEqualTo(404);
        sendToTheBureau(evaluation);

        // whoever may read the evaluation reads its files; only the unit changes them
        for (Api reader : List.of(as(region.bureau()), as("admin"), as(theUnit.reviewer()))) {
            assertThat(reader.download("/api/evidence/" + file).status()).isEqualTo(200);
        }
        // the bureau's and the administrator's downloads are in the audit trail (issue 13, item 2), the unit's not
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'document.downloaded' AND detail LIKE ?")
                        .param("佐证材料 %")
                        .query(String.class)
                        .list())
                .contains(region.bureau(), "admin")
                .doesNotContain(theUnit.reviewer());
        assertThat(as(region.bureau()).delete("/api/evidence/" + file).status()).isEqualTo(403);
        assertThat(attach(as(region.bureau()), evaluation, "evaluation", "x.pdf", Samples.pdf())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRemovedFileIsKeptAndTheHistorySaysWhoRemovedIt() {
        long evaluation = project();
        long file = attach(as(theUnit.filler()), evaluation, INDICATOR, "签到表.pdf", Samples.pdf())
                .json()
                .path("id")
                .asLong();
        Response removed = as(theUnit.reviewer()).delete("/api/evidence/" + file);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("removedBy").asText()).isEqualTo(theUnit.reviewer());
        assertThat(as(theUnit.reviewer()).delete("/api/evidence/" + file).status())
                .as("removed once")
                .isEqualTo(409);
        sendToTheBureau(evaluation);
        assertThat(as(region.bureau()).download("/api/evidence/" + file).body()).isEqualTo(Samples.pdf());

        JsonNode history = as(theUnit.filler())
                .get("/api/evaluations/" + evaluation + "/history")
                .json();
        List<String> evidence = history.findValues("field").stream()
                .filter(field -> field.asText().equals("佐证材料"))
                .map(JsonNode::asText)
                .toList();
        assertThat(evidence).hasSize(2);
        assertThat(history.toString()).contains("签到表.pdf（指标“完成件数”）");

        String section = as(theUnit.filler())
                .get("/evaluations/" + evaluation + "/evidence", "text/html")
                .body();
        assertThat(section).contains("已移除的材料（1）").contains(theUnit.reviewer());
    }

    /** The unit's 填报人 submits, its 单位审核 approves: the evaluation is the finance bureau's to read. */
    private void sendToTheBureau(long evaluation) {
        assertThat(as(theUnit.filler())
                        .post("/api/evaluations/" + evaluation + "/submit")
                        .status())
                .isEqualTo(200);
        assertThat(as(theUnit.reviewer())
                        .post("/api/evaluations/" + evaluation + "/unit-approval")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aSubmittedEvaluationsFilesStayButARectificationAnswerMayStillBringOne() {
        long evaluation = project();
        assertThat(as(theUnit.filler())
                        .post("/api/evaluations/" + evaluation + "/submit")
                        .status())
                .isEqualTo(200);
        Response refused = attach(as(theUnit.filler()), evaluation, INDICATOR, "签到表.pdf", Samples.pdf());
        assertThat(refused.status()).isEqualTo(409);
        Response answer = attach(as(theUnit.reviewer()), evaluation, "rectification:7", "整改报告.docx", Samples.docx());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().path("part").asText()).isEqualTo("rectification:7");
    }

    @Test
    void aFileIsAttachedOnlyToAPartTheEvaluationHas() {
        long evaluation = project();
        Response refused = attach(as(theUnit.filler()), evaluation, "indicator:不存在的指标", "a.pdf", Samples.pdf());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("part");
        assertThat(attach(as(theUnit.filler()), evaluation, "somewhere", "a.pdf", Samples.pdf())
                        .status())
                .isEqualTo(400);

        // a key work item of the whole-unit evaluation
        int year = 2030 + PROJECTS.incrementAndGet();
        var filler = organisations.account(theUnit.filler());
        long unit = drafts.createUnitEvaluation(filler, year);
        unitEvaluations.appendKeyWork(
                filler, unit, List.of(new KeyWorkItem(null, "档案数字化", null, null, null, null, null)));
        assertThat(attach(as(theUnit.filler()), unit, "work:档案数字化", "台账.xlsx", Samples.xlsx())
                        .status())
                .isEqualTo(201);
        assertThat(attach(as(theUnit.filler()), unit, INDICATOR, "台账.xlsx", Samples.xlsx())
                        .status())
                .as("a whole-unit evaluation has no indicator rows")
                .isEqualTo(400);
    }

    @Test
    void theReportListsTheFilesInItsAnnex() throws IOException {
        int n = PROJECTS.incrementAndGet();
        var report = ReportDocument.forUnit(theUnit.name())
                .fiscalYear(2030 + n)
                .withCleanProject("档案数字化-" + n)
                .report();
        long evaluation =
                imports.importReport(report, theUnit.id(), "fixture").projects().get(0);
        attach(as(theUnit.filler()), evaluation, INDICATOR, "签到表.pdf", Samples.pdf());
        long removed = attach(as(theUnit.filler()), evaluation, "evaluation", "草稿.pdf", Samples.pdf())
                .json()
                .path("id")
                .asLong();
        as(theUnit.filler()).delete("/api/evidence/" + removed);

        Api.Download docx = as(theUnit.filler()).download("/units/" + theUnit.id() + "/" + (2030 + n) + "/report.docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains("附件2")
                    .contains("佐证材料清单")
                    .contains("签到表.pdf")
                    .contains("指标“完成件数”");
            assertThat(text).as("a removed file is not annexed").doesNotContain("草稿.pdf");
        }
    }
}
