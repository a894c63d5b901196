package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import jixiao.scoring.value.Dimension;
import jixiao.scoring.value.MeasureUnit;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.shared.MoneyUnit;

/**
 * Brings a target and an actual to one unit, or says why they cannot be compared (domain.md §2: "a target and
 * an actual in different units cannot be compared (a finding, never a silent guess)").
 */
sealed interface Measurement permits Achievement, Measurement.Incomparable {

    record Incomparable(String reason) implements Measurement {}

    BigDecimal SCALE_SLIP = BigDecimal.valueOf(1000);

    /**
     * The actual against the target, both in the target's printed scale ("≤102" and "99.2万" under 成本 → 102 and
     * 99.2), as an {@link Achievement}; or why the two cannot be compared.
     */
    static Measurement of(Quantity target, Quantity actual, boolean cost, MoneyUnit moneyUnit) {
        MeasureUnit targetMeasureUnit = effectiveMeasureUnit(target, cost, moneyUnit);
        MeasureUnit actualMeasureUnit = effectiveMeasureUnit(actual, cost, moneyUnit);
        if (!targetMeasureUnit.isComparableWith(actualMeasureUnit)) {
            return new Incomparable("指标值“" + target.text() + "”以" + describe(targetMeasureUnit) + "计，实际完成值“"
                    + actual.text() + "”以" + describe(actualMeasureUnit) + "计");
        }
        if (targetMeasureUnit.dimension() == Dimension.NONE) {
            targetMeasureUnit = actualMeasureUnit;
        } else if (actualMeasureUnit.dimension() == Dimension.NONE) {
            actualMeasureUnit = targetMeasureUnit;
        }
        BigDecimal targetScale = target.multiplier().multiply(targetMeasureUnit.factor());
        BigDecimal actualScale = actual.multiplier().multiply(actualMeasureUnit.factor());
        if (targetScale.compareTo(actualScale) == 0) {
            // the usual case: both printed in the same unit, nothing to convert
            return new Achievement(actual.number(), target.number());
        }
        BigDecimal targetBase = target.number().multiply(targetScale);
        BigDecimal actualBase = actual.number().multiply(actualScale);
        if (target.isScaled() != actual.isScaled() && isScaleSlip(targetBase, actualBase)) {
            return new Incomparable("指标值“" + target.text() + "”与实际完成值“" + actual.text() + "”相差上千倍，疑似漏写或多写“万”");
        }
        return new Achievement(actualBase.divide(targetScale, MathContext.DECIMAL64), target.number());
    }

    /** Under 成本指标 a bare amount is money: "≤12" is in the report's unit, "12万" is 12 万元. */
    private static MeasureUnit effectiveMeasureUnit(Quantity quantity, boolean cost, MoneyUnit moneyUnit) {
        if (!cost || quantity.measureUnit().dimension() != Dimension.NONE) {
            return quantity.measureUnit();
        }
        return quantity.isScaled()
                ? MeasureUnit.YUAN
                : new MeasureUnit(Dimension.MONEY, moneyUnit.label(), moneyUnit.yuan());
    }

    private static boolean isScaleSlip(BigDecimal a, BigDecimal b) {
        if (a.signum() <= 0 || b.signum() <= 0) {
            return false;
        }
        BigDecimal big = a.max(b);
        BigDecimal small = a.min(b);
        return big.compareTo(small.multiply(SCALE_SLIP)) >= 0;
    }

    private static String describe(MeasureUnit measureUnit) {
        return switch (measureUnit.dimension()) {
            case NONE -> "无单位的数";
            case PERCENT -> "百分比";
            case MONEY -> "金额（" + measureUnit.symbol() + "）";
            case COUNT -> "“" + measureUnit.symbol() + "”";
            default -> "“" + measureUnit.symbol() + "”";
        };
    }
}
