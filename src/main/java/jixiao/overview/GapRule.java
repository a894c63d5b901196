package jixiao.overview;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import jixiao.evaluation.RecheckGap;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;

/**
 * When a 复核 gap is large ({@link RecheckGap}): more than the threshold, or a change of grade under the evaluation's
 * own grade bands (its region's and year's rule set, the frozen one once submitted; stored with it as
 * e.grade_excellent, e.grade_good and e.grade_fair); told the same way by a list's filter in SQL and by a row's flag.
 */
record GapRule(BigDecimal threshold) {

    /** The columns of the evaluation's grade bands, which a row's flag needs beside its totals. */
    static final String BAND_COLUMNS = "e.grade_excellent, e.grade_good, e.grade_fair";

    /** The gap of a row read with {@link #BAND_COLUMNS}. */
    RecheckGap of(BigDecimal claimed, BigDecimal recheck, ResultSet rs) throws SQLException {
        if (claimed == null || recheck == null) {
            return RecheckGap.of(claimed, recheck, threshold, null);
        }
        RuleSet.GradeBands bands = new RuleSet.GradeBands(
                Points.of(rs.getBigDecimal("grade_excellent")),
                Points.of(rs.getBigDecimal("grade_good")),
                Points.of(rs.getBigDecimal("grade_fair")));
        return RecheckGap.of(claimed, recheck, threshold, bands);
    }

    /** The condition in SQL over e.claimed_total and e.recheck_total; its parameters are added to {@code params}. */
    String sql(List<Object> params) {
        params.add(threshold);
        return "(e.recheck_total IS NOT NULL AND e.claimed_total IS NOT NULL AND (ABS(e.claimed_total - e.recheck_total)"
                + " > ? OR " + band("e.claimed_total") + " <> " + band("e.recheck_total") + "))";
    }

    /** The grade of a total as a number (0 优 … 3 差) under the row's bands, as RecheckGap tells it. */
    private static String band(String column) {
        return "(CASE WHEN " + column + " >= e.grade_excellent THEN 0 WHEN " + column + " >= e.grade_good THEN 1"
                + " WHEN " + column + " >= e.grade_fair THEN 2 ELSE 3 END)";
    }
}
