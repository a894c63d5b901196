package jixiao.overview;

import java.math.BigDecimal;
import java.util.List;
import jixiao.evaluation.RecheckGap;
import jixiao.scoring.RuleSet;

/**
 * When a 复核 gap is large ({@link RecheckGap}): more than the threshold, or a change of grade under the grade bands
 * of the rule set in force; told the same way by a list's filter in SQL and by a row's flag.
 */
record GapRule(BigDecimal threshold, RuleSet.GradeBands bands) {

    RecheckGap of(BigDecimal claimed, BigDecimal recheck) {
        return RecheckGap.of(claimed, recheck, threshold, bands);
    }

    /** The condition in SQL over e.claimed_total and e.recheck_total; its parameters are added to {@code params}. */
    String sql(List<Object> params) {
        params.add(threshold);
        return "(e.recheck_total IS NOT NULL AND e.claimed_total IS NOT NULL AND (ABS(e.claimed_total - e.recheck_total)"
                + " > ? OR " + band("e.claimed_total", params) + " <> " + band("e.recheck_total", params) + "))";
    }

    /** The grade of a total as a number (0 优 … 3 差), totals outside 0–100 taken as 0 or 100 as RecheckGap does. */
    private String band(String column, List<Object> params) {
        params.add(bands.excellent().value());
        params.add(bands.good().value());
        params.add(bands.fair().value());
        return "(CASE WHEN " + column + " >= ? THEN 0 WHEN " + column + " >= ? THEN 1 WHEN " + column
                + " >= ? THEN 2 ELSE 3 END)";
    }
}
