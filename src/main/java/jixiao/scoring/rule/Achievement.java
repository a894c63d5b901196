package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Actual against target of a quantitative indicator, both in the target's unit; the ratio is only divided out when
 * a finding needs to print it. It is also what {@link Measurement#of} gives for two values that compare.
 */
public record Achievement(BigDecimal actual, BigDecimal target) implements Measurement {

    /** Whether actual ≥ target × factor (a target is far exceeded); false for a target of zero or less. */
    public boolean isAtLeast(BigDecimal factor) {
        if (target.signum() <= 0) {
            return false;
        }
        return actual.compareTo(target.multiply(factor)) >= 0;
    }

    /** actual ÷ target with one decimal, as printed in a finding ("3.0"). */
    public BigDecimal ratio() {
        return actual.divide(target, 1, RoundingMode.HALF_UP);
    }
}
