package jixiao.shared;

import java.math.BigDecimal;

/** How numbers are printed in Chinese government tables: no exponent, no trailing zeros. */
public final class Decimals {
    private Decimals() {}

    /** Values of at most this many digits are printed from a long (every score, weight and amount). */
    private static final int LONG_DIGITS = 18;

    /** 15.00 → "15", 9.80 → "9.8", 1E+3 → "1000". */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        int scale = value.scale();
        if (scale <= 0) {
            return value.toPlainString(); // no decimals printed, so no trailing zeros to strip
        }
        if (scale <= LONG_DIGITS && value.precision() <= LONG_DIGITS) {
            return plain(value.unscaledValue().longValue(), scale);
        }
        // the digits after the point, less their trailing zeros: what stripTrailingZeros().toPlainString() prints,
        // without the stripped BigDecimal
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

    /**
     * unscaled × 10^−scale printed without trailing zeros, in one string: the digits of the long, the point put
     * in (a score of 2 decimals, 1088 → "10.88"), where {@link BigDecimal#toPlainString()} makes two strings and a
     * builder. The unscaled value has at most 18 digits, so its absolute value is a long.
     */
    private static String plain(long unscaled, int scale) {
        long digits = Math.abs(unscaled);
        int decimals = scale;
        while (decimals > 0 && digits % 10 == 0) {
            digits /= 10;
            decimals--;
        }
        int length = digitCount(digits);
        int whole = Math.max(length - decimals, 1); // "0.05": one zero before the point
        int sign = unscaled < 0 ? 1 : 0;
        char[] out = new char[sign + whole + (decimals > 0 ? 1 + decimals : 0)];
        int at = out.length;
        for (int i = 0; i < decimals; i++) {
            out[--at] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        if (decimals > 0) {
            out[--at] = '.';
        }
        for (int i = 0; i < whole; i++) {
            out[--at] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        if (sign == 1) {
            out[0] = '-';
        }
        return new String(out);
    }

    private static int digitCount(long value) {
        int count = 1;
        for (long v = value; v >= 10; v /= 10) {
            count++;
        }
        return count;
    }
}
