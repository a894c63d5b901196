package jixiao.scoring.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the quantities of a normalised text: "≥95%", "≤9万", "22万千瓦", "井冈山一次", "2个平台", "4个保安3个保洁";
 * a text without any number is {@link ParsedValue.Qualitative} ("提升", "河南村").
 *
 * <p>A quantity is [label] [comparator] number [multiplier] [unit] [以上/以内…] [label]. Words before the first
 * number and after a measure word are its label; between two quantities a separator ("，", "、") divides the
 * words of the one from those of the next.
 */
final class QuantityReader {
    private static final String PERCENT_WORD = "百分之";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One quantity while it is being read. */
    private static final class Part {
        int from;
        int to;
        ComparatorWords.@Nullable Match before;
        ComparatorWords.@Nullable Match after;
        /** Zero until the number is read, which every part that is kept has. */
        BigDecimal number = BigDecimal.ZERO;

        BigDecimal multiplier = BigDecimal.ONE;
        MeasureUnit measureUnit = MeasureUnit.NONE;
        String prefix = "";
        String suffix = "";
    }

    private final String s;
    private final int n;
    /** Why the text is not read as a quantity, once the reader found out; null while it reads. */
    private @Nullable String problem;

    private QuantityReader(String s) {
        this.s = s;
        this.n = s.length();
    }

    static ParsedValue read(String normalised, String text) {
        return new QuantityReader(normalised).read(text);
    }

    private ParsedValue read(String text) {
        Part first = null;
        List<Part> more = null;
        Part previous = null;
        int i = 0;
        while (true) {
            int start = nextNumberStart(i);
            if (start == n) {
                if (previous == null) {
                    return withoutNumber(text);
                }
                if (!assignTrailingWords(previous, i)) {
                    return unreadable(text);
                }
                break;
            }
            if (previous != null && isRange(i, start)) {
                return new ParsedValue.Unreadable(text, Reasons.range(s));
            }
            Part part = new Part();
            if (!assignWords(previous, part, i, start)) {
                return unreadable(text);
            }
            int end = readNumberAndMeasureUnit(part, start);
            if (end < 0) {
                return unreadable(text);
            }
            if (first == null) {
                first = part;
            } else {
                if (more == null) {
                    more = new ArrayList<>();
                }
                more.add(part);
            }
            previous = part;
            i = end;
        }
        if (first == null) {
            // the loop stops without a part only where it found no number, which it returned already
            return withoutNumber(text);
        }
        if (more == null) {
            return quantity(first, text);
        }
        more.add(0, first);
        List<ParsedValue.Quantity> quantities = new ArrayList<>(more.size());
        for (Part part : more) {
            ParsedValue quantity = quantity(part, s.substring(part.from, part.to));
            if (quantity instanceof ParsedValue.Quantity q) {
                quantities.add(q);
            } else {
                return new ParsedValue.Unreadable(text, ((ParsedValue.Unreadable) quantity).reason());
            }
        }
        return new ParsedValue.Composite(quantities, text);
    }

