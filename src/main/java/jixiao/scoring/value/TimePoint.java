package jixiao.scoring.value;

import org.jspecify.annotations.Nullable;

/**
 * A date as reports print it: a month, optionally with a year and a day ("12月", "2022年3月", "11.15").
 * {@code year} and {@code day} are null where not printed.
 */
public record TimePoint(@Nullable Integer year, int month, @Nullable Integer day) {
    public TimePoint {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static TimePoint month(int month) {
        return new TimePoint(null, month, null);
    }
}
