package jixiao.rectification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.RowKind;
import jixiao.evaluation.Scope;
import jixiao.rectification.Rectification.Action;
import jixiao.rectification.Rectification.Source;
import jixiao.rectification.Rectification.Status;
import jixiao.rectification.Rectification.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** rectification and rectification_step, with explicit SQL and row mapping. */
@Repository
class RectificationStore {

    private static final String SELECT = "SELECT r.*, u.name AS unit_name, u.region_id FROM rectification r"
            + " JOIN budget_unit u ON u.id = r.unit_id";

    private final JdbcClient jdbc;

    RectificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new item holds; the store adds its id, state and times. */
    record NewItem(
            long evaluationId,
            long unitId,
            int fiscalYear,
            EvaluationKind kind,
            String evaluationName,
            RowKind rowKind,
            Integer rowIndex,
            String rowLabel,
            Source source,
            String sourceText,
            String what,
            LocalDate deadline) {}

    long insert(NewItem item, LocalDateTime at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO rectification (evaluation_id, unit_id, fiscal_year, evaluation_kind, evaluation_name,"
                                + " row_kind, row_index, row_label, source, source_text, what, deadline, status, version,"
                                + " opened_at, opened_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")
                .params(
                        item.evaluationId(),
                        item.unitId(),
                        item.fiscalYear(),
                        item.kind().name(),
                        item.evaluationName(),
                        item.rowKind() == null ? null : item.rowKind().name(),
                        item.rowIndex(),
                        item.rowLabel(),
                        item.source().name(),
                        item.sourceText(),
                        item.what(),
                        Date.valueOf(item.deadline()),
                        Status.OPEN.name(),
                        Timestamp.valueOf(at),
                        by,
                        Timestamp.valueOf(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Rectification> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(RectificationStore::item)
                .optional();
    }

    /**
     * Moves an item to {@code to} if it is still at {@code version}; a new deadline replaces the old one where given.
     * False when someone changed it meanwhile.
     */
    boolean move(long id, int version, Status to, LocalDate deadline, LocalDateTime at) {
        String set = deadline == null ? "" : ", deadline = ?";
        List<Object> params = new ArrayList<>();
        params.add(to.name());
        if (deadline != null) {
            params.add(Date.valueOf(deadline));
        }
        params.add(Timestamp.valueOf(at));
        params.add(id);
        params.add(version);
        return jdbc.sql("UPDATE rectification SET status = ?" + set + ", version = version + 1, updated_at = ?"
                                + " WHERE id = ? AND version = ?")
                        .params(params)
                        .update()
                == 1;
    }

    long step(long id, Action action, String text, LocalDate deadline, LocalDateTime at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rectification_step (rectification_id, action, text, deadline, at, by_user)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        action.name(),
                        text,
                        deadline == null ? null : Date.valueOf(deadline),
                        Timestamp.valueOf(at),
                        by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Step> steps(long id) {
        return jdbc.sql("SELECT * FROM rectification_step WHERE rectification_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> {
                    Date deadline = rs.getDate("deadline");
                    return new Step(
                            rs.getLong("id"),
                            Action.valueOf(rs.getString("action")),
                            rs.getString("text"),
                            deadline == null ? null : deadline.toLocalDate(),
                            rs.getTimestamp("at").toLocalDateTime(),
                            rs.getString("by_user"));
                })
                .list();
    }

    /** The items of a scope that a query selects, a page of them, most urgent first. */
    List<Rectification> list(Scope scope, RectificationQuery query, LocalDate today, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, query, today, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " ORDER BY CASE r.status WHEN 'CLOSED' THEN 1 ELSE 0 END, r.deadline, r.id"
                        + " LIMIT ? OFFSET ?")
                .params(params)
                .query(RectificationStore::item)
                .list();
    }

    int count(Scope scope, RectificationQuery query, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, query, today, params);
        return jdbc.sql("SELECT COUNT(*) FROM rectification r JOIN budget_unit u ON u.id = r.unit_id" + where)
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** The items of one evaluation, oldest first. */
    List<Rectification> ofEvaluation(long evaluationId) {
        return jdbc.sql(SELECT + " WHERE r.evaluation_id = ? ORDER BY r.id")
                .param(evaluationId)
                .query(RectificationStore::item)
                .list();
    }

    /**
     * The items not yet closed of the unit's evaluations of the same kind and name from years before {@code year}:
     * what next year's evaluation of the same project carries.
     */
    List<Rectification> stillOpenBefore(long unitId, EvaluationKind kind, String name, int year) {
        return jdbc.sql(SELECT + " WHERE r.unit_id = ? AND r.evaluation_kind = ? AND r.evaluation_name = ?"
                        + " AND r.fiscal_year < ? AND r.status <> 'CLOSED' ORDER BY r.fiscal_year, r.id")
                .params(unitId, kind.name(), name, year)
                .query(RectificationStore::item)
                .list();
    }

    private static String where(Scope scope, RectificationQuery query, LocalDate today, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        sql.append(scope.condition("r.unit_id", "u.region_id", params));
        if (query.year() != null) {
            sql.append(" AND r.fiscal_year = ?");
            params.add(query.year());
        }
        if (query.status() != null) {
            sql.append(" AND r.status = ?");
            params.add(query.status().name());
        }
        if (query.overdue()) {
            sql.append(" AND r.status = 'OPEN' AND r.deadline < ?");
            params.add(Date.valueOf(today));
        }
        if (query.search() != null && !query.search().isBlank()) {
            sql.append(" AND (LOWER(u.name) LIKE ? OR LOWER(r.evaluation_name) LIKE ? OR LOWER(r.what) LIKE ?)");
            String like = "%" + query.search().strip().toLowerCase(java.util.Locale.ROOT) + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return sql.toString();
    }

    private static Rectification item(ResultSet rs, int n) throws SQLException {
        String rowKind = rs.getString("row_kind");
        return new Rectification(
                rs.getLong("id"),
                rs.getLong("evaluation_id"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getLong("region_id"),
                rs.getInt("fiscal_year"),
                EvaluationKind.valueOf(rs.getString("evaluation_kind")),
                rs.getString("evaluation_name"),
                rowKind == null ? null : RowKind.valueOf(rowKind),
                (Integer) rs.getObject("row_index", Integer.class),
                rs.getString("row_label"),
                Source.valueOf(rs.getString("source")),
                rs.getString("source_text"),
                rs.getString("what"),
                rs.getDate("deadline").toLocalDate(),
                Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getTimestamp("opened_at").toLocalDateTime(),
                rs.getString("opened_by"),
                rs.getTimestamp("updated_at").toLocalDateTime());
    }
}
