package jixiao.output;

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

/**
 * output_job, the region-wide jobs run in the background of every kind (the report zips, re-checks): their state in
 * the database, so that any node shows it; and the units whose evaluations of a year are all approved.
 */
@Repository
public class OutputJobStore {

    private final JdbcClient jdbc;

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

    /** Jobs of a kind left queued or running (by a server that stopped). */
    public List<OutputJob> unfinished(OutputJob.Kind kind) {
        return jdbc.sql("SELECT * FROM output_job WHERE active_key IS NOT NULL AND kind = ? ORDER BY id")
                .param(kind.name())
                .query(OutputJobStore::job)
                .list();
    }

    List<OutputJob> unfinished() {
        return unfinished(OutputJob.Kind.REPORTS);
    }

    /** Takes a queued job to run it; false when it is not queued any more (someone runs it already). */
    public boolean claim(long id) {
        return jdbc.sql("UPDATE output_job SET status = 'RUNNING' WHERE id = ? AND status = 'QUEUED'")
                        .param(id)
                        .update()
                == 1;
    }

    public void progress(long id, int done, int total) {
        jdbc.sql("UPDATE output_job SET done = ?, total = ? WHERE id = ?")
                .params(done, total, id)
                .update();
    }

    /** Finished: the file is there; {@code message} names what could not be put in it, or is null. */
    void finish(long id, String fileName, long size, String message, LocalDateTime at) {
        finish(id, fileName, size, message, null, at);
    }

    /** Finished, with a summary for the job's page (or null). */
    public void finish(long id, String fileName, long size, String message, String summary, LocalDateTime at) {
        jdbc.sql("UPDATE output_job SET status = 'DONE', done = total, file_name = ?, size = ?, message = ?,"
                        + " summary = ?, finished_at = ?, active_key = NULL WHERE id = ?")
                .params(fileName, size, message, summary, Timestamp.valueOf(at), id)
                .update();
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
}
