package jixiao.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** output_job and the stored files (output_file_part), and the units whose evaluations of a year are all approved. */
@Repository
class OutputJobStore {

    /** A part of a stored file: a value both databases hold and a download keeps in memory at once. */
    static final int PART_SIZE = 1024 * 1024;

    private final JdbcClient jdbc;

    OutputJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new queued job; refused by the unique active key while another of the region and year is active. */
    long insert(long regionId, int fiscalYear, String by, LocalDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO output_job (region_id, fiscal_year, status, requested_by, requested_at, active_key)"
                        + " VALUES (?, ?, 'QUEUED', ?, ?, ?)")
                .params(regionId, fiscalYear, by, Timestamp.valueOf(at), regionId + "/" + fiscalYear)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<OutputJob> active(long regionId, int fiscalYear) {
        return jdbc.sql("SELECT * FROM output_job WHERE active_key = ?")
                .param(regionId + "/" + fiscalYear)
                .query(OutputJobStore::job)
                .optional();
    }

    Optional<OutputJob> find(long id) {
        return jdbc.sql("SELECT * FROM output_job WHERE id = ?")
                .param(id)
                .query(OutputJobStore::job)
                .optional();
    }

    List<OutputJob> list(long regionId) {
        return jdbc.sql("SELECT * FROM output_job WHERE region_id = ? ORDER BY id DESC")
                .param(regionId)
                .query(OutputJobStore::job)
                .list();
    }

    /** The queued jobs, oldest first: any node may claim them. */
    List<Long> queued() {
        return jdbc.sql("SELECT id FROM output_job WHERE status = 'QUEUED' ORDER BY id")
                .query(Long.class)
                .list();
    }

    /**
     * Takes a queued job for {@code node} to run it; false when it is not queued any more (another thread or node runs
     * it already). The conditional update is the lock: of two nodes claiming at once, one updates the row.
     */
    boolean claim(long id, String node) {
        return jdbc.sql("UPDATE output_job SET status = 'RUNNING', claimed_by = ?, heartbeat_at = LOCALTIMESTAMP"
                                + " WHERE id = ? AND status = 'QUEUED'")
                        .params(node, id)
                        .update()
                == 1;
    }

    /** The node still runs its jobs: their lease starts again (the database's clock, which every node shares). */
    void renew(String node) {
        jdbc.sql("UPDATE output_job SET heartbeat_at = LOCALTIMESTAMP WHERE claimed_by = ? AND status = 'RUNNING'")
                .param(node)
                .update();
    }

    /**
     * Fails the running jobs whose node has not renewed their lease for {@code leaseSeconds}: it stopped (or lost the
     * database) while building them. A row from before V91 has no heartbeat and is failed too. Returns how many.
     */
    int failAbandoned(int leaseSeconds, String message, LocalDateTime at) {
        return jdbc.sql("UPDATE output_job SET status = 'FAILED', message = ?, finished_at = ?, active_key = NULL"
                        + " WHERE status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < LOCALTIMESTAMP - INTERVAL '"
                        + leaseSeconds + "' SECOND)")
                .params(message, Timestamp.valueOf(at))
                .update();
    }

    void progress(long id, int done, int total) {
        jdbc.sql("UPDATE output_job SET done = ?, total = ? WHERE id = ?")
                .params(done, total, id)
                .update();
    }

    /**
     * Finished: the file is stored in the database in parts (any node serves it) and the job done, in one transaction
     * and only while this node still holds the job; {@code message} names what could not be put in it, or is null.
     * False when the job was taken from this node meanwhile (its lease ran out): nothing is stored then.
     */
    @Transactional
    public boolean finish(long id, String node, Path file, String message, LocalDateTime at) throws IOException {
        int held = jdbc.sql("UPDATE output_job SET status = 'DONE', done = total, file_name = ?, size = ?, message = ?,"
                        + " finished_at = ?, active_key = NULL WHERE id = ? AND status = 'RUNNING' AND claimed_by = ?")
                .params("reports-" + id + ".zip", Files.size(file), message, Timestamp.valueOf(at), id, node)
                .update();
        if (held != 1) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int part = 0;
            for (byte[] bytes = in.readNBytes(PART_SIZE); bytes.length > 0; bytes = in.readNBytes(PART_SIZE)) {
                jdbc.sql("INSERT INTO output_file_part (job_id, part, content) VALUES (?, ?, ?)")
                        .params(id, part++, bytes)
                        .update();
            }
        }
        return true;
    }

    /** Writes a finished job's file to {@code out}, one part in memory at a time. */
    void copyFile(long id, OutputStream out) throws IOException {
        int parts = jdbc.sql("SELECT COUNT(*) FROM output_file_part WHERE job_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        for (int part = 0; part < parts; part++) {
            out.write(jdbc.sql("SELECT content FROM output_file_part WHERE job_id = ? AND part = ?")
                    .params(id, part)
                    .query(byte[].class)
                    .single());
        }
    }

    void fail(long id, String message, LocalDateTime at) {
        jdbc.sql(
                        "UPDATE output_job SET status = 'FAILED', message = ?, finished_at = ?, active_key = NULL WHERE id = ?")
                .params(message, Timestamp.valueOf(at), id)
                .update();
    }

    /** A unit whose report of the year is approved: every evaluation of the year (at least one project) 已审核. */
    record ApprovedUnit(long id, String name) {}

    List<ApprovedUnit> approvedUnits(List<Long> regionIds, int fiscalYear) {
        List<Object> params = new ArrayList<>();
        params.add(fiscalYear);
        params.addAll(regionIds);
        return jdbc.sql("SELECT u.id, u.name FROM budget_unit u JOIN project_evaluation e ON e.unit_id = u.id"
                        + " AND e.fiscal_year = ? WHERE u.region_id IN (" + "?, ".repeat(regionIds.size() - 1) + "?)"
                        + " GROUP BY u.id, u.name"
                        + " HAVING SUM(CASE WHEN e.status = 'APPROVED' THEN 0 ELSE 1 END) = 0"
                        + " AND SUM(CASE WHEN e.kind = 'PROJECT' THEN 1 ELSE 0 END) > 0 ORDER BY u.name, u.id")
                .params(params)
                .query((rs, n) -> new ApprovedUnit(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    private static OutputJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new OutputJob(
                rs.getLong("id"),
                rs.getLong("region_id"),
                rs.getInt("fiscal_year"),
                OutputJob.State.valueOf(rs.getString("status")),
                rs.getInt("done"),
                rs.getInt("total"),
                rs.getString("file_name"),
                (Long) rs.getObject("size", Long.class),
                rs.getString("message"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toLocalDateTime(),
                finished == null ? null : finished.toLocalDateTime());
    }
}
