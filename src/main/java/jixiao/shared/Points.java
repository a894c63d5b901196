package jixiao.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A score or a weight in points. The one place where a score is rounded: to 2 decimals, half up
 * (domain.md §2: "Each score is rounded once, to 2 decimals, half up; totals add the rounded scores").
 */
public record Points(BigDecimal value) implements Comparable<Points> {
    /** 0, 1, … 100 points, made once: most weights and claimed scores are whole numbers. */
    private static final Points[] WHOLE = new Points[101];

    static {
        for (int i = 0; i < WHOLE.length; i++) {
            WHOLE[i] = new Points(BigDecimal.valueOf(i));
        }
    }

    public static final Points ZERO = WHOLE[0];
    public static final Points HUNDRED = WHOLE[100];

    public Points {
        Objects.requireNonNull(value, "value");
        value = value.setScale(2, RoundingMode.HALF_UP);
    }

    public static Points of(BigDecimal value) {
        if (value.scale() == 0 && value.precision() <= 3) { // a whole number below 1000: its int, without compareTo
            int whole = value.intValue();
            if (whole >= 0 && whole < WHOLE.length) {
                return WHOLE[whole];
            }
        }
        return new Points(value);
    }

    public static Points of(long value) {
        return value >= 0 && value < WHOLE.length ? WHOLE[(int) value] : new Points(BigDecimal.valueOf(value));
    }

    public static Points of(String value) {
        return new Points(new BigDecimal(value));
    }

    /**
     * weight × numerator ÷ denominator, rounded once to 2 decimals half up, computed exactly (财预〔2020〕10号:
     * 按照完成值与指标值的比例计分). The denominator must not be zero.
     */
    public Points proportion(BigDecimal numerator, BigDecimal denominator) {
        return new Points(value.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP));
    }

    /** This weight times a share of it (a tier's floor, 0.8), rounded once. */
    public Points times(BigDecimal factor) {
        return new Points(value.multiply(factor));
    }

    public Points plus(Points other) {
        return new Points(value.add(other.value));
    }

    public Points minus(Points other) {
        return new Points(value.subtract(other.value));
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isGreaterThan(Points other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Points other) {
        return compareTo(other) < 0;
    }

    /** Whether the two differ by at most the tolerance (domain.md §2: 0.01 by default). */
    public boolean isWithin(Points other, BigDecimal tolerance) {
        return value.subtract(other.value).abs().compareTo(tolerance) <= 0;
    }

    public static Points sum(Iterable<Points> points) {
        BigDecimal total = BigDecimal.ZERO;
        for (Points p : points) {
            total = total.add(p.value);
        }
        return new Points(total);
    }

    @Override
    public int compareTo(Points other) {
        return value.compareTo(other.value);
    }

    /** As printed in a 自评表: "10.88", "15", "9.8". */
    @Override
    public String toString() {
        return Decimals.plain(value);
    }
}
