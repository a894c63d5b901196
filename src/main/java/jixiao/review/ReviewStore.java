package jixiao.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.RowKind;
import jixiao.evaluation.Scope;
import jixiao.review.DeductionEntry.AppliesTo;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The review's tables (deduction_scale, deduction_entry, recheck, recheck_score, review_comment) with explicit SQL,
 * and the read-only query of the 复核 results over the evaluations of a region and year.
 */
@Repository
class ReviewStore {

    /** Rows fetched at a time by a streamed query (PostgreSQL otherwise reads a whole result into memory). */
    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    ReviewStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(template.getDataSource());
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
    }

    // ---- deduction scales

    /** Who published a region's own scale and when, or empty where the region has none. */
    record Published(long regionId, LocalDateTime at, String by) {}

    Optional<Published> published(long regionId) {
        return jdbc.sql("SELECT * FROM deduction_scale WHERE region_id = ?")
                .param(regionId)
                .query((rs, n) -> new Published(
                        rs.getLong("region_id"),
                        rs.getTimestamp("published_at").toLocalDateTime(),
                        rs.getString("published_by")))
                .optional();
    }

    List<DeductionEntry> entries(long regionId) {
        return jdbc.sql("SELECT * FROM deduction_entry WHERE region_id = ? ORDER BY position")
                .param(regionId)
                .query((rs, n) -> new DeductionEntry(
                        rs.getString("code"),
                        AppliesTo.valueOf(rs.getString("applies_to")),
                        rs.getString("situation"),
                        rs.getBigDecimal("share"),
                        rs.getBigDecimal("points"),
                        rs.getString("basis")))
                .list();
    }

    /** The region's own scale replaced by these entries. */
    void publish(long regionId, List<DeductionEntry> entries, LocalDateTime at, String by) {
        withdraw(regionId);
        jdbc.sql("INSERT INTO deduction_scale (region_id, published_at, published_by) VALUES (?, ?, ?)")
                .params(regionId, Timestamp.valueOf(at), by)
                .update();
        int position = 0;
        for (DeductionEntry entry : entries) {
            jdbc.sql("INSERT INTO deduction_entry (region_id, position, code, applies_to, situation, share, points,"
                            + " basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            regionId,
                            position++,
                            entry.code(),
                            entry.appliesTo().name(),
                            entry.situation(),
                            entry.share(),
                            entry.points(),
                            entry.basis())
                    .update();
        }
    }

    /** The region's own scale removed: it uses the one above it again. */
    void withdraw(long regionId) {
        jdbc.sql("DELETE FROM deduction_entry WHERE region_id = ?")
                .param(regionId)
                .update();
        jdbc.sql("DELETE FROM deduction_scale WHERE region_id = ?")
                .param(regionId)
                .update();
    }

    // ---- rechecks

    /** The 复核 of an evaluation as stored: its total, version, who recorded it and when. */
    record StoredRecheck(long evaluationId, BigDecimal total, int version, LocalDateTime at, String by) {}

    Optional<StoredRecheck> recheck(long evaluationId) {
        return jdbc.sql("SELECT * FROM recheck WHERE evaluation_id = ?")
                .param(evaluationId)
                .query((rs, n) -> new StoredRecheck(
                        rs.getLong("evaluation_id"),
                        rs.getBigDecimal("total"),
                        rs.getInt("version"),
                        rs.getTimestamp("recorded_at").toLocalDateTime(),
                        rs.getString("recorded_by")))
                .optional();
    }

    List<RecordedScore> scores(long evaluationId) {
        return jdbc.sql("SELECT * FROM recheck_score WHERE evaluation_id = ? ORDER BY row_kind DESC, row_index")
                .param(evaluationId)
                .query(ReviewStore::score)
                .list();
    }

    /**
     * Stores a 复核 if nobody stored one since {@code version} (0: none yet); false when someone did. The rows
     * replace those stored.
     */
    boolean saveRecheck(
            long evaluationId, int version, BigDecimal total, List<RecordedScore> scores, LocalDateTime at, String by) {
        boolean saved;
        if (version == 0) {
            saved = jdbc.sql("INSERT INTO recheck (evaluation_id, total, version, recorded_at, recorded_by)"
                                    + " SELECT ?, ?, 1, ?, ? WHERE NOT EXISTS"
                                    + " (SELECT 1 FROM recheck WHERE evaluation_id = ?)")
                            .params(evaluationId, total, Timestamp.valueOf(at), by, evaluationId)
                            .update()
                    == 1;
        } else {
            saved = jdbc.sql("UPDATE recheck SET total = ?, version = version + 1, recorded_at = ?, recorded_by = ?"
                                    + " WHERE evaluation_id = ? AND version = ?")
                            .params(total, Timestamp.valueOf(at), by, evaluationId, version)
                            .update()
                    == 1;
        }
        if (!saved) {
            return false;
        }
        jdbc.sql("DELETE FROM recheck_score WHERE evaluation_id = ?")
                .param(evaluationId)
                .update();
        for (RecordedScore score : scores) {
            jdbc.sql(
                            "INSERT INTO recheck_score (evaluation_id, row_kind, row_index, row_label, weight, computed, score,"
                                    + " deduction_code, deduction_situation, deduction_share, deduction_points, deducted, note)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            evaluationId,
                            score.kind().name(),
                            score.index(),
                            score.label(),
                            score.weight().value(),
                            score.computed().value(),
                            score.score().value(),
                            score.deductionCode(),
                            score.deductionSituation(),
                            score.deductionShare(),
                            score.deductionPoints(),
                            score.deducted() == null ? null : score.deducted().value(),
                            score.note())
                    .update();
        }
        return true;
    }

    // ---- comments

    long comment(long evaluationId, RowKind kind, int index, String label, String text, LocalDateTime at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO review_comment (evaluation_id, row_kind, row_index, row_label, text, commented_at,"
                        + " commented_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(evaluationId, kind.name(), index, label, text, Timestamp.valueOf(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Comment> comments(long evaluationId) {
        return jdbc.sql("SELECT * FROM review_comment WHERE evaluation_id = ? ORDER BY id")
                .param(evaluationId)
                .query((rs, n) -> new Comment(
                        rs.getLong("id"),
                        RowKind.valueOf(rs.getString("row_kind")),
                        rs.getInt("row_index"),
                        rs.getString("row_label"),
                        rs.getString("text"),
                        rs.getTimestamp("commented_at").toLocalDateTime(),
                        rs.getString("commented_by")))
                .list();
    }

    /** An evaluation of a unit's year: what its review opinion is composed of. */
    record Evaluation(long id, EvaluationKind kind) {}

    /** The unit's evaluations of a year that are scored, the whole unit first, then the projects by id. */
    List<Evaluation> evaluationsOf(long unitId, int fiscalYear) {
        return jdbc.sql("SELECT id, kind FROM project_evaluation WHERE unit_id = ? AND fiscal_year = ?"
                        + " AND kind IN ('PROJECT', 'UNIT') ORDER BY CASE kind WHEN 'UNIT' THEN 0 ELSE 1 END, id")
                .params(unitId, fiscalYear)
                .query((rs, n) -> new Evaluation(rs.getLong("id"), EvaluationKind.valueOf(rs.getString("kind"))))
                .list();
    }

    // ---- the 复核 results of a region and year

    /** One project evaluation of the results table, as stored. */
    record ResultRow(
            long id,
            String unitName,
            String name,
            String status,
            BigDecimal claimed,
            BigDecimal computed,
            BigDecimal recheck,
            String opinion,
            RuleSet.GradeBands bands) {}

    /**
     * Every project evaluation of the scope and year that was sent to the bureau (单位已审核, 已审核) or that it
     * rechecked, by unit and name, handed to {@code sink} one by one as the database returns them: a region's table
     * is written without holding it in memory.
     */
    void eachResult(Scope scope, int fiscalYear, Consumer<ResultRow> sink) {
        List<Object> params = new ArrayList<>();
        params.add(fiscalYear);
        String where = scope.condition("e.unit_id", "u.region_id", params);
        streaming
                .sql("SELECT e.id, u.name AS unit_name, e.name, e.status, e.claimed_total, e.total, e.recheck_total,"
                        + " e.review_opinion, e.grade_excellent, e.grade_good, e.grade_fair"
                        + " FROM project_evaluation e JOIN budget_unit u ON u.id = e.unit_id"
                        + " WHERE e.kind = 'PROJECT' AND e.fiscal_year = ?"
                        + where
                        + " AND (e.status IN ('UNIT_APPROVED', 'APPROVED') OR e.recheck_total IS NOT NULL)"
                        + " ORDER BY u.name, e.name, e.id")
                .params(params)
                .query(rs -> {
                    sink.accept(new ResultRow(
                            rs.getLong("id"),
                            rs.getString("unit_name"),
                            rs.getString("name"),
                            rs.getString("status"),
                            rs.getBigDecimal("claimed_total"),
                            rs.getBigDecimal("total"),
                            rs.getBigDecimal("recheck_total"),
                            rs.getString("review_opinion"),
                            new RuleSet.GradeBands(
                                    Points.of(rs.getBigDecimal("grade_excellent")),
                                    Points.of(rs.getBigDecimal("grade_good")),
                                    Points.of(rs.getBigDecimal("grade_fair")))));
                });
    }

    private static RecordedScore score(ResultSet rs, int n) throws SQLException {
        BigDecimal deducted = rs.getBigDecimal("deducted");
        return new RecordedScore(
                RowKind.valueOf(rs.getString("row_kind")),
                rs.getInt("row_index"),
                rs.getString("row_label"),
                Points.of(rs.getBigDecimal("weight")),
                Points.of(rs.getBigDecimal("computed")),
                Points.of(rs.getBigDecimal("score")),
                rs.getString("deduction_code"),
                rs.getString("deduction_situation"),
                rs.getBigDecimal("deduction_share"),
                rs.getBigDecimal("deduction_points"),
                deducted == null ? null : Points.of(deducted),
                rs.getString("note"));
    }
}
