package jixiao.scoring.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the 时效 forms of a normalised text: months and dates ("12月份", "2022年3月", "2021.12.31"), periods
 * ("6月-11月", "6-11月", "11.15-3.15", "2020.11-2021.11", "下半年"), milestone lists ("1月、3月、6月、9月",
 * "1、3、6、9月"), deadlines given as durations ("48小时内", "3个工作日") and the completion of work ("11月已完成").
 *
 * <p>Returns null where the text is not a time at all, so that it can be read as a quantity; a bare "11.15" or
 * "2021.12" is a number, and a duration with ≥ or 以上 ("≥48小时") is an amount of time, not a deadline.
 */
final class TimingReader {

    private enum Kind {
        /** "12月", "2022年3月", "12月31日": a date with its 月 printed. */
        MONTH,
        /** "2021.12.31", "2021-12-31", "2021-12". */
        DATE,
        /** "2021.12": a date only inside a period. */
        YEAR_MONTH_DOT,
        /** "11.15": a date only inside a period. */
        MONTH_DAY_DOT,
        /** "年底", "上半年". */
        WORD,
        /** "下半年", "全年". */
        PERIOD_WORD,
        /** "三季度", "第3季度". */
        QUARTER,
        /** "6" in "6-11月" or "1、3、6、9月": a month only where the list ends in 月. */
        BARE,
        /** "2021年" without a month. */
        YEAR_ONLY
    }

    private record Item(Kind kind, List<TimePoint> points, int value, int start, int end) {
        boolean namesADate() {
            return kind == Kind.MONTH || kind == Kind.DATE || kind == Kind.WORD || kind == Kind.QUARTER;
        }
    }

    private record Body(
            List<TimePoint> points,
            boolean period,
            @Nullable Duration duration,
            Comparator comparator,
            int end,
            boolean fromWord) {}

    private record TimeWord(String word, int firstMonth, int lastMonth) {
        boolean period() {
            return firstMonth != lastMonth;
        }

        List<TimePoint> points(@Nullable Integer year) {
            TimePoint last = new TimePoint(year, lastMonth, null);
            return period() ? List.of(new TimePoint(year, firstMonth, null), last) : List.of(last);
        }
    }

    private static final TimeWord[] TIME_WORDS = {
        new TimeWord("上半年", 6, 6),
        new TimeWord("下半年", 7, 12),
        new TimeWord("全年", 1, 12),
        new TimeWord("年底", 12, 12),
        new TimeWord("年末", 12, 12),
    };

    /** Words that may surround 年底 / 全年 … in a time text ("年底前完成", "已于上半年完成"). */
    private static final String TIME_WORDING = "于在已经截至止到不晚迟前以之内完成全部按时底末";

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private final String s;
    private final int n;
    /** Why the text is not read as a time, once the reader found out; null while it reads. */
    private @Nullable String problem;

