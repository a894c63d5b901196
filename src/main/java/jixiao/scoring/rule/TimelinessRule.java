package jixiao.scoring.rule;

import java.util.Objects;
import jixiao.scoring.value.ParsedValue.Timing;
import jixiao.scoring.value.TimePoint;

/** 时效: whether the actual date or duration is within the target's deadline. */
public final class TimelinessRule {
    private TimelinessRule() {}

    /**
     * Whether a date the report names for the work lies outside the target's time: after its deadline, or before the
     * start of its period ("6月-11月"). An undated day counts in the work's favour, as for the actual value; false
     * where the target names no date (a duration).
     */
    public static boolean isOutside(Timing target, TimePoint date, int fiscalYear) {
        if (target.duration() != null || target.last() == null) {
            return false;
        }
        Timing done = new Timing(java.util.List.of(date), false, null, true, "");
        if (completion(done, target, fiscalYear) > deadline(target, fiscalYear)) {
            return true;
        }
        if (!target.period() || target.points().size() < 2) {
            return false;
        }
        TimePoint start = target.points().get(0);
        int startYear = start.year() != null ? start.year() : fiscalYear;
        int begins = ordinal(startYear, start.month(), start.day() != null ? start.day() : 1);
        // the date's year as completion() reads it; its last day, for the benefit of the doubt
        int year = completion(done, target, fiscalYear) / 10_000;
        return ordinal(year, date.month(), date.day() != null ? date.day() : 31) < begins;
    }

    /** MET, MISSED (late), or UNKNOWN where the two cannot be compared (a date against a duration). */
    static Attainment attainment(Timing target, Timing actual, int fiscalYear) {
        if (target.duration() != null || actual.duration() != null) {
            if (target.duration() == null || actual.duration() == null) {
                return Attainment.UNKNOWN;
            }
            return actual.duration().hours().compareTo(target.duration().hours()) <= 0
                    ? Attainment.MET
                    : Attainment.MISSED;
        }
        if (target.last() == null || actual.last() == null) {
            return Attainment.UNKNOWN;
        }
        int deadline = deadline(target, fiscalYear);
        int done = completion(actual, target, fiscalYear);
        return done <= deadline ? Attainment.MET : Attainment.MISSED;
    }

    /** The target's last day as yyyymmdd; a period whose end month is before its start month ends next year. */
    private static int deadline(Timing target, int fiscalYear) {
        // attainment() returned UNKNOWN for a target without a date
        TimePoint end = Objects.requireNonNull(target.last(), "the target's last date");
        int year = end.year() != null ? end.year() : fiscalYear;
        if (end.year() == null && target.period() && target.points().size() > 1) {
            TimePoint start = target.points().get(0);
            if (start.year() == null && start.month() > end.month()) {
                year = fiscalYear + 1;
            } else if (start.year() != null) {
                year = start.year();
            }
        }
        return ordinal(year, end.month(), end.day() != null ? end.day() : 31);
    }

    /** When the work was done, as yyyymmdd; an undated day counts as the month's first (the benefit of doubt). */
    private static int completion(Timing actual, Timing target, int fiscalYear) {
        // attainment() returned UNKNOWN for a target or a result without a date
        TimePoint done = Objects.requireNonNull(actual.last(), "the result's last date");
        TimePoint end = Objects.requireNonNull(target.last(), "the target's last date");
        int year = done.year() != null ? done.year() : fiscalYear;
        TimePoint start = target.points().get(0);
        if (done.year() == null
                && target.period()
                && start.year() == null
                && start.month() > end.month()
                && done.month() <= end.month()) {
            year = fiscalYear + 1;
        }
        return ordinal(year, done.month(), done.day() != null ? done.day() : 1);
    }

    private static int ordinal(int year, int month, int day) {
        return year * 10_000 + month * 100 + day;
    }
}