    /** Where the next number starts at or after i, or n where none does. */
    private int nextNumberStart(int i) {
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (CharKinds.isDigit(c)) {
                return k;
            }
            boolean digitNext = k + 1 < n && CharKinds.isDigit(s.charAt(k + 1));
            if ((c == '-' || c == '.') && digitNext) {
                return k;
            }
            if (c == '百' && isPercentWordAt(k)) {
                return k;
            }
            if (NumberScanner.startsNumeral(c) && isChineseNumberAt(k)) {
                return k;
            }
        }
        return n;
    }

    private boolean isPercentWordAt(int k) {
        int j = k + PERCENT_WORD.length();
        if (!s.startsWith(PERCENT_WORD, k) || j >= n) {
            return false;
        }
        char c = s.charAt(j);
        return CharKinds.isDigit(c) || NumberScanner.startsNumeral(c) || c == '百';
    }

    /**
     * Whether a Chinese numeral at k is a number: followed by a unit or measure word ("一个", "井冈山一次") or ending
     * the text, never after 第 (an ordinal), and never inside a word ("统一", "一体化", "一部分", "十分满意").
     */
    private boolean isChineseNumberAt(int k) {
        if (k > 0 && s.charAt(k - 1) == '第') {
            return false;
        }
        NumberScanner.Read numeral = NumberScanner.chinese(s, k);
        if (numeral == null) {
            return false;
        }
        int j = skipMultipliers(numeral.end());
        boolean insideWord = CharKinds.isLetterBefore(s, k);
        MeasureUnits.Entry measureWord = MeasureUnits.match(s, j);
        if (measureWord == null) {
            return j == n && !insideWord;
        }
        int after = j + measureWord.symbol().length();
        if (after == n || !CharKinds.isLetterAt(s, after) || ComparatorWords.afterValueAt(s, after, true) != null) {
            return true;
        }
        if (measureWord.measureUnit().dimension() != Dimension.COUNT || insideWord) {
            return false;
        }
        MeasureUnits.Entry next = MeasureUnits.match(s, after);
        return next == null || next.measureUnit().dimension() == Dimension.COUNT;
    }

    private int skipMultipliers(int j) {
        int k = j;
        while (k < n && multiplierAt(k) != null) {
            k++;
        }
        return k;
    }

    /** 万, 亿 (not in 万元, 亿元), 千 (not in 千瓦, 千米, 千克), 百 before 万 ("百万"); null where none. */
    private @Nullable BigDecimal multiplierAt(int k) {
        switch (s.charAt(k)) {
            case '万':
                return s.startsWith("万元", k) ? null : MeasureUnits.TEN_THOUSAND;
            case '亿':
                return s.startsWith("亿元", k) ? null : MeasureUnits.HUNDRED_MILLION;
            case '千':
                MeasureUnits.Entry measureWord = MeasureUnits.match(s, k);
                return measureWord != null && measureWord.symbol().length() > 1 ? null : MeasureUnits.THOUSAND;
            case '百':
                return k + 1 < n && s.charAt(k + 1) == '万' ? HUNDRED : null;
            default:
                return null;
        }
    }

    /** "85-90%", "85%~90%", "6至11": a range is not one value. */
    private boolean isRange(int from, int start) {
        if (from == start) {
            return s.charAt(start) == '-';
        }
        if (start - from == 2) {
            return s.startsWith("——", from);
        }
        if (start - from != 1) {
            return false;
        }
        return switch (s.charAt(from)) {
            case '-', '~', '〜', '—', '至', '到' -> true;
            default -> false;
        };
    }

    /**
     * Gives the words in [from, to) to the quantities around them: a comparator at the end belongs to the next
     * number; before the first number the words are its label; after a measure word they are that quantity's
     * ("4个保安"), otherwise the next one's, unless a separator divides them.
     */
    private boolean assignWords(@Nullable Part previous, Part part, int from, int to) {
        int end = to;
        ComparatorWords.Match comparator = ComparatorWords.endingAt(s, from, to);
        if (comparator != null) {
            part.before = comparator;
            end -= comparator.length();
        }
        problem = CharKinds.problemInWords(s, from, end);
        if (problem == null && end > from && Character.getType(s.charAt(end - 1)) == Character.DASH_PUNCTUATION) {
            // "—5": a dash right before the number may be a minus sign; dropping it would change the value
            problem = Reasons.unrecognised(s.substring(end - 1, end));
        }
        if (problem != null) {
            return false;
        }
        part.from = end;
        if (previous == null) {
            part.prefix = trimmed(from, end);
            part.from = from;
            return true;
        }
        int separator = firstPunctuation(from, end);
        if (separator >= 0) {
            previous.suffix = trimmed(from, separator);
            previous.to = Math.max(previous.to, lastWordEnd(from, separator));
            part.prefix = trimmed(separator, end);
            part.from = firstWordStart(separator, end);
        } else if (previous.measureUnit.dimension() == Dimension.COUNT) {
            previous.suffix = trimmed(from, end);
            previous.to = end;
        } else {
            part.prefix = trimmed(from, end);
            part.from = from;
        }
        return true;
    }

    private boolean assignTrailingWords(Part last, int from) {
        problem = CharKinds.problemInWords(s, from, n);
        if (problem != null) {
            return false;
        }
        last.suffix = trimmed(from, n);
        last.to = Math.max(last.to, lastWordEnd(from, n));
        return true;
    }

    private int firstPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (CharKinds.isPunctuation(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private int firstWordStart(int from, int to) {
        int a = from;
        while (a < to && CharKinds.isPunctuation(s.charAt(a))) {
            a++;
        }
        return a;
    }

    private int lastWordEnd(int from, int to) {
        int b = to;
        while (b > from && CharKinds.isPunctuation(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    private String trimmed(int from, int to) {
        int a = firstWordStart(from, to);
        int b = lastWordEnd(a, to);
        return a >= b ? "" : s.substring(a, b);
    }

    /** Reads [−] number [multiplier] [unit] [以上/以内…] at start; the end, or −1 with the problem set. */
    private int readNumberAndMeasureUnit(Part part, int start) {
        int j = start;
        if (s.charAt(j) == '.') {
            int end = j + 1 + NumberScanner.digitRun(s, j + 1);
            problem = Reasons.malformedNumber(s.substring(j, end));
            return -1;
        }
        boolean negative = s.charAt(j) == '-';
        if (negative) {
            j++;
        }
        boolean percentWord = s.startsWith(PERCENT_WORD, j);
        if (percentWord) {
            j += PERCENT_WORD.length();
        }
        NumberScanner.Read number;
        if (percentWord && s.charAt(j) == '百' && !(j + 1 < n && NumberScanner.startsNumeral(s.charAt(j + 1)))) {
            number = new NumberScanner.Read(HUNDRED, j + 1, null);
        } else if (CharKinds.isDigit(s.charAt(j))) {
            number = NumberScanner.decimal(s, j);
        } else {
            number = NumberScanner.chinese(s, j);
        }
        if (number == null) {
            problem = Reasons.unrecognised(s.substring(start));
            return -1;
        }
        if (number.problem() != null) {
            problem = number.problem();
            return -1;
        }
        part.number = negative ? number.read().negate() : number.read();
        j = number.end();
        if (percentWord) {
            part.measureUnit = MeasureUnit.PERCENT;
        } else {
            j = readMultipliers(part, j);
            j = readMeasureUnit(part, j);
            if (j < 0) {
                return -1;
            }
        }
        ComparatorWords.Match after = ComparatorWords.afterValueAt(s, j, part.measureUnit != MeasureUnit.NONE);
        if (after != null) {
            part.after = after;
            j += after.length();
        }
        Dimension dimension = part.measureUnit.dimension();
        if (dimension != Dimension.NONE && dimension != Dimension.COUNT && dimension != Dimension.OTHER) {
            MeasureUnits.Entry next = MeasureUnits.match(s, j);
            if (next != null) {
                problem = Reasons.measureUnitAfterMeasureUnit(part.measureUnit.symbol(), next.symbol());
                return -1;
            }
        }
        part.to = j;
        return j;
    }

    private int readMultipliers(Part part, int from) {
        int j = from;
        BigDecimal multiplier = BigDecimal.ONE;
        BigDecimal m;
        while (j < n && (m = multiplierAt(j)) != null) {
            multiplier = multiplier == BigDecimal.ONE ? m : multiplier.multiply(m);
            j++;
        }
        part.multiplier = multiplier;
        return j;
    }

    /** The unit at j: a known unit, a rate ("元/人"), or any other word (Dimension.OTHER); −1 for Latin noise. */
    private int readMeasureUnit(Part part, int j) {
        if (j >= n) {
            return j;
        }
        MeasureUnits.Entry known = MeasureUnits.match(s, j);
        if (known != null) {
            int end = j + known.symbol().length();
            if (end + 1 < n && s.charAt(end) == '/' && CharKinds.isLetterAt(s, end + 1)) {
                int denominatorEnd = wordEnd(end + 1);
                part.measureUnit = new MeasureUnit(
                        Dimension.OTHER,
                        s.substring(j, denominatorEnd),
                        known.measureUnit().factor());
                return denominatorEnd;
            }
            part.measureUnit = known.measureUnit();
            return end;
        }
        char c = s.charAt(j);
        if (CharKinds.isLatinLetter(c)) {
            int end = j;
            while (end < n && CharKinds.isLatinLetter(s.charAt(end))) {
                end++;
            }
            problem = Reasons.unrecognised(s.substring(j, end));
            return -1;
        }
        boolean rangeWord = (c == '至' || c == '到') && j + 1 < n && CharKinds.isDigit(s.charAt(j + 1));
        if (CharKinds.isLetterAt(s, j) && !rangeWord && ComparatorWords.afterValueAt(s, j, false) == null) {
            if (c == '月' || c == '号') {
                problem = Reasons.unreadableDate(s);
                return -1;
            }
            int end = wordEnd(j);
            part.measureUnit = new MeasureUnit(Dimension.OTHER, s.substring(j, end), BigDecimal.ONE);
            return end;
        }
        return j;
    }

    /** The end of a unit word: letters other than Latin, up to a digit, punctuation or 以上/以内…. */
    private int wordEnd(int from) {
        MeasureUnits.Entry known = MeasureUnits.match(s, from);
        if (known != null) {
            return from + known.symbol().length();
        }
        int k = from;
        while (k < n) {
            int cp = s.codePointAt(k);
            if (!Character.isLetter(cp)
                    || CharKinds.isLatinLetter(s.charAt(k))
                    || (k > from && ComparatorWords.afterValueAt(s, k, false) != null)) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    private ParsedValue quantity(Part part, String text) {
        String label = part.prefix.isEmpty()
                ? part.suffix
                : part.suffix.isEmpty() ? part.prefix : part.prefix + " " + part.suffix;
        ComparatorWords.Match atLabelEnd = ComparatorWords.afterValueEndingAt(label);
        if (atLabelEnd != null) {
            label = label.substring(0, label.length() - atLabelEnd.length());
        }
        ComparatorWords.Match conflict = conflict(part.before, part.after);
        if (conflict == null) {
            conflict = conflict(part.before != null ? part.before : part.after, atLabelEnd);
        }
        if (conflict != null) {
            // a conflict is a second comparator against a first one
            ComparatorWords.Match first =
                    Objects.requireNonNull(part.before != null ? part.before : part.after, "the first comparator");
            return new ParsedValue.Unreadable(text, Reasons.conflictingComparators(first.word(), conflict.word()));
        }
        ComparatorWords.Match chosen = part.before != null ? part.before : part.after != null ? part.after : atLabelEnd;
        Comparator comparator = chosen == null ? Comparator.NONE : chosen.comparator();
        return new ParsedValue.Quantity(comparator, part.number, part.multiplier, part.measureUnit, label, text);
    }

    /** The second comparator where it says otherwise than the first ("≥20以下"), else null. */
    private static ComparatorWords.@Nullable Match conflict(
            ComparatorWords.@Nullable Match first, ComparatorWords.@Nullable Match second) {
        return first != null && second != null && first.comparator() != second.comparator() ? second : null;
    }

    /**
     * No number: a word ("提升", "河南村") is qualitative; a lone comparator, unit or multiplier ("≥", "%", "万") or
     * noise (an emoji, a control character) cannot be read.
     */
    private ParsedValue withoutNumber(String text) {
        if (isOnlyComparatorAndMeasureUnit()) {
            return new ParsedValue.Unreadable(text, Reasons.missingNumber(s));
        }
        boolean letter = false;
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (CharKinds.isControl(cp)) {
                return new ParsedValue.Unreadable(text, Reasons.controlCharacter(cp));
            }
            boolean word = CharKinds.isWordCharacter(cp);
            if (!word && !CharKinds.isPunctuation(cp) && !CharKinds.isComparatorSymbol(cp) && cp != '%') {
                return new ParsedValue.Unreadable(text, Reasons.unrecognised(new String(Character.toChars(cp))));
            }
            letter |= word;
            i += Character.charCount(cp);
        }
        return letter
                ? new ParsedValue.Qualitative(s, text)
                : new ParsedValue.Unreadable(text, Reasons.unrecognised(s));
    }

    private boolean isOnlyComparatorAndMeasureUnit() {
        int j = 0;
        ComparatorWords.Match before = ComparatorWords.startingAt(s, 0);
        if (before != null) {
            j += before.length();
        }
        while (j < n && multiplierAt(j) != null) {
            j++;
        }
        MeasureUnits.Entry measureWord = MeasureUnits.match(s, j);
        if (measureWord != null) {
            j += measureWord.symbol().length();
        }
        ComparatorWords.Match after = ComparatorWords.afterValueAt(s, j, measureWord != null);
        if (after != null) {
            j += after.length();
        }
        return j == n;
    }

    /** The text as not read, for the problem found ({@link #problem}); named as unrecognised where none was kept. */
    private ParsedValue.Unreadable unreadable(String text) {
        return new ParsedValue.Unreadable(text, problem != null ? problem : Reasons.unrecognised(text));
    }
}
