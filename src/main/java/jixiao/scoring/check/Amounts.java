package jixiao.scoring.check;

import java.math.BigDecimal;

/** Amounts of money converted to the report's money unit (元 or 万元), the way every check compares them. */
final class Amounts {
    private Amounts() {}

    /**
     * {@code yuan ÷ moneyUnitYuan}, exactly: the report's money unit is 元 or 万元 ({@code moneyUnitYuan} 1 or 10 000),
     * a power of ten, so the point moves.
     */
    static BigDecimal inMoneyUnit(BigDecimal yuan, BigDecimal moneyUnitYuan) {
        return yuan.movePointLeft(moneyUnitYuan.precision() - 1);
    }
}
