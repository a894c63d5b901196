package jixiao.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A ratio kept at 12 decimals (far more than a score rounded to 0.01 needs) until a score is rounded from it. */
public record Ratio(BigDecimal value) implements Comparable<Ratio> {
    public static final Ratio ZERO = new Ratio(BigDecimal.ZERO);
    public static final Ratio ONE = new Ratio(BigDecimal.ONE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Decimals a ratio keeps: far more than a score rounded to 0.01 or a rate printed to 0.01% needs. */
    private static final int SCALE = 12;

    public Ratio {
        Objects.requireNonNull(value, "value");
    }

    /** numerator / denominator; the denominator must not be zero. */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("ratio with a zero denominator");
        }
        return new Ratio(numerator.divide(denominator, SCALE, RoundingMode.HALF_UP));
    }

    public BigDecimal percent() {
        return value.multiply(HUNDRED);
    }

    /** The percentage rounded half up to the given decimals: 0.365068 with 2 gives 36.51. */
    public BigDecimal percent(int decimals) {
        return percent().setScale(decimals, RoundingMode.HALF_UP);
    }

    public boolean isBelow(BigDecimal threshold) {
        return value.compareTo(threshold) < 0;
    }

    @Override
    public int compareTo(Ratio other) {
        return value.compareTo(other.value);
    }

    /** As printed: "97.89%". */
    @Override
    public String toString() {
        return percent(2).toPlainString() + "%";
    }
}
