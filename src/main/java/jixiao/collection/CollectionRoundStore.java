package jixiao.collection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** collection_round and its units, and the units' evaluations of a year counted by state. */
@Repository
class CollectionRoundStore {

    private final JdbcClient jdbc;

    CollectionRoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CollectionRound> find(long regionId, int fiscalYear) {
        return jdbc.sql("SELECT * FROM collection_round WHERE region_id = ? AND fiscal_year = ?")
                .params(regionId, fiscalYear)
                .query(this::round)
                .optional();
    }

    List<CollectionRound> rounds(long regionId) {
        return jdbc.sql("SELECT * FROM collection_round WHERE region_id = ? ORDER BY fiscal_year DESC")
                .param(regionId)
                .query(this::round)
                .list();
    }

    /** Creates or replaces the round of the region and year, with its units. */
    void save(
            long regionId,
            int fiscalYear,
            String noticeNumber,
            String title,
            java.time.LocalDate deadline,
            boolean allUnits,
            List<Long> unitIds,
            LocalDateTime at,
            String by) {
        Optional<CollectionRound> existing = find(regionId, fiscalYear);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            jdbc.sql("UPDATE collection_round SET notice_number = ?, title = ?, deadline = ?, all_units = ?,"
                            + " updated_at = ?, updated_by = ? WHERE id = ?")
                    .params(noticeNumber, title, Date.valueOf(deadline), allUnits, Timestamp.valueOf(at), by, id)
                    .update();
            jdbc.sql("DELETE FROM collection_round_unit WHERE round_id = ?")
                    .param(id)
                    .update();
        } else {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO collection_round (region_id, fiscal_year, notice_number, title, deadline,"
                            + " all_units, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            regionId,
                            fiscalYear,
                            noticeNumber,
                            title,
                            Date.valueOf(deadline),
                            allUnits,
                            Timestamp.valueOf(at),
                            by)
                    .update(key, "id");
            id = key.getKey().longValue();
        }
        if (!allUnits) {
            for (long unitId : unitIds) {
                jdbc.sql("INSERT INTO collection_round_unit (round_id, unit_id) VALUES (?, ?)")
                        .params(id, unitId)
                        .update();
            }
        }
    }

    /** The units of the regions, with their region's name, by name. */
    List<UnitChoice> units(List<Long> regionIds) {
        List<Object> params = new ArrayList<>(regionIds);
        return jdbc.sql("SELECT u.id, u.name, r.name AS region_name FROM budget_unit u JOIN region r ON r.id ="
                        + " u.region_id WHERE u.region_id IN (" + placeholders(regionIds.size()) + ")"
                        + " ORDER BY u.name, u.id")
                .params(params)
                .query((rs, n) -> new UnitChoice(rs.getLong("id"), rs.getString("name"), rs.getString("region_name")))
                .list();
    }

    /**
     * These units of the regions (every unit of the regions where {@code units} is null) with their evaluations of
     * the year counted by state, a return told apart by who returned it, by unit id; which units a round lists and
     * {@code lateOn} are applied by the caller.
     */
    Map<Long, UnitProgress> counts(List<Long> regionIds, Set<Long> units, int fiscalYear) {
        List<Object> params = new ArrayList<>();
        params.add(fiscalYear);
        params.addAll(regionIds);
        StringBuilder sql = new StringBuilder("SELECT u.id, u.name, u.region_id, r.name AS region_name,"
                + " SUM(CASE WHEN e.status = 'DRAFT' THEN 1 ELSE 0 END) AS drafts,"
                + " SUM(CASE WHEN e.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS submitted,"
                + " SUM(CASE WHEN e.status = 'UNIT_APPROVED' THEN 1 ELSE 0 END) AS unit_approved,"
                + " SUM(CASE WHEN e.status = 'APPROVED' THEN 1 ELSE 0 END) AS approved,"
                + " SUM(CASE WHEN e.status = 'RETURNED' AND e.returned_by_bureau = FALSE THEN 1 ELSE 0 END)"
                + " AS returned_by_unit,"
                + " SUM(CASE WHEN e.status = 'RETURNED' AND e.returned_by_bureau = TRUE THEN 1 ELSE 0 END)"
                + " AS returned_by_bureau"
                + " FROM budget_unit u JOIN region r ON r.id = u.region_id"
                + " LEFT JOIN project_evaluation e ON e.unit_id = u.id AND e.fiscal_year = ?"
                + " WHERE u.region_id IN (" + placeholders(regionIds.size()) + ")");
        if (units != null) {
            sql.append(" AND u.id IN (").append(placeholders(units.size())).append(")");
            params.addAll(units);
        }
        sql.append(" GROUP BY u.id, u.name, u.region_id, r.name");
        Map<Long, UnitProgress> counts = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query((RowCallbackHandler) rs -> counts.put(
                rs.getLong("id"),
                new UnitProgress(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("region_id"),
                        rs.getString("region_name"),
                        rs.getInt("drafts"),
                        rs.getInt("submitted"),
                        rs.getInt("unit_approved"),
                        rs.getInt("approved"),
                        rs.getInt("returned_by_unit"),
                        rs.getInt("returned_by_bureau"),
                        false)));
        return counts;
    }

    private CollectionRound round(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Long> units = jdbc.sql("SELECT unit_id FROM collection_round_unit WHERE round_id = ? ORDER BY unit_id")
                .param(id)
                .query(Long.class)
                .list();
        return new CollectionRound(
                id,
                rs.getLong("region_id"),
                rs.getInt("fiscal_year"),
                rs.getString("notice_number"),
                rs.getString("title"),
                rs.getDate("deadline").toLocalDate(),
                rs.getBoolean("all_units"),
                units,
                rs.getTimestamp("updated_at").toLocalDateTime(),
                rs.getString("updated_by"));
    }

    private static String placeholders(int count) {
        return count == 0 ? "NULL" : "?" + ", ?".repeat(count - 1);
    }
}
