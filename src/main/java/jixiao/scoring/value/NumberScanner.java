package jixiao.scoring.value;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads the numbers of a normalised text exactly as written: ASCII decimals with optional thousands separators
 * ("1,234.5") and Chinese numerals ("两", "十五", "一百二十", "三千", "二〇二一", "九十五点五").
 */
final class NumberScanner {
    static final int MAX_LONG_DIGITS = 18;
    private static final int MAX_NUMERAL_LENGTH = 24;

    /** A number read up to {@code end}; where the digits are malformed, value is null and problem says why. */
    record Read(@Nullable BigDecimal value, int end, @Nullable String problem) {
        /** The number read, which a caller asks for only after it found no problem. */
        BigDecimal read() {
            if (value == null) {
                throw new IllegalStateException("no number was read: " + problem);
            }
            return value;
        }
    }

    private NumberScanner() {}

    /** An ASCII decimal starting at a digit. "1,234" groups only when a comma is followed by exactly three digits. */
    static Read decimal(String s, int start) {
        int n = s.length();
        int i = start;
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean fraction = false;
        boolean grouped = false;
        while (i < n) {
            char c = s.charAt(i);
            if (CharKinds.isDigit(c)) {
                if (digits < MAX_LONG_DIGITS) {
                    unscaled = unscaled * 10 + (c - '0');
                }
                digits++;
                if (fraction) {
                    scale++;
                }
                i++;
            } else if (c == ',' && !fraction && i + 1 < n && CharKinds.isDigit(s.charAt(i + 1))) {
                if (digitRun(s, i + 1) != 3) {
                    return malformed(s, start);
                }
                grouped = true;
                i++;
            } else if (c == '.' && i + 1 < n && (CharKinds.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.')) {
                if (fraction || s.charAt(i + 1) == '.') {
                    return malformed(s, start);
                }
                fraction = true;
                i++;
            } else {
                break;
            }
        }
        if (digits <= MAX_LONG_DIGITS) {
            return new Read(BigDecimal.valueOf(unscaled, scale), i, null);
        }
        String written = s.substring(start, i);
        return new Read(new BigDecimal(grouped ? written.replace(",", "") : written), i, null);
    }

    static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && CharKinds.isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** The value of the digits in [from, to), at most 9 of them. */
    static int intValue(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    private static Read malformed(String s, int start) {
        int end = start;
        while (end < s.length() && (CharKinds.isDigit(s.charAt(end)) || s.charAt(end) == '.' || s.charAt(end) == ',')) {
            end++;
        }
        return new Read(null, end, Reasons.malformedNumber(s.substring(start, end)));
    }

    static boolean startsNumeral(char c) {
        return digitValue(c) >= 0 || c == '十';
    }

    static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int placeValue(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    /**
     * A Chinese numeral starting at {@code start}, or null where the characters there are not one. 千 that starts a
     * unit (千瓦, 千米, 千克) ends the numeral; 万 and 亿 belong to it only when more numeral follows ("一万二千"),
     * otherwise they are left to be read as a multiplier.
     */
    static @Nullable Read chinese(String s, int start) {
        int n = s.length();
        if (start >= n || !startsNumeral(s.charAt(start))) {
            return null;
        }
        int end = start;
        boolean units = false;
        while (end < n && end - start < MAX_NUMERAL_LENGTH) {
            char c = s.charAt(end);
            if (digitValue(c) >= 0) {
                end++;
            } else if (placeValue(c) > 0) {
                if (c == '千' && longUnitAt(s, end)) {
                    break;
                }
                units = true;
                end++;
            } else if ((c == '万' || c == '亿') && end + 1 < n && startsNumeral(s.charAt(end + 1)) && end > start) {
                units = true;
                end++;
            } else {
                break;
            }
        }
        if (end == start || end - start >= MAX_NUMERAL_LENGTH) {
            return null;
        }
        long value = units ? withUnits(s, start, end) : digitSequence(s, start, end);
        if (value < 0) {
            return null;
        }
        if (end + 1 < n && s.charAt(end) == '点' && digitValue(s.charAt(end + 1)) >= 0) {
            StringBuilder fraction = new StringBuilder();
            int i = end + 1;
            while (i < n && digitValue(s.charAt(i)) >= 0) {
                fraction.append((char) ('0' + digitValue(s.charAt(i))));
                i++;
            }
            return new Read(new BigDecimal(value + "." + fraction), i, null);
        }
        return new Read(BigDecimal.valueOf(value), end, null);
    }

    /** "五", "二〇二一": digits only, read one by one; 两 only stands alone. */
    private static long digitSequence(String s, int from, int to) {
        if (to - from > MAX_LONG_DIGITS
                || to - from > 1 && s.substring(from, to).indexOf('两') >= 0) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + digitValue(s.charAt(i));
        }
        return value;
    }

    /** "十五", "一百零五", "三千", "一万二千", "一百二" (colloquial 120); -1 where the order is wrong ("十十"). */
    private static long withUnits(String s, int from, int to) {
        long total = 0;
        long section = 0;
        int current = -1;
        int lastPlace = Integer.MAX_VALUE;
        boolean zero = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int digit = digitValue(c);
            if (digit == 0) {
                if (current >= 0) {
                    return -1;
                }
                zero = true;
            } else if (digit > 0) {
                if (current >= 0) {
                    return -1;
                }
                current = digit;
            } else if (c == '万' || c == '亿') {
                if (current >= 0) {
                    section += current;
                    current = -1;
                }
                if (section == 0 || total + section > 90_000_000_000L) {
                    return -1;
                }
                total = c == '万' ? total + section * 10_000 : (total + section) * 100_000_000;
                section = 0;
                lastPlace = Integer.MAX_VALUE;
                zero = false;
            } else {
                int place = placeValue(c);
                if (place >= lastPlace) {
                    return -1;
                }
                if (current < 0) {
                    if (place != 10 || zero && section == 0) {
                        return -1;
                    }
                    current = 1;
                }
                section += (long) current * place;
                current = -1;
                lastPlace = place;
                zero = false;
            }
        }
        if (current >= 0) {
            boolean colloquial = !zero && lastPlace > 10 && lastPlace != Integer.MAX_VALUE;
            section += colloquial ? (long) current * (lastPlace / 10) : current;
        }
        return total + section;
    }

    /** Whether a measure unit of more than one character (千克, 千米…) starts at {@code i}. */
    private static boolean longUnitAt(String s, int i) {
        MeasureUnits.Entry measureWord = MeasureUnits.match(s, i);
        return measureWord != null && measureWord.symbol().length() > 1;
    }
}
