package jixiao.audit;

import static jixiao.integration.Credentials.AUDITOR_PASSWORD;
import static jixiao.integration.Credentials.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jixiao.cli.Jixiao;
import jixiao.integration.Api;
import jixiao.integration.Api.Download;
import jixiao.integration.Evaluations;
import jixiao.integration.Organisations;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail over HTTP and the database, on H2 and PostgreSQL: failed sign-ins are kept with the account tried,
 * the address and the time; downloads by the finance bureau are kept; concurrent appends form one unbroken chain; an
 * entry altered in the database is found by {@code ./jixiao audit verify} (run against the test's database), which
 * names the entry and what broke; the auditor filters, pages and exports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditTrailScenarios {

    static final String HTML = "text/html,application/xhtml+xml";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditEntries entries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    jixiao.organisation.BudgetUnits units;

    @Autowired
    jixiao.account.Accounts accounts;

    @Autowired
    jixiao.evaluation.Imports imports;

    @Autowired
    jixiao.evaluation.Workflow workflow;

    /** A clean project of a unit of the demo region, sent to its bureau (made once). */
    private Long sentProject;

    @Test
    void aFailedSignInIsKeptWithTheAccountTriedTheAddressAndTheTime() {
        Api.anonymous(port).from("192.0.2.44").as("nobody-audit", "wrong").get("/api/evaluations");

        List<AuditEntry> found = entries.page(new AuditQuery(null, null, "nobody-audit", "login.failed", false), 0, 10);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).address()).isEqualTo("192.0.2.44");
        assertThat(found.get(0).at()).isNotNull();
        assertThat(found.get(0).success()).isFalse();
    }

    @Test
    void aDocumentTheFinanceBureauDownloadsIsKept() {
        long before = entries.count(new AuditQuery(null, null, "caizheng", AuditActions.DOCUMENT_DOWNLOADED, null));
        long id = sentProject();

        Download xlsx =
                Api.anonymous(port).as("caizheng", DEMO_PASSWORD).download("/evaluations/" + id + "/document.xlsx");

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(entries.count(new AuditQuery(null, null, "caizheng", AuditActions.DOCUMENT_DOWNLOADED, null)))
                .isEqualTo(before + 1);
    }

    /**
     * Every way the finance bureau takes a unit's data or a region's list out of the system is kept: the JSON exports
     * of the API and of the pages, the 审核意见书, the lists and the 复核 results (the 自评表 and the report are
     * above). Before, only the page downloads of documents were kept.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/evaluations/{id}/export",
                "/evaluations/{id}/download",
                "/api/unit-evaluations/{unitEvaluation}/export",
                "/unit-evaluations/{unitEvaluation}/download",
                "/evaluations/{id}/review-opinion.docx",
                "/units/{unit}/{year}/review-opinion.pdf",
                "/evaluations/export.xlsx",
                "/review/results.xlsx?year={year}"
            })
    void everyDownloadOfTheFinanceBureauIsKept(String path) {
        Api bureau = Api.anonymous(port).as("caizheng", DEMO_PASSWORD);
        // what the demo's units sent to the bureau (it sees nothing else): a project, and the demo unit's whole-unit
        // evaluation, sent by its 单位审核
        long id = sentProject();
        long unitEvaluation = sentUnitEvaluation();
        long unit = jdbc.sql("SELECT unit_id FROM project_evaluation WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
        int year = jdbc.sql("SELECT fiscal_year FROM project_evaluation WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        String resolved = path.replace("{id}", String.valueOf(id))
                .replace("{unitEvaluation}", String.valueOf(unitEvaluation))
                .replace("{unit}", String.valueOf(unit))
                .replace("{year}", String.valueOf(year));
        long before = actsOf("caizheng");

        Download download = bureau.download(resolved);

        assertThat(download.status()).as(resolved).isEqualTo(200);
        assertThat(actsOf("caizheng")).as(resolved).isEqualTo(before + 1);
    }

    /** A project a unit of the demo region sent to the bureau (单位已审核): the bureau sees nothing else. */
    private long sentProject() {
        if (sentProject == null) {
            Organisations organisations = new Organisations(units, accounts);
            Organisations.Region demo =
                    new Organisations.Region(organisations.account("caizheng").regionId(), "三门峡市", "caizheng");
            Organisations.Unit unit = organisations.unit(demo, "三门峡市档案馆");
            sentProject = new Evaluations(imports, workflow, organisations).sentToBureau(unit, "档案数字化", 2021);
        }
        return sentProject;
    }

    /**
     * The demo unit's whole-unit evaluation (the seed's, loaded first), sent to the bureau: its 单位审核 explains its
     * errors and submits it, which sends it on (once; later calls find it sent).
     */
    private long sentUnitEvaluation() {
        long id = jdbc.sql("SELECT id FROM project_evaluation WHERE kind = 'UNIT' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        Api reviewer = Api.anonymous(port).as("danwei", DEMO_PASSWORD);
        String base = "/api/unit-evaluations/" + id;
        if (reviewer.get(base).json().path("status").asText().equals("DRAFT")) {
            reviewer.get(base + "/findings").json().forEach(finding -> {
                if (finding.path("severity").asText().equals("error")) {
                    reviewer.post(
                            base + "/explanations",
                            java.util.Map.of("key", finding.path("key").asText(), "explanation", "已核实（审计测试）"));
                }
            });
            assertThat(reviewer.post(base + "/submit").status()).isEqualTo(200);
        }
        return id;
    }

    /** The entries of an actor other than its sign-ins (every HTTP Basic request is one). */
    private long actsOf(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action <> 'login'")
                .param(actor)
                .query(Long.class)
                .single();
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int n = i;
                appends.add(threads.submit(
                        () -> trail.record(AuditRecord.done("concurrency", "test.append", "n" + n, null))));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            threads.shutdown();
        }

        AuditChain.Verification verification = chain.verify();
        assertThat(verification.breaks()).isEmpty();
        assertThat(entries.count(new AuditQuery(null, null, "concurrency", null, null)))
                .isEqualTo(120);
    }

    @Test
    void anEntryAlteredInTheDatabaseIsFoundByAuditVerifyWithItsIdAndWhatBroke() {
        trail.record(AuditRecord.done("tamper-test", "test.append", "账号 x", "原文"));
        AuditEntry entry = entries.page(new AuditQuery(null, null, "tamper-test", null, null), 0, 1)
                .get(0);
        assertThat(verify().status()).isZero();

        jdbc.sql("UPDATE audit_entry SET detail = ? WHERE id = ?")
                .params("改过的", entry.id())
                .update();
        try {
            Result broken = verify();

            assertThat(broken.status()).isEqualTo(1);
            assertThat(broken.out())
                    .contains("条目 id=" + entry.id() + "（序号 " + entry.seq() + "）的内容与其散列值不符")
                    .contains("审计日志被改动");
        } finally {
            jdbc.sql("UPDATE audit_entry SET detail = ? WHERE id = ?")
                    .params("原文", entry.id())
                    .update();
        }
        assertThat(verify().status()).isZero();
    }

    @Test
    void theAuditorFiltersPagesAndExports() throws Exception {
        for (int i = 0; i < 60; i++) {
            trail.record(AuditRecord.failed("page-test", "test.page", "n" + i, null));
        }
        Api auditor = Api.anonymous(port).as("auditor", AUDITOR_PASSWORD);

        String first =
                auditor.get("/audit?actor=page-test&outcome=failure", HTML).body();
        assertThat(first).contains("共 60 条").contains("第 1 页，共 2 页").contains("id=\"audit-next\"");
        String second = auditor.get("/audit?actor=page-test&outcome=failure&page=1", HTML)
                .body();
        assertThat(second).contains("第 2 页，共 2 页").doesNotContain("id=\"audit-next\"");
        assertThat(auditor.get("/audit?actor=page-test&outcome=success", HTML).body())
                .contains("共 0 条");

        Download export = auditor.download("/audit/export.xlsx?actor=page-test");
        assertThat(export.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            // the title, the headings, then the 60 entries
            assertThat(sheet.getLastRowNum()).isEqualTo(61);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("操作人");
            Row newest = sheet.getRow(2);
            assertThat(newest.getCell(2).getStringCellValue()).isEqualTo("page-test");
            assertThat(newest.getCell(5).getStringCellValue()).isEqualTo("n59");
            assertThat(newest.getCell(8).getStringCellValue()).hasSize(64);
        }
        assertThat(auditor.get("/audit/verify", HTML).body()).contains("审计日志完整");
    }

    @Test
    void theSourcesNeverUpdateOrDeleteAnEntry() throws Exception {
        List<String> offending = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = java.nio.file.Files.readString(file).toUpperCase(java.util.Locale.ROOT);
                // the migration that chained the entries written before the chain filled in empty columns
                if (file.endsWith("ChainOfEarlierEntries.java")) {
                    continue;
                }
                if (text.contains("UPDATE AUDIT_ENTRY") || text.contains("DELETE FROM AUDIT_ENTRY")) {
                    offending.add(file.toString());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    record Result(int status, String out, String err) {}

    /** {@code ./jixiao audit verify} against this test's database. */
    private Result verify() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Jixiao.run(
                new String[] {
                    "audit",
                    "verify",
                    "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", "")
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
