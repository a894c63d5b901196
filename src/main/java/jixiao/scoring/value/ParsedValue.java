package jixiao.scoring.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a 年度指标值 or 实际完成值 text says, as read by {@link ValueParser}. Every variant keeps the text
 * as printed ({@link #text()}); nothing is dropped or guessed.
 */
public sealed interface ParsedValue {

    /** The text as printed (null for {@link Blank} read from null). */
    String text();

    /**
     * A number with an optional comparator and unit: "≥95%", "≤9万", "145人", "22万千瓦", "一个", "井冈山一次".
     *
     * @param comparator the comparator, {@link Comparator#NONE} for a bare value
     * @param number the number as printed, without the multiplier ("22" in "22万千瓦")
     * @param multiplier 1, or 10 000 for 万, 100 000 000 for 亿, 1000 for 千 written before a unit or alone
     * @param measureUnit the unit of measure, {@link MeasureUnit#NONE} where none was printed
     * @param label words around the number that are not part of it ("井冈山" in "井冈山一次", "平台" in
     *     "2个平台"), or "" where there are none
     */
    record Quantity(
            Comparator comparator,
            BigDecimal number,
            BigDecimal multiplier,
            MeasureUnit measureUnit,
            String label,
            String text)
            implements ParsedValue {
        public Quantity {
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(multiplier, "multiplier");
            Objects.requireNonNull(measureUnit, "measureUnit");
            label = label == null ? "" : label;
        }

        /** The value in the unit's base ("22万千瓦" → 220000, in 千瓦; "16.8万元" → 168000, in 元). */
        public BigDecimal baseValue() {
            return number.multiply(multiplier).multiply(measureUnit.factor());
        }

        public boolean isScaled() {
            return multiplier.compareTo(BigDecimal.ONE) != 0;
        }
    }

    /** Several quantities in one cell: "4个保安 3个保洁". */
    record Composite(List<Quantity> parts, String text) implements ParsedValue {
        public Composite {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A date, month, period, list of milestones or duration: "12月", "6月-11月", "11.15-3.15", "1月、3月、6月、9月",
     * "2020.11-2021.11", "2022年3月已完成", "48小时相应".
     *
     * @param points the dates named, in order; for a period the first is its start and the last its end;
     *     empty for a pure duration
     * @param period true where the text is a range ("6月-11月"), false for one date or a list of milestones
     * @param duration a duration such as 48 hours, or null
     * @param completed true where the text says the work is done ("已完成", "完成")
     */
    record Timing(List<TimePoint> points, boolean period, @Nullable Duration duration, boolean completed, String text)
            implements ParsedValue {
        public Timing {
            points = List.copyOf(points);
        }

        /** The last date named (a deadline, the end of a period, the last milestone), or null. */
        public @Nullable TimePoint last() {
            return points.isEmpty() ? null : points.get(points.size() - 1);
        }

        /**
         * A bare time span ("365天", "48小时") is also a quantity of its unit: the one to compare with a target
         * written as a quantity of time ("≥365天"). Null where the value names dates or a period.
         */
        public @Nullable Quantity asQuantity() {
            Duration span = duration;
            if (span == null || !points.isEmpty() || period) {
                return null;
            }
            MeasureUnits.Entry measureWord = MeasureUnits.match(span.measureUnit(), 0);
            BigDecimal amount = span.amount();
            if (measureWord == null
                    || amount == null
                    || measureWord.symbol().length() != span.measureUnit().length()) {
                return null;
            }
            return new Quantity(Comparator.NONE, amount, BigDecimal.ONE, measureWord.measureUnit(), "", text);
        }
    }

    /** A word or phrase without a measurable value: "提升", "及时", "合格", "优良", "完成", "河南村". */
    record Qualitative(String word, String text) implements ParsedValue {}

    /** "/", "—", "无", "不适用": the row does not apply. */
    record NotApplicable(@Nullable String text) implements ParsedValue {}

    /** Nothing printed (null, empty or only spaces). */
    record Blank(@Nullable String text) implements ParsedValue {}

    /** A text the parser cannot read, with the reason in Chinese ("含无法识别的内容“X”"). */
    record Unreadable(String text, String reason) implements ParsedValue {}
}
