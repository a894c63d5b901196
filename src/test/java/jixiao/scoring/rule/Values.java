package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Indicator;
import jixiao.scoring.value.Comparator;
import jixiao.scoring.value.Dimension;
import jixiao.scoring.value.MeasureUnit;
import jixiao.scoring.value.ParsedValue;
import jixiao.scoring.value.ParsedValue.Qualitative;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.scoring.value.ParsedValue.Timing;
import jixiao.scoring.value.TimePoint;

/** Intention-revealing builders for parsed values and indicator rows in rule tests. */
final class Values {
    private Values() {}

    static Quantity quantity(String text, Comparator comparator, String number, MeasureUnit unit) {
        return new Quantity(comparator, new BigDecimal(number), BigDecimal.ONE, unit, "", text);
    }

    static Quantity scaled(String text, Comparator comparator, String number, MeasureUnit unit) {
        return new Quantity(comparator, new BigDecimal(number), BigDecimal.valueOf(10_000), unit, "", text);
    }

    static Quantity percent(String text, Comparator comparator, String number) {
        return quantity(text, comparator, number, MeasureUnit.PERCENT);
    }

    static MeasureUnit count(String word) {
        return MeasureUnit.count(word);
    }

    static MeasureUnit power() {
        return new MeasureUnit(Dimension.POWER, "千瓦", BigDecimal.ONE);
    }

    static Qualitative word(String word) {
        return new Qualitative(word, word);
    }

    static Timing months(String text, boolean period, boolean completed, int... months) {
        return new Timing(
                java.util.Arrays.stream(months).mapToObj(TimePoint::month).toList(), period, null, completed, text);
    }

    static Timing date(String text, int year, int month, boolean completed) {
        return new Timing(List.of(new TimePoint(year, month, null)), false, null, completed, text);
    }

    static Indicator row(String level2, String weight, String claimed) {
        return new Indicator(
                "产出指标",
                level2,
                "测试指标",
                null,
                null,
                weight == null ? null : new BigDecimal(weight),
                claimed == null ? null : new BigDecimal(claimed),
                null);
    }

    static ParsedValue blank() {
        return new ParsedValue.Blank(null);
    }
}
