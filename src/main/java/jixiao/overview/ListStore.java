package jixiao.overview;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.Scope;
import jixiao.evaluation.UnitRevisions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists over project_evaluation, counted and paged in SQL without reading a document: every filter is a
 * condition on the stored list columns (claimed_total, budget, executed, execution_rate, total, recheck_total, grade,
 * unresolved), on the unit, or on evaluation_finding.
 */
@Repository
class ListStore {

    static final String COLUMNS = "SELECT e.id, e.kind, e.unit_id, u.name AS unit_name, e.fiscal_year, e.name,"
            + " e.status, e.budget, e.executed, e.execution_rate, e.claimed_total, e.total, e.recheck_total, e.grade,"
            + " e.errors, e.warnings, e.unresolved, e.updated_at, " + GapRule.BAND_COLUMNS;

    static final String FROM = " FROM project_evaluation e JOIN budget_unit u ON u.id = e.unit_id";

    /** The default order: a year's units by name, each with its report's texts and whole-unit evaluation first. */
    private static final String DEFAULT_ORDER =
            " ORDER BY e.fiscal_year DESC, u.name, " + ListColumn.KIND.sql() + ", e.name, e.id";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Rows an export reads from the database at a time. */
    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitRevisions unitRevisions;

    ListStore(JdbcClient jdbc, JdbcTemplate template, UnitRevisions unitRevisions) {
        this.jdbc = jdbc;
        this.template = template;
        this.unitRevisions = unitRevisions;
    }

    /** One page of the rows, in the query's order. */
    List<ListRow> page(Reach reach, ListQuery query, GapRule gaps) {
        List<Object> params = new ArrayList<>();
        String sql = COLUMNS + FROM + where(reach, query, gaps, params) + order(query) + " LIMIT ? OFFSET ?";
        params.add(query.size());
        params.add((long) (query.page() - 1) * query.size());
        return jdbc.sql(sql).params(params).query((rs, n) -> row(rs, gaps)).list();
    }

    /**
     * One page of the rows of these units, in the query's order, from {@code offset} (the page's first row among
     * theirs).
     */
    List<ListRow> page(Reach reach, ListQuery query, GapRule gaps, Set<Long> units, long offset) {
        List<Object> params = new ArrayList<>();
        String sql = COLUMNS + FROM + where(reach, query, gaps, params) + ofUnits(units, params) + order(query)
                + " LIMIT ? OFFSET ?";
        params.add(query.size());
        params.add(offset);
        return jdbc.sql(sql).params(params).query((rs, n) -> row(rs, gaps)).list();
    }

    /**
     * The scope's units in the order of their names as the lists order them (the database's), those of one name
     * together.
     */
    List<List<Long>> unitsByName(Scope scope) {
        List<Object> params = new ArrayList<>();
        List<List<Long>> blocks = new ArrayList<>();
        String[] last = {null};
        jdbc.sql("SELECT u.id, u.name FROM budget_unit u WHERE 1 = 1" + scope.condition("u.id", "u.region_id", params)
                        + " ORDER BY u.name, u.id")
                .params(params)
                .query((RowCallbackHandler) rs -> {
                    String name = rs.getString(2);
                    if (!name.equals(last[0])) {
                        blocks.add(new ArrayList<>());
                        last[0] = name;
                    }
                    blocks.get(blocks.size() - 1).add(rs.getLong(1));
                });
        return blocks;
    }

