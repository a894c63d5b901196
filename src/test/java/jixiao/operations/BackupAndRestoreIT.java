package jixiao.operations;

import static jixiao.integration.Credentials.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jixiao.integration.Api;
import jixiao.integration.ReportDocument;
import jixiao.integration.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code ./jixiao backup} while the server runs (online: through H2's automatic server, from another process), then
 * changes, then {@code ./jixiao restore} with the server stopped: the restored system has exactly what it had at the
 * backup. The data folder, the database and the backup are readable by their owner only. Cost: three starts of the
 * application.
 */
class BackupAndRestoreIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aBackupTakenWhileTheServerRunsRestoresExactlyWhatWasThere() throws Exception {
        Path base = Files.createDirectories(Path.of("target", "it-backup"));
        Path data = Files.createTempDirectory(base, "data-");
        Path log = data.resolveSibling(data.getFileName() + ".log");
        Path backup = data.resolveSibling(data.getFileName() + "-backup.zip");
        String atData = "--JIXIAO_DATA=" + data.toAbsolutePath();
        List<String> before;
        try (ServerProcess server = ServerProcess.start(data, log)) {
            // a new data folder's database and lock file are private from the first start on, not from the second
            assertThat(permissions(data.resolve("jixiao.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(data.resolve("jixiao.lock.db"))).isEqualTo("rw-------");
            Api api = server.api().as("tianbao", DEMO_PASSWORD);
            importOne(api, "备份之前的项目");
            before = evaluations(api);

            Result backedUp = jixiao("backup", "--out", backup.toString(), atData);
            assertThat(backedUp.status()).as(backedUp.err()).isZero();
            assertThat(permissions(backup)).isEqualTo("rw-------");
            Result refused = jixiao("restore", backup.toString(), atData);
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err()).contains("请先停止服务");

            importOne(api, "备份之后的项目");
            assertThat(evaluations(api)).hasSize(before.size() + 1);
            server.stop();
        }

        Result restored = jixiao("restore", backup.toString(), atData);
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("before-restore");

        try (ServerProcess server = ServerProcess.start(data, log)) {
            assertThat(evaluations(server.api().as("tianbao", DEMO_PASSWORD))).isEqualTo(before);
            Result verified = jixiao("audit", "verify", atData);
            assertThat(verified.status()).as(verified.out() + verified.err()).isZero();
        }
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("jixiao.mv.db"))).isEqualTo("rw-------");
    }

    private static void importOne(Api api, String name) {
        Api.Response answer = api.post(
                "/api/evaluations/import",
                ReportDocument.forUnit("三门峡市公共资源交易中心").withCleanProject(name).text());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    /** Each evaluation the filler sees: id, name, version. */
    private static List<String> evaluations(Api api) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : api.get("/api/evaluations").json()) {
            rows.add(row.get("id").asLong() + " " + row.get("name").asText() + " v"
                    + row.get("version").asInt());
        }
        return rows;
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    record Result(int status, String out, String err) {}

    private static Result jixiao(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = jixiao.cli.Jixiao.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
