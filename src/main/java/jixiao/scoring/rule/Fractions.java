package jixiao.scoring.rule;

import java.math.BigDecimal;
import jixiao.scoring.value.Dimension;
import jixiao.scoring.value.MeasureUnit;
import jixiao.scoring.value.ParsedValue.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A rate printed as a bare fraction ("0.96") against a percentage ("≥95%"): the fraction is the rate, 96 %. Read so
 * only where it cannot be anything else: a number between 0 and 1 printed with decimals, without a unit or a 万,
 * against a percentage above 1 %; a notice says so.
 */
final class Fractions {
    private Fractions() {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The fraction as a percentage, where {@code value} is a bare fraction and {@code other} a percentage; else null. */
    static @Nullable Quantity asPercentAgainst(Quantity value, Quantity other) {
        if (other.measureUnit().dimension() != Dimension.PERCENT
                || other.number().compareTo(BigDecimal.ONE) <= 0
                || value.measureUnit().dimension() != Dimension.NONE
                || value.isScaled()
                || value.number().scale() <= 0
                || value.number().signum() <= 0
                || value.number().compareTo(BigDecimal.ONE) > 0) {
            return null;
        }
        return new Quantity(
                value.comparator(),
                value.number().multiply(HUNDRED),
                value.multiplier(),
                MeasureUnit.PERCENT,
                value.label(),
                value.text());
    }
}
