package jixiao.scoring.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit: its dimension, the symbol as printed and how many base units one of it is (万元 → 10000 元).
 * Counts keep their measure word as the symbol ("人", "辆").
 */
public record MeasureUnit(Dimension dimension, String symbol, BigDecimal factor) {
    public static final MeasureUnit NONE = new MeasureUnit(Dimension.NONE, "", BigDecimal.ONE);
    public static final MeasureUnit PERCENT = new MeasureUnit(Dimension.PERCENT, "%", BigDecimal.ONE);
    public static final MeasureUnit YUAN = new MeasureUnit(Dimension.MONEY, "元", BigDecimal.ONE);
    public static final MeasureUnit TEN_THOUSAND_YUAN =
            new MeasureUnit(Dimension.MONEY, "万元", BigDecimal.valueOf(10_000));

    public MeasureUnit {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(factor, "factor");
    }

    public static MeasureUnit count(String measureWord) {
        return new MeasureUnit(Dimension.COUNT, measureWord, BigDecimal.ONE);
    }

    /** Whether values in the two units can be compared (NONE compares with anything). */
    public boolean isComparableWith(MeasureUnit other) {
        if (dimension == Dimension.NONE || other.dimension == Dimension.NONE) {
            return true;
        }
        if (dimension != other.dimension) {
            return false;
        }
        return switch (dimension) {
            case COUNT, OTHER -> symbol.equals(other.symbol);
            default -> true;
        };
    }
}