    private TimingReader(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** The time the text names, an Unreadable where it names one wrongly, or null where it names none. */
    static @Nullable ParsedValue read(String normalised, String text) {
        if (!mayBeTiming(normalised)) {
            return null;
        }
        return new TimingReader(normalised).read(text);
    }

    /** Whether the text has a character that a time needs; where not, {@link #read} is null. */
    static boolean mayBeTiming(String s) {
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '月', '年', '季', '时', '天', '日', '周', '钟', '-', '~', '〜', '—', '至', '到', '/':
                    return true;
                case '.':
                    dots++;
                    break;
                default:
                    break;
            }
        }
        return dots >= 2;
    }

    private @Nullable ParsedValue read(String text) {
        int start = bodyStart();
        if (start < 0) {
            return null;
        }
        Body body = readBody(start);
        if (problem != null) {
            return new ParsedValue.Unreadable(text, problem != null ? problem : Reasons.unrecognised(text));
        }
        if (body == null) {
            return null;
        }
        if (body.duration() != null) {
            return deadline(body, start, text);
        }
        int tail = body.end();
        if (body.fromWord()) {
            return isWording(0, start) && isWording(tail, n)
                    ? new ParsedValue.Timing(body.points(), body.period(), null, completes(start, tail), text)
                    : null;
        }
        if (CharKinds.hasDigit(s, tail, n)) {
            return new ParsedValue.Unreadable(text, Reasons.moreAfterDate(s.substring(tail)));
        }
        String noise = prefixProblem(start);
        if (noise == null) {
            noise = CharKinds.problemInWords(s, tail, n);
        }
        if (noise != null) {
            return new ParsedValue.Unreadable(text, noise);
        }
        return new ParsedValue.Timing(body.points(), body.period(), null, completes(start, tail), text);
    }

    /** "48小时内", "≤48小时", "3个工作日": a deadline; "≥48小时" and "48小时以上" are amounts (null). */
    private @Nullable ParsedValue deadline(Body body, int start, String text) {
        ComparatorWords.Match before = ComparatorWords.endingAt(s, 0, start);
        Comparator printed = before == null ? Comparator.NONE : before.comparator();
        Comparator after = body.comparator();
        if (printed != Comparator.NONE && after != Comparator.NONE && printed != after) {
            return null;
        }
        if (printed.isPositive() || after.isPositive() || CharKinds.hasDigit(s, body.end(), n)) {
            return null;
        }
        if (prefixProblem(start) != null || CharKinds.problemInWords(s, body.end(), n) != null) {
            return null;
        }
        return new ParsedValue.Timing(List.of(), false, body.duration(), false, text);
    }

    /** "已完成", "完成" before or after the date; "未完成" is not. */
    private boolean completes(int prefixEnd, int tail) {
        return mentionsCompletion(0, prefixEnd) || mentionsCompletion(tail, n);
    }

    private boolean mentionsCompletion(int from, int to) {
        int at = s.indexOf("完成", from);
        if (at < 0 || at + 2 > to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '未' || c == '没') {
                return false;
            }
        }
        return true;
    }

    private @Nullable String prefixProblem(int end) {
        int i = 0;
        while (i < end) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!CharKinds.isComparatorSymbol(cp)) {
                String noise = CharKinds.problemInWords(s, i, next);
                if (noise != null) {
                    return noise;
                }
            }
            i = next;
        }
        return null;
    }

    private boolean isWording(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (TIME_WORDING.indexOf(c) < 0 && !CharKinds.isPunctuation(c)) {
                return false;
            }
        }
        return true;
    }

    private int bodyStart() {
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (CharKinds.isDigit(c)
                    || (c == '第' && quarterAt(k + 1) > 0)
                    || (NumberScanner.startsNumeral(c) && chineseTimeAt(k))
                    || timeWordAt(k) != null) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A Chinese numeral before 月, 季度 or a duration unit ("十二月", "三季度", "三个工作日"). After another word
     * ("统一日期") it must end the text or be followed by a deadline word, so that words are not read as dates.
     */
    private boolean chineseTimeAt(int k) {
        NumberScanner.Read numeral = NumberScanner.chinese(s, k);
        if (numeral == null) {
            return false;
        }
        int e = numeral.end();
        int after;
        if (s.startsWith("月", e) || (s.startsWith("年", e) && isWrittenYear(numeral, k))) {
            after = e + 1;
        } else if (s.startsWith("季度", e)) {
            after = e + 2;
        } else {
            MeasureUnits.Entry measureWord = MeasureUnits.match(s, e);
            if (measureWord == null || !isDurationWord(measureWord)) {
                return false;
            }
            after = e + measureWord.symbol().length();
        }
        return !CharKinds.isLetterBefore(s, k)
                || after >= n
                || !CharKinds.isLetterAt(s, after)
                || ComparatorWords.afterValueAt(s, after, true) != null
                || isWording(after, n);
    }

    private @Nullable TimeWord timeWordAt(int k) {
        char c = k < n ? s.charAt(k) : 0;
        if (c != '上' && c != '下' && c != '全' && c != '年') {
            return null;
        }
        for (TimeWord w : TIME_WORDS) {
            if (s.startsWith(w.word(), k)) {
                return w;
            }
        }
        return null;
    }

    /** 1–4 where "一季度", "3季度" … starts at j, else 0. */
    private int quarterAt(int j) {
        if (j >= n || !s.startsWith("季度", j + 1)) {
            return 0;
        }
        return switch (s.charAt(j)) {
            case '一', '1' -> 1;
            case '二', '2' -> 2;
            case '三', '3' -> 3;
            case '四', '4' -> 4;
            default -> 0;
        };
    }

    private @Nullable Body readBody(int k) {
        TimeWord word = timeWordAt(k);
        if (word != null) {
            return new Body(
                    word.points(null),
                    word.period(),
                    null,
                    Comparator.NONE,
                    k + word.word().length(),
                    true);
        }
        Item first = readItem(k);
        if (problem != null) {
            return null;
        }
        if (first != null) {
            Body dates = readDates(first);
            if (dates != null || problem != null) {
                return dates;
            }
        }
        return readDuration(k);
    }

    private @Nullable Body readDates(Item first) {
        int j = first.end();
        int range = rangeSeparatorAt(j);
        if (range > 0) {
            Item second = readItem(j + range);
            return problem != null ? null : period(first, second);
        }
        if (isListSeparatorAt(j)) {
            List<Item> items = new ArrayList<>();
            items.add(first);
            while (isListSeparatorAt(j)) {
                Item next = readItem(j + 1);
                if (problem != null) {
                    return null;
                }
                if (next == null) {
                    break;
                }
                items.add(next);
                j = next.end();
            }
            if (items.size() > 1) {
                return milestones(items, j);
            }
        }
        return single(first);
    }

    private @Nullable Body single(Item item) {
        return switch (item.kind()) {
            case MONTH, DATE, WORD, QUARTER -> new Body(item.points(), false, null, Comparator.NONE, item.end(), false);
            case PERIOD_WORD -> new Body(item.points(), true, null, Comparator.NONE, item.end(), false);
            case YEAR_ONLY -> fail(Reasons.yearOnly(s.substring(item.start(), item.end())));
            case BARE, YEAR_MONTH_DOT, MONTH_DAY_DOT -> null;
        };
    }

    private @Nullable Body period(Item first, @Nullable Item second) {
        if (first.kind() == Kind.YEAR_ONLY || (second != null && second.kind() == Kind.YEAR_ONLY)) {
            Item yearOnly = first.kind() == Kind.YEAR_ONLY ? first : Objects.requireNonNull(second, "a year only");
            return fail(Reasons.yearOnly(s.substring(yearOnly.start(), yearOnly.end())));
        }
        if (second == null) {
            return first.namesADate() ? fail(Reasons.unreadableDate(s)) : null;
        }
        boolean fits =
                switch (first.kind()) {
                    case BARE -> second.kind() == Kind.MONTH;
                    case MONTH_DAY_DOT -> second.kind() == Kind.MONTH_DAY_DOT;
                    case YEAR_MONTH_DOT -> second.kind() == Kind.YEAR_MONTH_DOT || second.kind() == Kind.DATE;
                    case MONTH, DATE, WORD, QUARTER -> second.namesADate() || second.kind() == Kind.YEAR_MONTH_DOT;
                    case PERIOD_WORD, YEAR_ONLY -> false;
                };
        if (!fits) {
            return first.namesADate() ? fail(Reasons.unreadableDate(s)) : null;
        }
        TimePoint start =
                first.kind() == Kind.BARE ? bareMonth(first) : first.points().get(0);
        if (start == null) {
            return null;
        }
        return new Body(List.of(start, second.points().get(0)), true, null, Comparator.NONE, second.end(), false);
    }

    private @Nullable Body milestones(List<Item> items, int end) {
        for (Item item : items) {
            if (item.kind() == Kind.YEAR_ONLY) {
                return fail(Reasons.yearOnly(s.substring(item.start(), item.end())));
            }
        }
        boolean monthList = items.get(items.size() - 1).kind() == Kind.MONTH;
        List<TimePoint> points = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item.namesADate()) {
                points.add(item.points().get(0));
            } else if (item.kind() == Kind.BARE && monthList) {
                TimePoint month = bareMonth(item);
                if (month == null) {
                    return null;
                }
                points.add(month);
            } else {
                return items.get(0).namesADate() ? fail(Reasons.unreadableDate(s)) : null;
            }
        }
        return new Body(points, false, null, Comparator.NONE, end, false);
    }

    private @Nullable TimePoint bareMonth(Item item) {
        if (item.value() < 1 || item.value() > 12) {
            problem = Reasons.monthOutOfRange(s.substring(item.start(), item.end()));
            return null;
        }
        return TimePoint.month(item.value());
    }

    private @Nullable Body fail(String reason) {
        problem = reason;
        return null;
    }

    private int rangeSeparatorAt(int j) {
        if (j >= n) {
            return 0;
        }
        if (s.startsWith("——", j)) {
            return 2;
        }
        return switch (s.charAt(j)) {
            case '-', '~', '〜', '—', '至', '到' -> 1;
            default -> 0;
        };
    }

    private boolean isListSeparatorAt(int j) {
        if (j >= n) {
            return false;
        }
        return switch (s.charAt(j)) {
            case '、', ',', ';', '和', '及', '与' -> true;
            default -> false;
        };
    }

    private @Nullable Item readItem(int k) {
        if (k >= n) {
            return null;
        }
        TimeWord word = timeWordAt(k);
        if (word != null) {
            return wordItem(word, null, k, k + word.word().length());
        }
        char c = s.charAt(k);
        if (c == '第') {
            int quarter = quarterAt(k + 1);
            return quarter > 0 ? quarterItem(null, quarter, k, k + 4) : null;
        }
        if (CharKinds.isDigit(c)) {
            return digitItem(k);
        }
        if (NumberScanner.startsNumeral(c)) {
            return numeralItem(null, k, k);
        }
        return null;
    }

    private @Nullable Item digitItem(int k) {
        int digits = NumberScanner.digitRun(s, k);
        if (digits > 4) {
            return null;
        }
        int a = NumberScanner.intValue(s, k, k + digits);
        int j = k + digits;
        char next = j < n ? s.charAt(j) : 0;
        switch (next) {
            case '年':
                return digits == 4 && isYear(a) ? afterYear(a, k, j + 1) : null;
            case '月':
                return month(null, a, k, j + 1);
            case '季':
                if (s.startsWith("季度", j)) {
                    return quarterItem(null, a, k, j + 2);
                }
                break;
            case '.', '-', '/':
                if (j + 1 < n && CharKinds.isDigit(s.charAt(j + 1))) {
                    if (digits == 4 && isYear(a)) {
                        return yearFirst(a, next, k, j + 1);
                    }
                    if (next == '.') {
                        return monthDay(a, digits, k, j + 1);
                    }
                }
                break;
            default:
                break;
        }
        return digits <= 2 ? new Item(Kind.BARE, List.of(), a, k, j) : null;
    }

    private static boolean isYear(int value) {
        return value >= 1900 && value <= 2099;
    }

    /** "2021.12.31", "2021-12-31", "2021/12/31", "2021.12", "2021-12". */
    private @Nullable Item yearFirst(int year, char separator, int k, int j) {
        int digits = NumberScanner.digitRun(s, j);
        int month = NumberScanner.intValue(s, j, j + Math.min(digits, 3));
        if (digits > 2 || month < 1 || month > 12) {
            return null;
        }
        int e = j + digits;
        if (e + 1 < n && s.charAt(e) == separator && CharKinds.isDigit(s.charAt(e + 1))) {
            int dayDigits = NumberScanner.digitRun(s, e + 1);
            int day = NumberScanner.intValue(s, e + 1, e + 1 + Math.min(dayDigits, 3));
            int end = e + 1 + dayDigits;
            if (dayDigits > 2 || !isDay(year, month, day)) {
                return failItem(Reasons.noSuchDay(s.substring(k, end)));
            }
            return new Item(Kind.DATE, List.of(new TimePoint(year, month, day)), 0, k, end);
        }
        Kind kind = separator == '.' ? Kind.YEAR_MONTH_DOT : Kind.DATE;
        return new Item(kind, List.of(new TimePoint(year, month, null)), 0, k, e);
    }

    /** "11.15" (month.day), only as a period's end ("11.15-3.15"). */
    private @Nullable Item monthDay(int month, int monthDigits, int k, int j) {
        int digits = NumberScanner.digitRun(s, j);
        int day = NumberScanner.intValue(s, j, j + Math.min(digits, 3));
        int e = j + digits;
        if (monthDigits > 2
                || month < 1
                || month > 12
                || digits > 2
                || (e < n && s.charAt(e) == '.')
                || !isDay(null, month, day)) {
            return null;
        }
        return new Item(Kind.MONTH_DAY_DOT, List.of(new TimePoint(null, month, day)), 0, k, e);
    }

    private @Nullable Item afterYear(int year, int k, int j) {
        if (j < n) {
            TimeWord word = timeWordAt(j);
            if (word != null) {
                return wordItem(word, year, k, j + word.word().length());
            }
            char c = s.charAt(j);
            if (c == '底' || c == '末') {
                return new Item(Kind.WORD, List.of(new TimePoint(year, 12, null)), 0, k, j + 1);
            }
            if (c == '第' && quarterAt(j + 1) > 0) {
                return quarterItem(year, quarterAt(j + 1), k, j + 4);
            }
            if (CharKinds.isDigit(c)) {
                int digits = NumberScanner.digitRun(s, j);
                int e = j + digits;
                if (digits <= 2 && s.startsWith("月", e)) {
                    return month(year, NumberScanner.intValue(s, j, e), k, e + 1);
                }
                if (digits <= 2 && s.startsWith("季度", e)) {
                    return quarterItem(year, NumberScanner.intValue(s, j, e), k, e + 2);
                }
            }
            if (NumberScanner.startsNumeral(c)) {
                Item item = numeralItem(year, k, j);
                if (item != null || problem != null) {
                    return item;
                }
            }
        }
        return new Item(Kind.YEAR_ONLY, List.of(), year, k, j);
    }

    /** "二〇二一" before 年: four digits, read one by one, that make a year. */
    private boolean isWrittenYear(NumberScanner.Read numeral, int k) {
        return numeral.end() - k == 4
                && numeral.read().scale() == 0
                && numeral.read().compareTo(BigDecimal.valueOf(2099)) <= 0
                && isYear(numeral.read().intValue());
    }

    private @Nullable Item numeralItem(@Nullable Integer year, int k, int j) {
        NumberScanner.Read numeral = NumberScanner.chinese(s, j);
        if (numeral == null) {
            return null;
        }
        int e = numeral.end();
        if (year == null && s.startsWith("年", e) && isWrittenYear(numeral, j)) {
            return afterYear(numeral.read().intValue(), k, e + 1);
        }
        if (numeral.read().scale() > 0 || numeral.read().compareTo(BigDecimal.valueOf(99)) > 0) {
            return null;
        }
        int value = numeral.read().intValue();
        if (s.startsWith("月", e)) {
            return month(year, value, k, e + 1);
        }
        if (s.startsWith("季度", e)) {
            return quarterItem(year, value, k, e + 2);
        }
        return null;
    }

    private @Nullable Item wordItem(TimeWord word, @Nullable Integer year, int k, int end) {
        return new Item(word.period() ? Kind.PERIOD_WORD : Kind.WORD, word.points(year), 0, k, end);
    }

    private @Nullable Item quarterItem(@Nullable Integer year, int quarter, int k, int end) {
        if (quarter < 1 || quarter > 4) {
            return failItem(Reasons.unreadableDate(s.substring(k, end)));
        }
        return new Item(Kind.QUARTER, List.of(new TimePoint(year, quarter * 3, null)), 0, k, end);
    }

    /** "12月", "12月31日", "12月份", "12月分" (a real typo), "12月底", "3月上旬"; j is just after 月. */
    private @Nullable Item month(@Nullable Integer year, int month, int k, int j) {
        if (month < 1 || month > 12) {
            return failItem(Reasons.monthOutOfRange(s.substring(k, j)));
        }
        Integer day = null;
        int e = j;
        int dayEnd = -1;
        int dayValue = 0;
        if (j < n && CharKinds.isDigit(s.charAt(j))) {
            int digits = NumberScanner.digitRun(s, j);
            if (digits <= 2) {
                dayEnd = j + digits;
                dayValue = NumberScanner.intValue(s, j, dayEnd);
            }
        } else if (j < n && NumberScanner.startsNumeral(s.charAt(j))) {
            NumberScanner.Read numeral = NumberScanner.chinese(s, j);
            if (numeral != null
                    && numeral.read().scale() == 0
                    && numeral.read().compareTo(BigDecimal.valueOf(99)) <= 0) {
                dayEnd = numeral.end();
                dayValue = numeral.read().intValue();
            }
        }
        if (dayEnd > 0 && dayEnd < n && (s.charAt(dayEnd) == '日' || s.charAt(dayEnd) == '号')) {
            if (!isDay(year, month, dayValue)) {
                return failItem(Reasons.noSuchDay(s.substring(k, dayEnd + 1)));
            }
            day = dayValue;
            e = dayEnd + 1;
        }
        e = skipMonthSuffix(e, day == null);
        return new Item(Kind.MONTH, List.of(new TimePoint(year, month, day)), 0, k, e);
    }

    private int skipMonthSuffix(int e, boolean afterMonth) {
        if (e >= n) {
            return e;
        }
        if (s.startsWith("上旬", e) || s.startsWith("中旬", e) || s.startsWith("下旬", e)) {
            return e + 2;
        }
        char c = s.charAt(e);
        if (c == '份' || c == '底' || c == '末' || c == '初' || (afterMonth && c == '分' && !s.startsWith("分钟", e))) {
            return e + 1;
        }
        return e;
    }

    private @Nullable Item failItem(String reason) {
        problem = reason;
        return null;
    }

    private static boolean isDay(@Nullable Integer year, int month, int day) {
        int last =
                switch (month) {
                    case 2 -> year == null || java.time.Year.isLeap(year) ? 29 : 28;
                    case 4, 6, 9, 11 -> 30;
                    default -> 31;
                };
        return day >= 1 && day <= last;
    }

    /** "48小时", "48小时内", "3个工作日", "两天", "0.5天". */
    private @Nullable Body readDuration(int k) {
        char c = s.charAt(k);
        NumberScanner.Read amount;
        if (CharKinds.isDigit(c)) {
            amount = NumberScanner.decimal(s, k);
            if (amount.problem() != null) {
                return null;
            }
        } else {
            amount = NumberScanner.chinese(s, k);
            if (amount == null) {
                return null;
            }
        }
        int j = amount.end();
        MeasureUnits.Entry measureWord = MeasureUnits.match(s, j);
        if (measureWord == null || !isDurationWord(measureWord)) {
            return null;
        }
        j += measureWord.symbol().length();
        ComparatorWords.Match after = ComparatorWords.afterValueAt(s, j, true);
        Comparator comparator = Comparator.NONE;
        if (after != null) {
            comparator = after.comparator();
            j += after.length();
        }
        Duration duration = new Duration(amount.read(), measureWord.symbol(), hours(amount.read(), measureWord));
        return new Body(List.of(), false, duration, comparator, j, false);
    }

    private static boolean isDurationWord(MeasureUnits.Entry measureWord) {
        return measureWord.measureUnit().dimension() == Dimension.DURATION
                || measureWord.symbol().equals("分钟");
    }

    /** Minutes divide exactly by 60 only where the amount divides by 3; otherwise to 16 significant digits. */
    private static BigDecimal hours(BigDecimal amount, MeasureUnits.Entry measureWord) {
        if (!measureWord.symbol().equals("分钟")) {
            return amount.multiply(measureWord.measureUnit().factor());
        }
        boolean exact = amount.unscaledValue().mod(THREE.toBigInteger()).signum() == 0;
        return exact ? amount.divide(MINUTES_PER_HOUR) : amount.divide(MINUTES_PER_HOUR, MathContext.DECIMAL64);
    }
}
