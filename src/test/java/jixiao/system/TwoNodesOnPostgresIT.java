package jixiao.system;

import static jixiao.integration.Credentials.ADMIN_PASSWORD;
import static jixiao.integration.Credentials.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.PostgresDatabase;
import jixiao.integration.ServerProcess;
import jixiao.scoring.UnitFramework;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application nodes ({@code jixiao.jar serve}, separate processes that share nothing but the database) on one
 * PostgreSQL, as a province runs them behind a reverse proxy without sticky sessions (docs/operations.md, "Scale"). They
 * start at the same moment on an empty database; a session begun on one continues on the other; saves through both
 * keep the version check; a framework or rule set activated on one is used by the other at once; a background job
 * requested on both runs once and its file is served by the node that did not build it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresIT {

    private static final String HTML = "text/html";
    /** A year of its own for the background job: the seed's projects stay 2021. */
    private static final int JOB_YEAR = 2030;

    @TempDir
    static Path folder;

    private String jdbcUrl;
    private ServerProcess a;
    private ServerProcess b;

    @BeforeAll
    void startTwoNodesAtOnce() throws Exception {
        String database = PostgresDatabase.newDatabase();
        jdbcUrl = PostgresDatabase.jdbcUrl(database);
        Map<String, String> shared =
                Map.of("JIXIAO_DB_URL", jdbcUrl, "JIXIAO_DB_USER", "postgres", "JIXIAO_DB_PASSWORD", "");
        // at the same moment on an empty database: the start lock lets one node do the first start
        CompletableFuture<ServerProcess> first = CompletableFuture.supplyAsync(() -> node("a", shared));
        CompletableFuture<ServerProcess> second = CompletableFuture.supplyAsync(() -> node("b", shared));
        a = first.join();
        b = second.join();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void theFirstStartIsDoneOnceThoughBothNodesStartedTogether() throws SQLException {
        assertThat(number("SELECT COUNT(*) FROM account WHERE username = 'admin'"))
                .isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM unit_framework WHERE active = TRUE"))
                .isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM budget_unit WHERE name = '三门峡市公共资源交易中心'"))
                .isEqualTo(1);
    }

    @Test
    void aSessionBegunOnOneNodeContinuesOnTheOtherWithItsLanguageAndCsrfToken() throws SQLException {
        Api onA = Api.signedIn(a.port(), "tianbao", DEMO_PASSWORD);
        Api onB = onA.at(b.port());

        Response list = onB.get("/evaluations", HTML);
        assertThat(list.status()).as("signed in on A, the same cookie on B").isEqualTo(200);
        assertThat(list.body()).contains("赵雪梅");
        assertThat(number("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'tianbao'"))
                .isPositive();
        byte[] hash = text("SELECT password_hash FROM account WHERE username = 'tianbao'")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(sessionAttributes())
                .as("the session in the database keeps no copy of the password hash")
                .noneSatisfy(bytes -> assertThat(indexOf(bytes, hash)).isNotNegative());

        assertThat(onA.get("/evaluations?lang=en", HTML).status()).isEqualTo(200);
        assertThat(onB.get("/evaluations", HTML).body())
                .as("the language chosen on A")
                .contains("Sign out");

        // a form of node A's page posted to node B: the CSRF token is the session's, wherever it is
        String token = onA.csrfToken("/evaluations");
        Response signedOut = onB.postForm("/logout", Map.of("_csrf", token));
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.header("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/login"));
        assertThat(onA.get("/evaluations", HTML).status())
                .as("signed out on B, the session is gone on A too")
                .isEqualTo(302);
    }

    @Test
    void concurrentSavesThroughBothNodesKeepTheVersionCheck() {
        Api fillerOnA = Api.anonymous(a.port()).as("tianbao", DEMO_PASSWORD);
        Api fillerOnB = fillerOnA.at(b.port());
        long id = seed(fillerOnA, "专家评审费");
        for (int round = 0; round < 5; round++) {
            JsonNode opened = ok(fillerOnA.get("/api/evaluations/" + id)).json();
            int version = opened.path("version").asInt();
            ObjectNode throughA = change(version, opened.path("project"), "经节点甲保存 " + round);
            ObjectNode throughB = change(version, opened.path("project"), "经节点乙保存 " + round);

            CompletableFuture<Response> savedOnA =
                    CompletableFuture.supplyAsync(() -> fillerOnA.put("/api/evaluations/" + id, throughA));
            CompletableFuture<Response> savedOnB =
                    CompletableFuture.supplyAsync(() -> fillerOnB.put("/api/evaluations/" + id, throughB));
            Response onA = savedOnA.join();
            Response onB = savedOnB.join();

            assertThat(List.of(onA.status(), onB.status()))
                    .as("one save wins, the other is refused: " + onA + " / " + onB)
                    .containsExactlyInAnyOrder(200, 409);
            Response refused = onA.status() == 409 ? onA : onB;
            assertThat(refused.json().path("error").asText()).isEqualTo("version-conflict");
            String winner = onA.status() == 200 ? "经节点甲保存 " + round : "经节点乙保存 " + round;
            JsonNode now = ok(fillerOnB.get("/api/evaluations/" + id)).json();
            assertThat(now.path("version").asInt()).isEqualTo(version + 1);
            assertThat(now.at("/project/indicators/0/deviationReason").asText()).isEqualTo(winner);
        }
    }

    @Test
    void aFrameworkSavedAndActivatedOnOneNodeScoresOnTheOtherAtOnce() {
        Api fillerOnB = Api.anonymous(b.port()).as("tianbao", DEMO_PASSWORD);
        long draft = ok(fillerOnB.get("/api/unit-evaluations"))
                .json()
                .get(0)
                .path("id")
                .asLong();
        // read on B first, so that whatever B keeps in memory is warm
        assertThat(weight(ok(fillerOnB.get("/api/unit-evaluations/" + draft)).json(), "重点工作计划完成率"))
                .isEqualTo("15");

        Api adminOnA = Api.anonymous(a.port()).as("admin", ADMIN_PASSWORD);
        StringBuilder form = new StringBuilder("version=" + encode("节点-" + System.nanoTime()));
        for (UnitFramework.Item item : UnitFramework.defaults().items()) {
            String weight =
                    switch (item.name()) {
                        case "重点工作计划完成率" -> "20";
                        case "履职效益" -> "20";
                        default -> item.weight().toString();
                    };
            form.append("&weight=").append(encode(weight));
        }
        assertThat(adminOnA.postFormBody("/admin/frameworks/edit", form.toString())
                        .status())
                .isEqualTo(302);

        assertThat(weight(ok(fillerOnB.get("/api/unit-evaluations/" + draft)).json(), "重点工作计划完成率"))
                .isEqualTo("20");
    }

    @Test
    void aRuleSetLoadedOnOneNodeScoresOnTheOtherAtOnce() throws IOException {
        Api fillerOnB = Api.anonymous(b.port()).as("tianbao", DEMO_PASSWORD);
        long id = seed(fillerOnB, "交易平台建设及电子化建设");
        assertThat(ok(fillerOnB.get("/api/evaluations/" + id))
                        .json()
                        .at("/ruleSet/version")
                        .asText())
                .doesNotContain("NODES");

        ObjectNode rules;
        try (var in = TwoNodesOnPostgresIT.class.getResourceAsStream("/rules/default.json")) {
            rules = (ObjectNode) Api.JSON.readTree(in);
        }
        rules.put("version", "NODES-1");
        rules.put("executionWeight", 20);
        ((ObjectNode) rules.path("level1Weights")).put("产出", 40);
        Api adminOnA = Api.anonymous(a.port()).as("admin", ADMIN_PASSWORD);
        Response loaded =
                // the national root of the seed's year on (a root chosen without a year is the evaluated year's)
                adminOnA.postFile(
                        "/admin/rule-sets?fromYear=2021", "file", "nodes.json", Api.JSON.writeValueAsBytes(rules));
        assertThat(loaded.status()).isEqualTo(302);

        JsonNode rescored = ok(fillerOnB.get("/api/evaluations/" + id)).json();
        assertThat(rescored.at("/ruleSet/version").asText()).contains("NODES-1");
    }

    @Test
    void aBackgroundJobRequestedOnBothNodesRunsOnceAndItsFileIsServedByTheOther() throws Exception {
        Api fillerOnA = Api.anonymous(a.port()).as("tianbao", DEMO_PASSWORD);
        long seed = seed(fillerOnA, "办公用房取暖");
        ObjectNode document = (ObjectNode) Api.JSON.readTree(
                ok(fillerOnA.get("/api/evaluations/" + seed + "/export")).body());
        document.put("fiscalYear", JOB_YEAR);
        Response imported = fillerOnA.post("/api/evaluations/import", document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long project = imported.json().path("ids").path(0).asLong();
        String url = "/api/evaluations/" + project;
        for (JsonNode finding : ok(fillerOnA.get(url)).json().path("findings")) {
            if (finding.path("severity").asText().equals("error")) {
                ok(fillerOnA.post(
                        url + "/explanations", Map.of("key", finding.path("key").asText(), "explanation", "已核实")));
            }
        }
        ok(fillerOnA.post(url + "/submit"));
        ok(Api.anonymous(b.port()).as("danwei", DEMO_PASSWORD).post(url + "/unit-approval"));
        Api bureauOnA = Api.anonymous(a.port()).as("caizheng", DEMO_PASSWORD);
        Api bureauOnB = bureauOnA.at(b.port());
        ok(bureauOnA.post(url + "/approval", Map.of("opinion", "同意")));

        Map<String, String> year = Map.of("year", String.valueOf(JOB_YEAR));
        CompletableFuture<Response> requestedOnA =
                CompletableFuture.supplyAsync(() -> bureauOnA.postForm("/outputs/reports", year));
        CompletableFuture<Response> requestedOnB =
                CompletableFuture.supplyAsync(() -> bureauOnB.postForm("/outputs/reports", year));
        assertThat(requestedOnA.join().status()).isEqualTo(302);
        assertThat(requestedOnB.join().status()).isEqualTo(302);

        assertThat(number("SELECT COUNT(*) FROM output_job WHERE fiscal_year = " + JOB_YEAR))
                .as("requested on both nodes at once: one job")
                .isEqualTo(1);
        long job = number("SELECT id FROM output_job WHERE fiscal_year = " + JOB_YEAR);
        // any node shows the progress; the job ends within a bound (one unit's PDF)
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> bureauOnB.get("/outputs", HTML).body().contains("/outputs/jobs/" + job + "/reports.zip"));
        String builtBy = text("SELECT claimed_by FROM output_job WHERE id = " + job);
        assertThat(text("SELECT status FROM output_job WHERE id = " + job)).isEqualTo("DONE");
        boolean builtOnA = builtBy.contains("/" + a.pid() + "/");
        assertThat(builtOnA || builtBy.contains("/" + b.pid() + "/"))
                .as("built by one of the nodes: " + builtBy)
                .isTrue();

        Api.Download zip = (builtOnA ? bureauOnB : bureauOnA).download("/outputs/jobs/" + job + "/reports.zip");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Length")).hasValue(String.valueOf(zip.body().length));
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF-");
            }
        }
        assertThat(entries).containsExactly("三门峡市公共资源交易中心-" + JOB_YEAR + "年度自评报告.pdf");
        assertThat(Files.exists(folder.resolve("a").resolve("outputs").resolve("reports-" + job + ".zip")))
                .as("nothing is left on a node's disk: the file is in the database")
                .isFalse();
    }

    private ServerProcess node(String name, Map<String, String> settings) {
        try {
            Path data = Files.createDirectories(folder.resolve(name));
            return ServerProcess.start(data, folder.resolve(name + ".log"), settings);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    private List<byte[]> sessionAttributes() throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT attribute_bytes FROM spring_session_attributes")) {
            while (rows.next()) {
                values.add(rows.getBytes(1));
            }
        }
        return values;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static ObjectNode change(int version, JsonNode project, String reason) {
        ObjectNode changed = project.deepCopy();
        ((ObjectNode) changed.path("indicators").path(0)).put("deviationReason", reason);
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("version", version);
        body.set("project", changed);
        return body;
    }

    private static String weight(JsonNode evaluation, String name) {
        for (JsonNode item : evaluation.at("/assessment/items")) {
            if (item.path("name").asText().equals(name)) {
                return item.path("weight").decimalValue().stripTrailingZeros().toPlainString();
            }
        }
        throw new AssertionError("no item " + name + " in " + evaluation.at("/assessment/items"));
    }

    /** A seed project of the demo unit (each test its own, as they run in any order on one database). */
    private static long seed(Api filler, String name) {
        for (JsonNode row : ok(filler.get("/api/evaluations?year=2021")).json()) {
            if (row.path("name").asText().equals(name)) {
                return row.path("id").asLong();
            }
        }
        throw new AssertionError("no seed evaluation " + name);
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
