package jixiao.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.FindingCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The overview's figures, each one GROUP BY over the stored list columns with the WHERE of the lists ({@link
 * ListStore#where}), so that a bar's count is the number of rows the list it links to shows.
 */
@Repository
class OverviewStore {

    private final JdbcClient jdbc;

    OverviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many project evaluations of each grade, band of ten points and band of execution rate. */
    record Distribution(String grade, int totalBand, ExecutionBand rateBand, long count) {}

    List<Distribution> distribution(Reach reach, ListQuery query, GapRule gaps) {
        List<Object> params = new ArrayList<>();
        String inner = "SELECT e.grade AS grade,"
                + " CASE WHEN e.total IS NULL THEN -1 WHEN e.total >= 90 THEN 90 WHEN e.total >= 80 THEN 80"
                + " WHEN e.total >= 70 THEN 70 WHEN e.total >= 60 THEN 60 ELSE 0 END AS total_band,"
                + " CASE WHEN e.execution_rate IS NULL THEN 'NONE' WHEN e.execution_rate >= 0.9 THEN 'FROM_90'"
                + " WHEN e.execution_rate >= 0.8 THEN 'FROM_80' WHEN e.execution_rate >= 0.6 THEN 'FROM_60'"
                + " ELSE 'BELOW_60' END AS rate_band"
                + ListStore.FROM + ListStore.where(reach, query, gaps, params);
        return jdbc.sql("SELECT grade, total_band, rate_band, COUNT(*) AS n FROM (" + inner + ") t"
                        + " GROUP BY grade, total_band, rate_band")
                .params(params)
                .query((rs, n) -> new Distribution(
                        rs.getString("grade"),
                        rs.getInt("total_band"),
                        ExecutionBand.valueOf(rs.getString("rate_band")),
                        rs.getLong("n")))
                .list();
    }

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

    /** Each unit's project evaluations of the query's year and of the year before (the query's year is ignored). */
    List<UnitYear> unitYears(Reach reach, ListQuery anyYear, int year, GapRule gaps) {
        List<Object> params = new ArrayList<>();
        String where = ListStore.where(reach, anyYear, gaps, params);
        params.add(year - 1);
        params.add(year);
        return jdbc.sql("SELECT e.unit_id, u.name AS unit_name, e.fiscal_year, COUNT(*) AS n,"
                        + " SUM(e.budget) AS budget, SUM(e.executed) AS executed, SUM(e.unresolved) AS unresolved,"
                        + " AVG(e.total) AS mean_total" + ListStore.FROM + where + " AND e.fiscal_year IN (?, ?)"
                        + " GROUP BY e.unit_id, u.name, e.fiscal_year")
                .params(params)
                .query((rs, n) -> new UnitYear(
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        rs.getInt("fiscal_year"),
                        rs.getLong("n"),
                        orZero(rs.getBigDecimal("budget")),
                        orZero(rs.getBigDecimal("executed")),
                        rs.getLong("unresolved"),
                        rs.getBigDecimal("mean_total")))
                .list();
    }

    /** How often each finding category was found in the query's evaluations, and in how many of them. */
    List<Overview.FindingCount> findings(Reach reach, ListQuery query, GapRule gaps) {
        List<Object> params = new ArrayList<>();
        String where = ListStore.where(reach, query, gaps, params);
        return jdbc.sql("SELECT f.code, COUNT(*) AS n, COUNT(DISTINCT f.evaluation_id) AS evaluations"
                        + " FROM evaluation_finding f JOIN project_evaluation e ON e.id = f.evaluation_id"
                        + " JOIN budget_unit u ON u.id = e.unit_id" + where + " GROUP BY f.code")
                .params(params)
                .query((rs, n) -> new Overview.FindingCount(
                        FindingCode.valueOf(rs.getString("code")), rs.getLong("n"), rs.getLong("evaluations")))
                .list();
    }

    /** The largest gaps between 自评 and 复核 of the query's evaluations (the query asks for large ones). */
    List<ListRow> largestGaps(Reach reach, ListQuery largeGaps, GapRule gaps, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = ListStore.COLUMNS + ListStore.FROM + ListStore.where(reach, largeGaps, gaps, params)
                + " ORDER BY ABS(e.claimed_total - e.recheck_total) DESC, e.id LIMIT ?";
        params.add(limit);
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> ListStore.row(rs, gaps))
                .list();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
