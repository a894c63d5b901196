package jixiao.overview;

import java.util.Optional;

/**
 * The columns a list sorts on, each with the SQL it sorts by (a fixed expression: what the user chooses is only the
 * name of the column, never SQL).
 */
public enum ListColumn {
    KIND("CASE e.kind WHEN 'REPORT' THEN 0 WHEN 'UNIT' THEN 1 ELSE 2 END"),
    NAME("e.name"),
    UNIT("u.name"),
    YEAR("e.fiscal_year"),
    STATUS("CASE e.status WHEN 'DRAFT' THEN 0 WHEN 'RETURNED' THEN 1 WHEN 'SUBMITTED' THEN 2"
            + " WHEN 'UNIT_APPROVED' THEN 3 ELSE 4 END"),
    BUDGET("e.budget"),
    EXECUTED("e.executed"),
    RATE("e.execution_rate"),
    CLAIMED("e.claimed_total"),
    TOTAL("e.total"),
    RECHECK("e.recheck_total"),
    GAP("(e.claimed_total - e.recheck_total)"),
    GRADE("CASE e.grade WHEN '优' THEN 0 WHEN '良' THEN 1 WHEN '中' THEN 2 WHEN '差' THEN 3 ELSE 4 END"),
    UNRESOLVED("e.unresolved"),
    WARNINGS("e.warnings"),
    UPDATED("e.updated_at");

    private final String sql;

    ListColumn(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    /** The column of a request parameter ({@code sort=budget}), if it names one. */
    public static Optional<ListColumn> named(String name) {
        for (ListColumn column : values()) {
            if (column.name().equalsIgnoreCase(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The name a request parameter uses. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
