package jixiao.shared;

import java.math.BigDecimal;

/** How numbers are printed in Chinese government tables: no exponent, no trailing zeros. */
public final class Decimals {
    private Decimals() {}

    /** 15.00 → "15", 9.80 → "9.8", 1E+3 → "1000". */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
