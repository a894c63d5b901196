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
        if (value.scale() <= 0) {
            return value.toPlainString(); // no decimals printed, so no trailing zeros to strip
        }
        // the digits after the point, less their trailing zeros: what stripTrailingZeros().toPlainString() prints,
        // without the stripped BigDecimal (a scale of 2 is every score's)
        String printed = value.toPlainString();
        int end = printed.length();
        while (printed.charAt(end - 1) == '0') {
            end--;
        }
        if (printed.charAt(end - 1) == '.') {
            end--;
        }
        return end == printed.length() ? printed : printed.substring(0, end);
    }
}
