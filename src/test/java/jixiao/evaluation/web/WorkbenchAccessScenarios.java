package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jixiao.account.Accounts;
import jixiao.collection.CollectionRounds;
import jixiao.collection.RoundInput;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.Imports;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.Workflow;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import jixiao.output.OutputJob;
import jixiao.output.ReportArchives;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
 * Who reaches what of the finance bureau's workbench (issue 14: overview, lists, batch decisions, copied text,
 * collection notice, region outputs), every role of the same and of another region against every endpoint, through
 * HTTP as a browser would (pages, forms, downloads). A bureau reaches only its own region: the pages without an id
 * show another bureau its own region (none of this one's data), an id of this region is not found for it; units and
 * 管理员 have no workbench (403); a unit's own staff see its evaluations in the lists, a bureau only what was sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkbenchAccessScenarios {

    /** The year the region's evaluations are of; the approved reports are of the next. */
    private static final int YEAR = 2031;

    private static final int APPROVED_YEAR = 2032;

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A goal long enough to be compared, which the neighbour's project has too. */
    private static final String COPIED_GOAL = "通过实施档案数字化加工，完成馆藏档案三万卷的扫描与著录，建成档案信息资源库并向社会提供在线查询服务。";

    enum Operation {
        OVERVIEW,
        UNITS,
        LIST,
        EXPORT,
        COPIES,
        BATCH,
        COLLECTION,
        SAVE_COLLECTION,
        OUTPUTS,
        SUMMARY,
        REQUEST,
        JOB,
        ZIP
    }

    /**
     * What each actor gets, in the order of {@link Operation}. {@code ok}: 200 with this region's data; {@code own}:
     * 200 with none of it (another bureau's own region); {@code both}/{@code sent}/{@code none}: the list holds the
     * unit's draft and sent evaluation, only the sent one, or neither; {@code moved}/{@code kept}: a batch approval
     * moved the evaluation or left it (each evaluation's outcome is shown; 403: the role decides on nothing); {@code
     * saved}: the notice is saved (for the bureau's own region only).
     */
    private static final String TABLE =
            """
            FILLER_OF_ANOTHER_REGION                     403 403 none none 404 403   403 403   403 403 403 403 403
            UNIT_REVIEWER_OF_ANOTHER_REGION              403 403 none none 404 kept  403 403   403 403 403 403 403
            BUREAU_OF_ANOTHER_REGION                     own own none none 404 kept  own saved 200 own 302 404 404
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         403 403 none none 404 403   403 403   403 403 403 403 403
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  403 403 none none 404 kept  403 403   403 403 403 403 403
            BUREAU_OF_THE_REGION                         ok  ok  sent sent ok  moved ok  saved 200 ok  302 ok  ok
            ADMINISTRATOR                                403 403 both both ok  403   403 403   403 403 403 403 403
            FILLER_OF_THE_UNIT                           403 403 both both 403 403   403 403   403 403 403 403 403
            UNIT_REVIEWER_OF_THE_UNIT                    403 403 both both 403 kept  403 403   403 403 403 403 403
            """;

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    @Autowired
    Workflow workflow;

    @Autowired
    ProjectEvaluations evaluations;

    @Autowired
    CollectionRounds rounds;

    @Autowired
    ReportArchives archives;

    @Autowired
    JdbcClient jdbc;

    Organisations organisations;
    Unit theUnit;
    Unit neighbour;
    final Map<Actor, Api> actors = new EnumMap<>(Actor.class);
    String sent;
    long sentId;
    String draft;
    String notice;
    long jobId;

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        AccessCast cast = AccessCast.of(organisations, port, "开封市", "商丘市");
        theUnit = cast.theUnit();
        actors.putAll(cast.actors());
        neighbour = organisations.unit(theUnit.region(), "开封市统计局");
        int n = SERIAL.incrementAndGet();
        // the neighbour's goal first: the unit's later one repeats it
        sentToBureau(neighbour, "统计调查-" + n, COPIED_GOAL, YEAR);
        sent = "档案数字化-" + n;
        sentId = sentToBureau(theUnit, sent, COPIED_GOAL, YEAR);
        draft = "档案修缮-" + n;
        importProject(theUnit, draft, null, YEAR);
        notice = "汴财效〔" + (YEAR + 1) + "〕" + n + "号";
        rounds.save(
                organisations.account(theUnit.region().bureau()),
                new RoundInput(
                        YEAR,
                        notice,
                        "关于开展" + YEAR + "年度绩效自评的通知",
                        java.time.LocalDate.of(2032, 3, 31),
                        true,
                        List.of()));
        long approved = sentToBureau(theUnit, "档案保护-" + n, null, APPROVED_YEAR);
        workflow.approve(organisations.account(theUnit.region().bureau()), approved, EvaluationKind.PROJECT, "同意");
        OutputJob job = archives.request(organisations.account(theUnit.region().bureau()), APPROVED_YEAR);
        jobId = job.id();
        await().atMost(Duration.ofSeconds(120)).until(() -> !archives.job(
                        organisations.account(theUnit.region().bureau()), jobId)
                .active());
    }

    static Stream<Arguments> accessTable() {
        List<Arguments> table = new ArrayList<>();
        TABLE.lines().forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            if (cells.length != Operation.values().length + 1) {
                throw new IllegalStateException("a row of the access table needs a cell per operation: " + line);
            }
            for (Operation operation : Operation.values()) {
                table.add(Arguments.of(Actor.valueOf(cells[0]), operation, cells[operation.ordinal() + 1]));
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
    void eachRoleReachesOnlyWhatItsPlaceAllows(Actor actor, Operation operation, String expected) throws IOException {
        Api api = actors.get(actor);
        switch (operation) {
            case OVERVIEW -> page(api.get("/overview?year=" + YEAR, "text/html"), expected, theUnit.name());
            case UNITS -> page(api.get("/overview/units?year=" + YEAR, "text/html"), expected, theUnit.name());
            case LIST ->
                rows(
                        api.get("/evaluations?year=" + YEAR + "&size=100", "text/html")
                                .body(),
                        expected);
            case EXPORT -> rows(cells(api.download("/evaluations/export.xlsx?year=" + YEAR)), expected);
            case COPIES -> page(api.get("/evaluations/" + sentId + "/copies", "text/html"), expected, neighbour.name());
            case BATCH -> batch(api, expected);
            case COLLECTION -> page(api.get("/collection?year=" + YEAR, "text/html"), expected, notice);
            case SAVE_COLLECTION -> saveCollection(api, expected);
            case OUTPUTS ->
                assertThat(api.get("/outputs", "text/html").status()).isEqualTo(Integer.parseInt(expected));
            case SUMMARY -> summary(api, expected);
            case REQUEST -> {
                // a year without approved reports: the job is queued (302) and finishes at once, with nothing to build
                Response response = api.postForm("/outputs/reports", Map.of("year", String.valueOf(YEAR + 20)));
                assertThat(response.status()).as(response.toString()).isEqualTo(Integer.parseInt(expected));
            }
            case JOB -> page(api.get("/outputs/jobs/" + jobId, "text/html"), expected, "reports.zip");
            case ZIP -> zip(api, expected);
        }
    }

    /** A page: 403 or 404 as the table says, or 200 with (ok) or without (own) this region's text. */
    private static void page(Response response, String expected, String ours) {
        switch (expected) {
            case "ok" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                assertThat(response.body()).contains(ours);
            }
            case "own" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                assertThat(response.body()).doesNotContain(ours);
            }
            default -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(Integer.parseInt(expected));
                assertThat(response.body()).doesNotContain(ours);
            }
        }
    }

    /** What a list (or its export) holds of the unit's evaluations of the year. */
    private void rows(String content, String expected) {
        switch (expected) {
            case "both" -> assertThat(content).contains(sent, draft);
            case "sent" -> assertThat(content).contains(sent).doesNotContain(draft);
            default -> assertThat(content).doesNotContain(sent, draft, theUnit.name());
        }
    }

    private void batch(Api api, String expected) {
        long id = sentToBureau(theUnit, "批量-" + SERIAL.incrementAndGet(), null, YEAR);
        Response response = api.postForm(
                "/evaluations/batch", Map.of("ids", String.valueOf(id), "decision", "APPROVE", "opinion", "同意"));
        boolean refused = !expected.equals("moved") && !expected.equals("kept");
        assertThat(response.status()).as(response.toString()).isEqualTo(refused ? Integer.parseInt(expected) : 302);
        EvaluationStatus now = evaluations
                .view(organisations.account(theUnit.reviewer()), id)
                .row()
                .status();
        assertThat(now)
                .isEqualTo(expected.equals("moved") ? EvaluationStatus.APPROVED : EvaluationStatus.UNIT_APPROVED);
    }

    private void saveCollection(Api api, String expected) {
        String number = "试〔" + SERIAL.incrementAndGet() + "〕号";
        Response response = api.postForm(
                "/collection",
                Map.of(
                        "year", String.valueOf(YEAR + 10),
                        "noticeNumber", number,
                        "title", "通知",
                        "deadline", "2042-03-31",
                        "allUnits", "true"));
        if (expected.equals("saved")) {
            assertThat(response.status()).as(response.toString()).isEqualTo(302);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(Integer.parseInt(expected));
        }
        // whoever saved, the region's own notice of the year is the one its bureau set
        assertThat(rounds.round(organisations.account(theUnit.region().bureau()), YEAR)
                        .orElseThrow()
                        .noticeNumber())
                .isEqualTo(notice);
    }

    private void summary(Api api, String expected) throws IOException {
        long recorded = summariesRecorded();
        Api.Download download = api.download("/outputs/summary.xlsx?year=" + YEAR);
        if (expected.equals("ok") || expected.equals("own")) {
            assertThat(download.status()).isEqualTo(200);
            // the download is in the audit trail (on PostgreSQL a read-only transaction refused to record it)
            assertThat(summariesRecorded()).isEqualTo(recorded + 1);
            String cells = cells(download);
            if (expected.equals("ok")) {
                assertThat(cells).contains(sent, theUnit.name()).doesNotContain(draft);
            } else {
                assertThat(cells).doesNotContain(sent, theUnit.name());
            }
        } else {
            assertThat(download.status()).isEqualTo(Integer.parseInt(expected));
        }
    }

    private long summariesRecorded() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'output.summary_downloaded'")
                .query(Long.class)
                .single();
    }

    private void zip(Api api, String expected) throws IOException {
        Api.Download download = api.download("/outputs/jobs/" + jobId + "/reports.zip");
        if (!expected.equals("ok")) {
            assertThat(download.status()).isEqualTo(Integer.parseInt(expected));
            return;
        }
        assertThat(download.status()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                assertThat(new String(zip.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF-");
            }
        }
        assertThat(entries).containsExactly(theUnit.name() + "-" + APPROVED_YEAR + "年度自评报告.pdf");
    }

    /**
     * The 待办 in the top bar counts what waits for each role: the unit's 填报人 its drafts and returned ones, its
     * 单位审核 what was submitted to it, the region's bureau what was sent to it and not yet approved.
     */
    @Test
    void theTopBarCountsWhatWaitsForEachRole() {
        AccessCast cast = AccessCast.of(organisations, port, "许昌市", "漯河市");
        Unit unit = cast.theUnit();
        importProject(unit, "待办-草稿一", null, YEAR);
        importProject(unit, "待办-草稿二", null, YEAR);
        long submitted = importProject(unit, "待办-已提交", null, YEAR);
        workflow.submit(organisations.account(unit.filler()), submitted, EvaluationKind.PROJECT);
        sentToBureau(unit, "待办-已送审", null, YEAR);

        assertThat(todo(cast.actors().get(Actor.FILLER_OF_THE_UNIT))).isEqualTo("2");
        assertThat(todo(cast.actors().get(Actor.UNIT_REVIEWER_OF_THE_UNIT))).isEqualTo("1");
        assertThat(todo(cast.actors().get(Actor.BUREAU_OF_THE_REGION))).isEqualTo("1");
        assertThat(todo(cast.actors().get(Actor.BUREAU_OF_ANOTHER_REGION))).isEqualTo("0");
        assertThat(cast.actors()
                        .get(Actor.ADMINISTRATOR)
                        .get("/evaluations", "text/html")
                        .body())
                .doesNotContain("id=\"todo\"");
    }

    /** Two requests for the same zip at the same moment find one job, which is built once. */
    @Test
    void theZipOfARegionAndYearIsBuiltOnceWhenAskedForTwice() {
        Api bureau = actors.get(Actor.BUREAU_OF_THE_REGION);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> bureau.postForm("/outputs/reports", Map.of("year", String.valueOf(APPROVED_YEAR))));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(
                () -> bureau.postForm("/outputs/reports", Map.of("year", String.valueOf(APPROVED_YEAR))));
        assertThat(first.join().status()).isEqualTo(302);
        assertThat(second.join().status()).isEqualTo(302);

        List<OutputJob> jobs = archives
                .jobs(organisations.account(theUnit.region().bureau()))
                .stream()
                .filter(job -> job.fiscalYear() == APPROVED_YEAR && job.id() != jobId)
                .toList();
        assertThat(jobs).hasSize(1);
        await().atMost(Duration.ofSeconds(120)).until(() -> !archives.job(
                        organisations.account(theUnit.region().bureau()),
                        jobs.get(0).id())
                .active());
        OutputJob done = archives.job(
                organisations.account(theUnit.region().bureau()), jobs.get(0).id());
        assertThat(done.state()).isEqualTo(OutputJob.State.DONE);
        assertThat(done.done()).isEqualTo(1).isEqualTo(done.total());
    }

    private static String todo(Api api) {
        Matcher badge = Pattern.compile("id=\"todo\".*?class=\"badge[^\"]*\">(\\d+)<", Pattern.DOTALL)
                .matcher(api.get("/evaluations", "text/html").body());
        assertThat(badge.find()).as("a 待办 count in the top bar").isTrue();
        return badge.group(1);
    }

    /** A project of the unit sent to the bureau (submitted by the 填报人, approved by the 单位审核). */
    private long sentToBureau(Unit unit, String name, String goal, int year) {
        long id = importProject(unit, name, goal, year);
        workflow.submit(organisations.account(unit.filler()), id, EvaluationKind.PROJECT);
        workflow.approveForUnit(organisations.account(unit.reviewer()), id, EvaluationKind.PROJECT);
        return id;
    }

    private long importProject(Unit unit, String name, String goal, int year) {
        ObjectNode project = ReportDocument.cleanProject(name, unit.name());
        if (goal != null) {
            ((ObjectNode) project.get("goals")).put("expected", goal);
        }
        var report = ReportDocument.forUnit(unit.name())
                .fiscalYear(year)
                .withProject(project)
                .report();
        return imports.importReport(report, unit.id(), "fixture").projects().get(0);
    }

    /** Every cell of a downloaded workbook as text, or the answer's status where it is not one. */
    private static String cells(Api.Download download) throws IOException {
        if (download.status() != 200) {
            return "status " + download.status();
        }
        StringBuilder out = new StringBuilder();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(download.body()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.append(cell.toString()).append('\t');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}
