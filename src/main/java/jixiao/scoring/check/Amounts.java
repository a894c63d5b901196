package jixiao.scoring.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Amounts of money converted to the report's unit, the way every check compares them. */
final class Amounts {
    private Amounts() {}

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /**
     * {@code yuan ÷ unitYuan} to 16 significant digits ({@link MathContext#DECIMAL64}). Where the unit is 元 or 万元
     * and the amount has at most 16 digits the quotient is exact, so moving the decimal point gives the same value
     * without a division.
     */
    static BigDecimal inUnit(BigDecimal yuan, BigDecimal unitYuan) {
        if (yuan.precision() <= MathContext.DECIMAL64.getPrecision()) {
            if (unitYuan.compareTo(BigDecimal.ONE) == 0) {
                return yuan;
            }
            if (unitYuan.compareTo(TEN_THOUSAND) == 0) {
                return yuan.movePointLeft(4);
            }
        }
        return yuan.divide(unitYuan, MathContext.DECIMAL64);
    }

    /** Whether the text has an ASCII digit, without which no amount pattern can match. */
    static boolean mayHaveDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
