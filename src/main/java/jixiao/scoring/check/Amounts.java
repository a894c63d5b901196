package jixiao.scoring.check;

import java.math.BigDecimal;

/** Amounts of money converted to the report's unit, the way every check compares them. */
final class Amounts {
    private Amounts() {}

    /**
     * {@code yuan ÷ unitYuan}, exactly: the report's unit is 元 or 万元 ({@code unitYuan} 1 or 10 000), a power of ten,
     * so the point moves.
     */
    static BigDecimal inUnit(BigDecimal yuan, BigDecimal unitYuan) {
        return yuan.movePointLeft(unitYuan.precision() - 1);
    }
}
