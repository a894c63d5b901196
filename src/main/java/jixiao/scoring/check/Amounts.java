package jixiao.scoring.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Amounts of money converted to the report's unit, the way every check compares them. */
final class Amounts {
    private Amounts() {}

    /** {@code yuan ÷ unitYuan} (the report's unit in 元: 1 or 10 000) to 16 significant digits. */
    static BigDecimal inUnit(BigDecimal yuan, BigDecimal unitYuan) {
        return yuan.divide(unitYuan, MathContext.DECIMAL64);
    }
}
