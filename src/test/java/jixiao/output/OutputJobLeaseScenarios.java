package jixiao.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lock of background work across nodes: a job's row, claimed by a conditional update and held by a lease the
 * claiming node renews (V91). Two nodes are two node names here; TwoNodesOnPostgresIT runs two real node processes.
 */
abstract class OutputJobLeaseScenarios {

    /** Years of their own, one per job, so that the unique active key never meets another test's job. */
    private static final AtomicInteger YEARS = new AtomicInteger(2500 + new Random().nextInt(5000));

    @Autowired
    OutputJobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path folder;

    @Test
    void aClaimedJobIsNotClaimedAgainByAnotherNode() {
        long job = claimed("node-1");

        assertThat(store.claim(job, "node-2")).isFalse();
        assertThat(claimedBy(job)).isEqualTo("node-1");
    }

    @Test
    void aJobWhoseNodeStoppedRenewingIsFailedAndItsNodeCanNoLongerFinishIt() throws Exception {
        long abandoned = claimed("node-1");
        long renewed = claimed("node-2");
        ageHeartbeat(abandoned);
        // aged and renewed in one transaction, so that the application's own sweep never sees it aged
        transaction.executeWithoutResult(status -> {
            ageHeartbeat(renewed);
            store.renew("node-2");
        });

        store.failAbandoned(60, "服务器中断", LocalDateTime.now());

        assertThat(status(abandoned)).isEqualTo("FAILED");
        assertThat(status(renewed)).as("its node renewed the lease").isEqualTo("RUNNING");
        Path file = Files.write(folder.resolve("late.zip"), new byte[] {1, 2, 3});
        assertThat(store.finish(abandoned, "node-1", file, null, LocalDateTime.now()))
                .as("the job was taken from node-1")
                .isFalse();
        assertThat(parts(abandoned)).isZero();
        assertThat(status(abandoned)).isEqualTo("FAILED");
    }

    @Test
    void aFinishedFileIsStoredInPartsAndReadBackWhole() throws Exception {
        long job = claimed("node-1");
        byte[] content = new byte[OutputJobStore.PART_SIZE * 2 + 12345];
        new Random(7).nextBytes(content);
        Path file = Files.write(folder.resolve("reports.zip"), content);

        assertThat(store.finish(job, "node-1", file, null, LocalDateTime.now())).isTrue();

        assertThat(parts(job)).isEqualTo(3);
        assertThat(status(job)).isEqualTo("DONE");
        assertThat(store.find(job).orElseThrow().size()).isEqualTo(content.length);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        store.copyFile(job, read);
        assertThat(read.toByteArray()).isEqualTo(content);
    }

    /**
     * A job queued and claimed in one transaction: the application's own sweep (it runs in this context) never sees it
     * queued, so the claim here is the one that counts.
     */
    private long claimed(String node) {
        return transaction.execute(status -> {
            long region =
                    jdbc.sql("SELECT MIN(id) FROM region").query(Long.class).single();
            long id = store.insert(region, YEARS.incrementAndGet(), "lease-test", LocalDateTime.now());
            assertThat(store.claim(id, node)).isTrue();
            return id;
        });
    }

    private void ageHeartbeat(long job) {
        jdbc.sql("UPDATE output_job SET heartbeat_at = LOCALTIMESTAMP - INTERVAL '120' SECOND WHERE id = ?")
                .param(job)
                .update();
    }

    private String status(long job) {
        return column("status", job);
    }

    private String claimedBy(long job) {
        return column("claimed_by", job);
    }

    private String column(String column, long job) {
        return jdbc.sql("SELECT " + column + " FROM output_job WHERE id = ?")
                .param(job)
                .query(String.class)
                .single();
    }

    private int parts(long job) {
        return jdbc.sql("SELECT COUNT(*) FROM output_file_part WHERE job_id = ?")
                .param(job)
                .query(Integer.class)
                .single();
    }
}
