package jixiao.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.scoring.FindingCode;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The overview's figures of each unit ({@link UnitPart}), each one GROUP BY over the stored list columns with the
 * WHERE of the lists ({@link ListStore#where}), so that a bar's count is the number of rows the list it links to shows.
 * A part is computed for some units (those that changed) or for every unit of the reach at once.
 */
@Repository
class OverviewStore {

    /** The largest 复核 gaps a part keeps: the region shows the largest of all its units'. */
    static final int GAPS = 10;

    private final JdbcClient jdbc;

    OverviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many project evaluations of a unit of each grade, band of ten points and band of execution rate. */
    record Distribution(String grade, int totalBand, ExecutionBand rateBand, long count) {}

    /** A unit's project evaluations of one year. */
    record UnitYear(
            long unitId,
            String unitName,
            int year,
            long projects,
            BigDecimal budget,
            BigDecimal executed,
            long unresolved,
            BigDecimal meanTotal) {}

    /**
     * One unit's share of the overview of a year: the distribution of its project evaluations the query keeps, its
     * figures of the year and of the year before, how often each finding category was found in them, its largest
     * 复核 gaps (at most {@link #GAPS}) and how many large gaps it has.
     */
    record UnitPart(
            List<Distribution> distribution,
            UnitYear thisYear,
            UnitYear lastYear,
            List<Overview.FindingCount> findings,
            List<ListRow> largestGaps,
            long largeGaps) {

        static final UnitPart NONE = new UnitPart(List.of(), null, null, List.of(), List.of(), 0);
    }

    /** The project evaluations a part counts: those of the year, the same of any year, and those with large gaps. */
    record Queries(int year, ListQuery ofYear, ListQuery anyYear, ListQuery largeGaps) {}

    /**
     * The parts of these units (of every unit of the reach where {@code units} is null), by unit id; a unit without
     * any evaluation the queries keep has none.
     */
    Map<Long, UnitPart> parts(Reach reach, Queries queries, GapRule gaps, Set<Long> units) {
        Map<Long, Builder> parts = new HashMap<>();
        distribution(reach, queries.ofYear(), gaps, units, parts);
        unitYears(reach, queries.anyYear(), queries.year(), gaps, units, parts);
        findings(reach, queries.ofYear(), gaps, units, parts);
        largestGaps(reach, queries.largeGaps(), gaps, units, parts);
        Map<Long, UnitPart> built = new HashMap<>(parts.size() * 2);
        parts.forEach((unit, part) -> built.put(unit, part.build()));
        return built;
    }

    /** A part being read. */
    private static final class Builder {
        final List<Distribution> distribution = new ArrayList<>();
        UnitYear thisYear;
        UnitYear lastYear;
        final List<Overview.FindingCount> findings = new ArrayList<>();
        final List<ListRow> gaps = new ArrayList<>();
        long largeGaps;

        UnitPart build() {
            return new UnitPart(
                    List.copyOf(distribution), thisYear, lastYear, List.copyOf(findings), List.copyOf(gaps), largeGaps);
        }
    }

    private void distribution(Reach reach, ListQuery query, GapRule gaps, Set<Long> units, Map<Long, Builder> parts) {
        List<Object> params = new ArrayList<>();
        String inner = "SELECT e.unit_id AS unit_id, e.grade AS grade,"
                + " CASE WHEN e.total IS NULL THEN -1 WHEN e.total >= 90 THEN 90 WHEN e.total >= 80 THEN 80"
                + " WHEN e.total >= 70 THEN 70 WHEN e.total >= 60 THEN 60 ELSE 0 END AS total_band,"
                + " CASE WHEN e.execution_rate IS NULL THEN 'NONE' WHEN e.execution_rate >= 0.9 THEN 'FROM_90'"
                + " WHEN e.execution_rate >= 0.8 THEN 'FROM_80' WHEN e.execution_rate >= 0.6 THEN 'FROM_60'"
                + " ELSE 'BELOW_60' END AS rate_band"
                + ListStore.FROM + ListStore.where(reach, query, gaps, params) + ListStore.ofUnits(units, params);
        jdbc.sql("SELECT unit_id, grade, total_band, rate_band, COUNT(*) AS n FROM (" + inner + ") t"
                        + " GROUP BY unit_id, grade, total_band, rate_band")
                .params(params)
                .query((RowCallbackHandler) rs -> part(parts, rs.getLong("unit_id"))
                        .distribution
                        .add(new Distribution(
                                rs.getString("grade"),
                                rs.getInt("total_band"),
                                ExecutionBand.valueOf(rs.getString("rate_band")),
                                rs.getLong("n"))));
    }

    /** Each unit's project evaluations of the year and of the year before (the query's year is ignored). */
    private void unitYears(
            Reach reach, ListQuery anyYear, int year, GapRule gaps, Set<Long> units, Map<Long, Builder> parts) {
        List<Object> params = new ArrayList<>();
        String where = ListStore.where(reach, anyYear, gaps, params) + ListStore.ofUnits(units, params);
        params.add(year - 1);
        params.add(year);
        jdbc.sql("SELECT e.unit_id, u.name AS unit_name, e.fiscal_year, COUNT(*) AS n,"
                        + " SUM(e.budget) AS budget, SUM(e.executed) AS executed, SUM(e.unresolved) AS unresolved,"
                        + " AVG(e.total) AS mean_total" + ListStore.FROM + where + " AND e.fiscal_year IN (?, ?)"
                        + " GROUP BY e.unit_id, u.name, e.fiscal_year")
                .params(params)
                .query((RowCallbackHandler) rs -> {
                    UnitYear unit = new UnitYear(
                            rs.getLong("unit_id"),
                            rs.getString("unit_name"),
                            rs.getInt("fiscal_year"),
                            rs.getLong("n"),
                            orZero(rs.getBigDecimal("budget")),
                            orZero(rs.getBigDecimal("executed")),
                            rs.getLong("unresolved"),
                            rs.getBigDecimal("mean_total"));
                    Builder part = part(parts, unit.unitId());
                    if (unit.year() == year) {
                        part.thisYear = unit;
                    } else {
                        part.lastYear = unit;
                    }
                });
    }

    /** How often each finding category was found in each unit's evaluations, and in how many of them. */
    private void findings(Reach reach, ListQuery query, GapRule gaps, Set<Long> units, Map<Long, Builder> parts) {
        List<Object> params = new ArrayList<>();
        String where = ListStore.where(reach, query, gaps, params) + ListStore.ofUnits(units, params);
        jdbc.sql("SELECT e.unit_id, f.code, COUNT(*) AS n, COUNT(DISTINCT f.evaluation_id) AS evaluations"
                        + " FROM evaluation_finding f JOIN project_evaluation e ON e.id = f.evaluation_id"
                        + " JOIN budget_unit u ON u.id = e.unit_id" + where + " GROUP BY e.unit_id, f.code")
                .params(params)
                .query((RowCallbackHandler) rs -> part(parts, rs.getLong("unit_id"))
                        .findings
                        .add(new Overview.FindingCount(
                                FindingCode.valueOf(rs.getString("code")),
                                rs.getLong("n"),
                                rs.getLong("evaluations"))));
    }

    /** Each unit's largest gaps between 自评 and 复核 (the query asks for large ones), and how many it has. */
    private void largestGaps(
            Reach reach, ListQuery largeGaps, GapRule gaps, Set<Long> units, Map<Long, Builder> parts) {
        List<Object> params = new ArrayList<>();
        String sql = ListStore.COLUMNS + ListStore.FROM + ListStore.where(reach, largeGaps, gaps, params)
                + ListStore.ofUnits(units, params) + " ORDER BY " + LARGEST_GAP_FIRST;
        jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> {
            Builder part = part(parts, rs.getLong("unit_id"));
            part.largeGaps++;
            if (part.gaps.size() < GAPS) {
                part.gaps.add(ListStore.row(rs, gaps));
            }
        });
    }

    /** The order of the largest gaps, in SQL; {@link RegionOverview} merges the units' in the same order. */
    static final String LARGEST_GAP_FIRST = "ABS(e.claimed_total - e.recheck_total) DESC, e.id";

    private static Builder part(Map<Long, Builder> parts, long unit) {
        return parts.computeIfAbsent(unit, k -> new Builder());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
