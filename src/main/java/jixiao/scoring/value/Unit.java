package jixiao.scoring.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit: its dimension, the symbol as printed and how many base units one of it is (万元 → 10000 元).
 * Counts keep their measure word as the symbol ("人", "辆").
 */
public record Unit(Dimension dimension, String symbol, BigDecimal factor) {
    public static final Unit NONE = new Unit(Dimension.NONE, "", BigDecimal.ONE);
    public static final Unit PERCENT = new Unit(Dimension.PERCENT, "%", BigDecimal.ONE);
    public static final Unit YUAN = new Unit(Dimension.MONEY, "元", BigDecimal.ONE);
    public static final Unit TEN_THOUSAND_YUAN = new Unit(Dimension.MONEY, "万元", BigDecimal.valueOf(10_000));

    public Unit {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(factor, "factor");
    }

    public static Unit count(String measureWord) {
        return new Unit(Dimension.COUNT, measureWord, BigDecimal.ONE);
    }

    /** Whether values in the two units can be compared (NONE compares with anything). */
    public boolean isComparableWith(Unit other) {
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