    long count(Reach reach, ListQuery query, GapRule gaps) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*)" + FROM + where(reach, query, gaps, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * How many rows the query matches in each of these units (in every unit of the reach where {@code units} is null),
     * by unit id; a unit without any is left out.
     */
    Map<Long, Long> counts(Reach reach, ListQuery query, GapRule gaps, Set<Long> units) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT e.unit_id, COUNT(*)" + FROM + where(reach, query, gaps, params));
        sql.append(ofUnits(units, params));
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql(sql.append(" GROUP BY e.unit_id").toString()).params(params).query((RowCallbackHandler)
                rs -> counts.put(rs.getLong(1), rs.getLong(2)));
        return counts;
    }

    /**
     * Every row of the query, in its order, handed over one at a time as the database sends them (a few hundred at a
     * time, inside the caller's transaction): an export of 100,000 rows never holds them all.
     */
    void each(Reach reach, ListQuery query, GapRule gaps, Consumer<ListRow> out) {
        List<Object> params = new ArrayList<>();
        String sql = COLUMNS + FROM + where(reach, query, gaps, params) + order(query);
        template.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql);
                    statement.setFetchSize(FETCH_SIZE);
                    for (int i = 0; i < params.size(); i++) {
                        statement.setObject(i + 1, params.get(i));
                    }
                    return statement;
                },
                rs -> {
                    out.accept(row(rs, gaps));
                });
    }

    /**
     * The years each of these units (every unit of the reach where {@code units} is null) has evaluations of, by unit
     * id; a unit without any is left out.
     */
    Map<Long, List<Integer>> years(Reach reach, Set<Long> units) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("SELECT DISTINCT e.unit_id, e.fiscal_year" + FROM + reachOnly(reach, params));
        sql.append(ofUnits(units, params));
        Map<Long, List<Integer>> years = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query((RowCallbackHandler) rs ->
                years.computeIfAbsent(rs.getLong(1), unit -> new ArrayList<>()).add(rs.getInt(2)));
        return years;
    }

    /** Whether an evaluation is, now, returned by the finance bureau (kept on every move of the workflow). */
    void returnedByBureau(long id, boolean returned) {
        jdbc.sql("UPDATE project_evaluation SET returned_by_bureau = ? WHERE id = ?")
                .params(returned, id)
                .update();
        unitRevisions.changed(id);
    }

    /** The kind and state of stored evaluations, for a batch of them. */
    List<Target> targets(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        return jdbc.sql("SELECT e.id, e.kind, e.name FROM project_evaluation e WHERE e.id IN ("
                        + placeholders(ids.size()) + ") ORDER BY e.id")
                .params(params)
                .query((rs, n) -> new Target(
                        rs.getLong("id"), EvaluationKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    /** A stored evaluation a batch acts on. */
    record Target(long id, EvaluationKind kind, String name) {}

    /** The WHERE of a query's rows; its parameters are added to {@code params}. */
    static String where(Reach reach, ListQuery q, GapRule gaps, List<Object> params) {
        StringBuilder sql = new StringBuilder(reachOnly(reach, params));
        if (q.year() != null) {
            sql.append(" AND e.fiscal_year = ?");
            params.add(q.year());
        }
        if (q.search() != null) {
            sql.append(" AND (u.name LIKE ? ESCAPE '!' OR e.name LIKE ? ESCAPE '!')");
            String pattern =
                    "%" + q.search().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (q.status() != null) {
            sql.append(" AND e.status = ?");
            params.add(q.status().name());
        }
        if (q.grade() != null) {
            sql.append(" AND e.grade = ?");
            params.add(q.grade());
        }
        if (q.kind() != null) {
            sql.append(" AND e.kind = ?");
            params.add(q.kind().name());
        }
        if (q.unitId() != null) {
            sql.append(" AND e.unit_id = ?");
            params.add(q.unitId());
        }
        if (q.unresolved()) {
            sql.append(" AND e.unresolved > 0");
        }
        if (q.rateBelow() != null) {
            sql.append(" AND e.execution_rate < ?");
            params.add(q.rateBelow());
        }
        if (q.band() != null) {
            band(sql, q.band(), params);
        }
        if (q.minBudget() != null) {
            sql.append(" AND e.budget >= ?");
            params.add(q.minBudget());
        }
        if (q.maxBudget() != null) {
            sql.append(" AND e.budget <= ?");
            params.add(q.maxBudget());
        }
        if (q.minTotal() != null) {
            sql.append(" AND e.total >= ?");
            params.add(q.minTotal());
        }
        if (q.maxTotal() != null && q.maxTotal().compareTo(HUNDRED) < 0) {
            // below the band's end; the top band (90–100) holds 100 itself, so an end of 100 bounds nothing
            sql.append(" AND e.total < ?");
            params.add(q.maxTotal());
        }
        if (q.largeGap()) {
            sql.append(" AND ").append(gaps.sql(params));
        }
        if (q.finding() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM evaluation_finding f WHERE f.evaluation_id = e.id AND f.code = ?)");
            params.add(q.finding().name());
        }
        if (q.todo()) {
            todo(sql, reach, params);
        }
        if (q.copied()) {
            sql.append(" AND EXISTS (SELECT 1 FROM text_copy c JOIN project_evaluation o ON o.id = c.other_id"
                    + " JOIN budget_unit ou ON ou.id = o.unit_id WHERE c.evaluation_id = e.id"
                    + " AND (o.fiscal_year <> e.fiscal_year OR c.evaluation_id > c.other_id)");
            sql.append(reach(reach, "o", "ou", params)).append(")");
        }
        return sql.toString();
    }

    private static void band(StringBuilder sql, ExecutionBand band, List<Object> params) {
        if (band == ExecutionBand.NONE) {
            sql.append(" AND e.kind = 'PROJECT' AND e.execution_rate IS NULL");
            return;
        }
        if (band.from() != null) {
            sql.append(" AND e.execution_rate >= ?");
            params.add(band.from());
        }
        if (band.below() != null) {
            sql.append(" AND e.execution_rate < ?");
            params.add(band.below());
        }
    }

    private static void todo(StringBuilder sql, Reach reach, List<Object> params) {
        if (reach.todo().isEmpty()) {
            sql.append(" AND 1 = 0");
            return;
        }
        sql.append(" AND e.status IN (")
                .append(placeholders(reach.todo().size()))
                .append(")");
        reach.todo().forEach(status -> params.add(status.name()));
    }

    /** The condition on the units (none where {@code units} is null: every unit of the reach). */
    static String ofUnits(Set<Long> units, List<Object> params) {
        if (units == null) {
            return "";
        }
        params.addAll(units);
        return " AND e.unit_id IN (" + placeholders(units.size()) + ")";
    }

    /** The scope and, for a finance bureau, what was sent to it. */
    static String reachOnly(Reach reach, List<Object> params) {
        return " WHERE 1 = 1" + reach(reach, "e", "u", params);
    }

    /**
     * The conditions of the reach (each starting with AND) on an evaluation {@code e} of a unit {@code u} (their
     * aliases in the query).
     */
    static String reach(Reach reach, String e, String u, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        Scope scope = reach.scope();
        if (scope.unitId() != null) {
            sql.append(" AND ").append(e).append(".unit_id = ?");
            params.add(scope.unitId());
        }
        if (scope.regionIds() != null && scope.regionIds().isEmpty()) {
            sql.append(" AND 1 = 0");
        } else if (scope.regionIds() != null) {
            sql.append(" AND ")
                    .append(u)
                    .append(".region_id IN (")
                    .append(placeholders(scope.regionIds().size()))
                    .append(")");
            params.addAll(scope.regionIds());
        }
        if (reach.sentToBureauOnly()) {
            sql.append(" AND ").append(EvaluationStatus.sentToBureau(e));
        }
        return sql.toString();
    }

    private static String order(ListQuery q) {
        if (q.sort() == null) {
            return DEFAULT_ORDER;
        }
        String direction = q.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST";
        return " ORDER BY " + q.sort().sql() + direction + ", e.id" + (q.descending() ? " DESC" : "");
    }

    static String placeholders(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "?" : ", ?");
        }
        return out.toString();
    }

    static ListRow row(ResultSet rs, GapRule gaps) throws SQLException {
        BigDecimal claimed = rs.getBigDecimal("claimed_total");
        BigDecimal recheck = rs.getBigDecimal("recheck_total");
        return new ListRow(
                rs.getLong("id"),
                EvaluationKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getInt("fiscal_year"),
                rs.getString("name"),
                EvaluationStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("budget"),
                rs.getBigDecimal("executed"),
                rs.getBigDecimal("execution_rate"),
                claimed,
                rs.getBigDecimal("total"),
                recheck,
                gaps.of(claimed, recheck, rs),
                rs.getString("grade"),
                rs.getInt("errors"),
                rs.getInt("warnings"),
                rs.getInt("unresolved"),
                rs.getTimestamp("updated_at").toLocalDateTime());
    }
}
