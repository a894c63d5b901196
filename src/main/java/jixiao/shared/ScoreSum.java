package jixiao.shared;

import java.math.BigDecimal;

/**
 * An exact sum of weights or scores as printed in a table. Whole numbers (most of them) are added as a long, the
 * rest as the {@link Points} they make; the sum is the same number as adding the Points one by one, without a new
 * {@link BigDecimal} for each row.
 */
public final class ScoreSum {
    /** Whole numbers below this are added as longs: thousands of them cannot overflow. */
    private static final int LONG_DIGITS = 15;

    private long whole;
    private BigDecimal rest;

    /**
     * Adds one row's number.
     *
     * @param printed the number as printed, or null where none was
     * @param points what the row counts for: {@code Points.of(printed)}, or zero where nothing was printed
     */
    public void add(BigDecimal printed, Points points) {
        if (printed != null && printed.scale() == 0 && printed.precision() <= LONG_DIGITS) {
            whole += printed.longValue();
        } else {
            rest = rest == null ? points.value() : rest.add(points.value());
        }
    }

    /** The sum as points: {@code Points.of(value())}, without a new number where the sum is a whole 0 to 100. */
    public Points points() {
        return rest == null ? Points.of(whole) : Points.of(value());
    }

    /** The sum: a whole number where every number added was whole (its scale then is 0, not 2). */
    public BigDecimal value() {
        if (rest == null) {
            return BigDecimal.valueOf(whole);
        }
        return whole == 0 ? rest : rest.add(BigDecimal.valueOf(whole));
    }
}
