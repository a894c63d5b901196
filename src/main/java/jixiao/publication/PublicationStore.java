package jixiao.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jixiao.evaluation.Scope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** publication and publication_current, and the state of the units' years read from the evaluations. */
@Repository
class PublicationStore {

    private static final String COLUMNS = "p.id, p.unit_id, p.fiscal_year, p.region_id, p.region_name, p.unit_name,"
            + " p.sha256, p.size_bytes, p.published_at, p.published_by, p.unpublished_at, p.unpublished_by,"
            + " p.unpublish_reason";

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's year as the bureau's publication page lists it: how many evaluations, how many approved. */
    record UnitYear(
            long unitId,
            String unitName,
            long regionId,
            String regionName,
            int fiscalYear,
            int evaluations,
            int approved,
            int projects) {}

    /**
     * The evaluations of these units (every unit of the scope where {@code units} is null) counted per year (of one
     * year where given), by unit id; a unit without any is left out.
     */
    Map<Long, List<UnitYear>> unitYears(Scope scope, Integer fiscalYear, Set<Long> units) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE 1 = 1" + scope.condition("e.unit_id", "u.region_id", params);
        if (fiscalYear != null) {
            where += " AND e.fiscal_year = ?";
            params.add(fiscalYear);
        }
        if (units != null) {
            where += " AND e.unit_id IN (" + String.join(", ", Collections.nCopies(units.size(), "?")) + ")";
            params.addAll(units);
        }
        Map<Long, List<UnitYear>> years = new HashMap<>();
        jdbc.sql("SELECT e.unit_id, u.name AS unit_name, u.region_id, r.name AS region_name, e.fiscal_year,"
                        + " COUNT(*) AS evaluations,"
                        + " SUM(CASE WHEN e.status = 'APPROVED' THEN 1 ELSE 0 END) AS approved,"
                        + " SUM(CASE WHEN e.kind = 'PROJECT' THEN 1 ELSE 0 END) AS projects"
                        + " FROM project_evaluation e JOIN budget_unit u ON u.id = e.unit_id"
                        + " JOIN region r ON r.id = u.region_id"
                        + where
                        + " GROUP BY e.unit_id, u.name, u.region_id, r.name, e.fiscal_year")
                .params(params)
                .query((RowCallbackHandler)
                        rs -> years.computeIfAbsent(rs.getLong("unit_id"), unit -> new ArrayList<>())
                                .add(new UnitYear(
                                        rs.getLong("unit_id"),
                                        rs.getString("unit_name"),
                                        rs.getLong("region_id"),
                                        rs.getString("region_name"),
                                        rs.getInt("fiscal_year"),
                                        rs.getInt("evaluations"),
                                        rs.getInt("approved"),
                                        rs.getInt("projects"))));
        return years;
    }

    /** The scope's units in the order of their regions' names and their names (the database's order). */
    List<Long> unitOrder(Scope scope) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT u.id FROM budget_unit u JOIN region r ON r.id = u.region_id WHERE 1 = 1"
                        + scope.condition("u.id", "u.region_id", params) + " ORDER BY r.name, u.name, u.id")
                .params(params)
                .query(Long.class)
                .list();
    }

    /**
     * Stores a publication as the unit's current one of the year; false (and nothing stored) when the unit has a
     * current one already.
     */
    Optional<Long> insert(
            long unitId,
            int fiscalYear,
            long regionId,
            String regionName,
            String unitName,
            byte[] pdf,
            String sha256,
            LocalDateTime at,
            String by) {
        if (currentOf(unitId, fiscalYear).isPresent()) {
            return Optional.empty();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO publication (unit_id, fiscal_year, region_id, region_name, unit_name, pdf, sha256,"
                        + " size_bytes, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        unitId,
                        fiscalYear,
                        regionId,
                        regionName,
                        unitName,
                        pdf,
                        sha256,
                        pdf.length,
                        Timestamp.valueOf(at),
                        by)
                .update(key, "id");
        long id = key.getKey().longValue();
        try {
            jdbc.sql("INSERT INTO publication_current (unit_id, fiscal_year, publication_id) VALUES (?, ?, ?)")
                    .params(unitId, fiscalYear, id)
                    .update();
        } catch (DuplicateKeyException e) {
            // another bureau's publication of the same year came first; the caller's transaction rolls this one back
            return Optional.empty();
        }
        return Optional.of(id);
    }

    Optional<Long> currentOf(long unitId, int fiscalYear) {
        return jdbc.sql("SELECT publication_id FROM publication_current WHERE unit_id = ? AND fiscal_year = ?")
                .params(unitId, fiscalYear)
                .query(Long.class)
                .optional();
    }

    /** The current publications of a scope's units, optionally of one year. */
    List<Publication> current(Scope scope, Integer fiscalYear) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE 1 = 1" + scope.condition("p.unit_id", "p.region_id", params);
        if (fiscalYear != null) {
            where += " AND p.fiscal_year = ?";
            params.add(fiscalYear);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication p JOIN publication_current c"
                        + " ON c.publication_id = p.id" + where)
                .params(params)
                .query(PublicationStore::publication)
                .list();
    }

    /** Marks a current publication unpublished; false when it is not current (any more). */
    boolean unpublish(long id, String reason, LocalDateTime at, String by) {
        int removed = jdbc.sql("DELETE FROM publication_current WHERE publication_id = ?")
                .param(id)
                .update();
        if (removed != 1) {
            return false;
        }
        jdbc.sql("UPDATE publication SET unpublished_at = ?, unpublished_by = ?, unpublish_reason = ? WHERE id = ?")
                .params(Timestamp.valueOf(at), by, reason, id)
                .update();
        return true;
    }

    Optional<Publication> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication p WHERE p.id = ?")
                .param(id)
                .query(PublicationStore::publication)
                .optional();
    }

    /** The publications of a scope, current and past, newest first. */
    List<Publication> all(Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE 1 = 1" + scope.condition("p.unit_id", "p.region_id", params);
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication p" + where + " ORDER BY p.id DESC")
                .params(params)
                .query(PublicationStore::publication)
                .list();
    }

    /** What is published now, optionally of one year and region, by year, region and unit. */
    List<Publication> current(Integer fiscalYear, Long regionId) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (fiscalYear != null) {
            where.append(" AND p.fiscal_year = ?");
            params.add(fiscalYear);
        }
        if (regionId != null) {
            where.append(" AND p.region_id = ?");
            params.add(regionId);
        }
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM publication p JOIN publication_current c ON c.publication_id = p.id" + " WHERE 1 = 1"
                        + where + " ORDER BY p.fiscal_year DESC, p.region_name, p.unit_name")
                .params(params)
                .query(PublicationStore::publication)
                .list();
    }

    /** The PDF of a publication that is current, or empty (never published, or unpublished). */
    Optional<byte[]> currentPdf(long id) {
        return jdbc.sql("SELECT p.pdf FROM publication p JOIN publication_current c ON c.publication_id = p.id"
                        + " WHERE p.id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes("pdf"))
                .optional();
    }

    private static Publication publication(ResultSet rs, int n) throws SQLException {
        Timestamp unpublished = rs.getTimestamp("unpublished_at");
        return new Publication(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getInt("fiscal_year"),
                rs.getLong("region_id"),
                rs.getString("region_name"),
                rs.getString("unit_name"),
                rs.getString("sha256"),
                rs.getInt("size_bytes"),
                rs.getTimestamp("published_at").toLocalDateTime(),
                rs.getString("published_by"),
                unpublished == null ? null : unpublished.toLocalDateTime(),
                rs.getString("unpublished_by"),
                rs.getString("unpublish_reason"));
    }
}
