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

/**
 * output_job, the region-wide jobs run in the background of every kind (the report zips, re-checks): their state in
 * the database, so that any node shows it, claimed by one node under a lease it renews, their finished files stored
 * in parts (output_file_part) so that any node serves them; and the units whose evaluations of a year are all
 * approved.
 */
@Repository
public class OutputJobStore {

    /** A part of a stored file: a value both databases hold and a download keeps in memory at once. */
    static final int PART_SIZE = 1024 * 1024;

    private final JdbcClient jdbc;
    /** This process among the nodes on the database, as output_job.claimed_by names it. */
    private final String thisNode = nodeName();

    OutputJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new queued job; refused by the unique active key while another of the kind, region and year is active.
     *
     * @param detail what the job was asked for beyond region and year, or null
     */
    public long insert(OutputJob.Kind kind, long regionId, int fiscalYear, String detail, String by, LocalDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO output_job (kind, region_id, fiscal_year, status, requested_by, requested_at,"
                        + " active_key, detail) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?)")
                .params(
                        kind.name(),
                        regionId,
                        fiscalYear,
                        by,
                        Timestamp.valueOf(at),
                        activeKey(kind, regionId, fiscalYear),
                        detail)
                .update(key, "id");
        return key.getKey().longValue();
    }

    long insert(long regionId, int fiscalYear, String by, LocalDateTime at) {
        return insert(OutputJob.Kind.REPORTS, regionId, fiscalYear, null, by, at);
    }

    /** The job of the kind, region and year queued or running. */
    public Optional<OutputJob> active(OutputJob.Kind kind, long regionId, int fiscalYear) {
        return jdbc.sql("SELECT * FROM output_job WHERE active_key = ?")
                .param(activeKey(kind, regionId, fiscalYear))
                .query(OutputJobStore::job)
                .optional();
    }

    Optional<OutputJob> active(long regionId, int fiscalYear) {
        return active(OutputJob.Kind.REPORTS, regionId, fiscalYear);
    }

    /** The report zips keep the key they had before there were kinds. */
    private static String activeKey(OutputJob.Kind kind, long regionId, int fiscalYear) {
        String key = regionId + "/" + fiscalYear;
        return kind == OutputJob.Kind.REPORTS ? key : kind.name() + ":" + key;
    }

    public Optional<OutputJob> find(long id) {
        return jdbc.sql("SELECT * FROM output_job WHERE id = ?")
                .param(id)
                .query(OutputJobStore::job)
                .optional();
    }

    /** The jobs of a kind of these regions, latest first. */
    public List<OutputJob> list(OutputJob.Kind kind, List<Long> regionIds) {
        List<Object> params = new ArrayList<>();
        params.add(kind.name());
        params.addAll(regionIds);
        return jdbc.sql("SELECT * FROM output_job WHERE kind = ? AND region_id IN ("
                        + "?, ".repeat(regionIds.size() - 1) + "?) ORDER BY id DESC")
                .params(params)
                .query(OutputJobStore::job)
                .list();
    }

    List<OutputJob> list(long regionId) {
        return list(OutputJob.Kind.REPORTS, List.of(regionId));
    }

    /** The queued jobs of a kind, oldest first: any node may claim them. */
    List<Long> queued(OutputJob.Kind kind) {
        return jdbc.sql("SELECT id FROM output_job WHERE status = 'QUEUED' AND kind = ? ORDER BY id")
                .param(kind.name())
                .query(Long.class)
                .list();
    }

    /** This process among the nodes on the database: who holds a running job. */
    public String thisNode() {
        return thisNode;
    }

    /**
     * Takes a queued job for {@code node} to run it; false when it is not queued any more (another thread or node runs
     * it already). The conditional update is the lock: of two nodes claiming at once, one updates the row.
     */
    public boolean claim(long id, String node) {
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

    public void progress(long id, int done, int total) {
        jdbc.sql("UPDATE output_job SET done = ?, total = ? WHERE id = ?")
                .params(done, total, id)
                .update();
    }

    /** A finished job's file as it is stored: its name among the job's files and where it was built. */
    public record BuiltFile(String name, Path path) {}

    /**
     * Finished: the files are stored in the database in parts (any node serves them) and the job done, in one
     * transaction and only while {@code node} still holds the job; {@code fileName} is what the job's page calls
     * its result, the size is the first file's; {@code message} names what could not be put in it, {@code summary}
     * is the job's page's (each may be null). False when the job was taken from this node meanwhile (its lease ran
     * out): nothing is stored then.
     */
    @Transactional
    public boolean finish(
            long id,
            String node,
            String fileName,
            List<BuiltFile> files,
            String message,
            String summary,
            LocalDateTime at)
            throws IOException {
        int held = jdbc.sql("UPDATE output_job SET status = 'DONE', done = total, file_name = ?, size = ?, message = ?,"
                        + " summary = ?, finished_at = ?, active_key = NULL"
                        + " WHERE id = ? AND status = 'RUNNING' AND claimed_by = ?")
                .params(fileName, Files.size(files.get(0).path()), message, summary, Timestamp.valueOf(at), id, node)
                .update();
        if (held != 1) {
            return false;
        }
        for (BuiltFile file : files) {
            try (InputStream in = Files.newInputStream(file.path())) {
                int part = 0;
                for (byte[] bytes = in.readNBytes(PART_SIZE); bytes.length > 0; bytes = in.readNBytes(PART_SIZE)) {
                    jdbc.sql("INSERT INTO output_file_part (job_id, name, part, content) VALUES (?, ?, ?, ?)")
                            .params(id, file.name(), part++, bytes)
                            .update();
                }
            }
        }
        return true;
    }

    /** A report zip finished: its one file stored (see above). */
    boolean finish(long id, String node, Path file, String message, LocalDateTime at) throws IOException {
        return finish(id, node, "reports-" + id + ".zip", List.of(new BuiltFile(ZIP, file)), message, null, at);
    }

    /** The name of a report zip among its job's files. */
    static final String ZIP = "zip";

    /** Writes a finished job's file to {@code out}, one part in memory at a time. */
    void copyFile(long id, OutputStream out) throws IOException {
        copyFile(id, ZIP, out);
    }

    /** Whether a job has a stored file of this name. */
    public boolean hasFile(long id, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM output_file_part WHERE job_id = ? AND name = ?")
                        .params(id, name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Writes the job's file of this name to {@code out}, one part in memory at a time. */
    public void copyFile(long id, String name, OutputStream out) throws IOException {
        int parts = jdbc.sql("SELECT COUNT(*) FROM output_file_part WHERE job_id = ? AND name = ?")
                .params(id, name)
                .query(Integer.class)
                .single();
        for (int part = 0; part < parts; part++) {
            out.write(jdbc.sql("SELECT content FROM output_file_part WHERE job_id = ? AND name = ? AND part = ?")
                    .params(id, name, part)
                    .query(byte[].class)
                    .single());
        }
    }

    public void fail(long id, String message, LocalDateTime at) {
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
                OutputJob.Kind.valueOf(rs.getString("kind")),
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
                finished == null ? null : finished.toLocalDateTime(),
                rs.getString("detail"),
                rs.getString("summary"));
    }

    /** The host, the process and a random part: unique among nodes, and readable in output_job.claimed_by. */
    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown";
        }
        return host + "/" + ProcessHandle.current().pid() + "/"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
