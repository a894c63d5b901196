package jixiao.scoring.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The unit and measure words printed after a number, matched longest first ("人次" before "人", "千瓦时" before
 * "千瓦"). 万千瓦 is not a unit here: "22万千瓦" is 22 × 万 in 千瓦, as the multiplier rule reads it.
 */
final class MeasureUnits {

    /**
     * A unit word as printed and the unit it stands for; {@code timeWord} where the word has a character of a time
     * ("小时", "天", "个月"), so that a text with it is first tried as a time.
     */
    record Entry(String symbol, MeasureUnit measureUnit, boolean latin, boolean timeWord) {}

    static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /** The measure words of counted things (Dimension.COUNT). */
    private static final String[] MEASURE_WORDS = {
        "人次", "人", "名", "个", "次", "辆", "篇", "项", "家", "份", "台", "套", "期", "场", "所", "户", "件", "条", "本", "册", "批次", "批",
        "处", "座", "部", "张", "间", "床", "村", "棵", "株", "头", "只", "盏", "块", "类", "种"
    };

    private static final char[] FIRST_CHARS;
    private static final Entry[][] BY_FIRST_CHAR;

    static {
        List<Entry> entries = new ArrayList<>();
        entries.add(entry("%", MeasureUnit.PERCENT));

        entries.add(entry("元", MeasureUnit.YUAN));
        entries.add(entry("万元", MeasureUnit.TEN_THOUSAND_YUAN));
        entries.add(entry("亿元", measureUnit(Dimension.MONEY, "亿元", HUNDRED_MILLION)));

        entries.add(entry("千瓦", measureUnit(Dimension.POWER, "千瓦", BigDecimal.ONE)));
        entries.add(entry("兆瓦", measureUnit(Dimension.POWER, "兆瓦", THOUSAND)));
        entries.add(entry("kW", measureUnit(Dimension.POWER, "kW", BigDecimal.ONE)));
        entries.add(entry("KW", measureUnit(Dimension.POWER, "KW", BigDecimal.ONE)));
        entries.add(entry("MW", measureUnit(Dimension.POWER, "MW", THOUSAND)));

        entries.add(entry("千瓦时", measureUnit(Dimension.ENERGY, "千瓦时", BigDecimal.ONE)));
        entries.add(entry("度电", measureUnit(Dimension.ENERGY, "度电", BigDecimal.ONE)));
        entries.add(entry("兆瓦时", measureUnit(Dimension.ENERGY, "兆瓦时", THOUSAND)));
        entries.add(entry("kWh", measureUnit(Dimension.ENERGY, "kWh", BigDecimal.ONE)));
        entries.add(entry("KWh", measureUnit(Dimension.ENERGY, "KWh", BigDecimal.ONE)));

        entries.add(entry("平方米", measureUnit(Dimension.AREA, "平方米", BigDecimal.ONE)));
        entries.add(entry("平米", measureUnit(Dimension.AREA, "平米", BigDecimal.ONE)));
        entries.add(entry("㎡", measureUnit(Dimension.AREA, "㎡", BigDecimal.ONE)));
        entries.add(entry("m²", measureUnit(Dimension.AREA, "m²", BigDecimal.ONE)));
        entries.add(entry("m2", measureUnit(Dimension.AREA, "m2", BigDecimal.ONE)));
        entries.add(entry("平方公里", measureUnit(Dimension.AREA, "平方公里", BigDecimal.valueOf(1_000_000))));
        entries.add(entry("平方千米", measureUnit(Dimension.AREA, "平方千米", BigDecimal.valueOf(1_000_000))));
        entries.add(entry("公顷", measureUnit(Dimension.AREA, "公顷", TEN_THOUSAND)));
        // 1 亩 = 666.67 平方米 is not exact: 亩 compares only with 亩.
        entries.add(entry("亩", measureUnit(Dimension.OTHER, "亩", BigDecimal.ONE)));

        entries.add(entry("米", measureUnit(Dimension.LENGTH, "米", BigDecimal.ONE)));
        entries.add(entry("公里", measureUnit(Dimension.LENGTH, "公里", THOUSAND)));
        entries.add(entry("千米", measureUnit(Dimension.LENGTH, "千米", THOUSAND)));
        entries.add(entry("km", measureUnit(Dimension.LENGTH, "km", THOUSAND)));
        entries.add(entry("m", measureUnit(Dimension.LENGTH, "m", BigDecimal.ONE)));

        entries.add(entry("吨", measureUnit(Dimension.MASS, "吨", THOUSAND)));
        entries.add(entry("千克", measureUnit(Dimension.MASS, "千克", BigDecimal.ONE)));
        entries.add(entry("公斤", measureUnit(Dimension.MASS, "公斤", BigDecimal.ONE)));
        entries.add(entry("kg", measureUnit(Dimension.MASS, "kg", BigDecimal.ONE)));

        BigDecimal day = BigDecimal.valueOf(24);
        entries.add(entry("小时", measureUnit(Dimension.DURATION, "小时", BigDecimal.ONE)));
        entries.add(entry("个小时", measureUnit(Dimension.DURATION, "个小时", BigDecimal.ONE)));
        entries.add(entry("天", measureUnit(Dimension.DURATION, "天", day)));
        entries.add(entry("日", measureUnit(Dimension.DURATION, "日", day)));
        entries.add(entry("个工作日", measureUnit(Dimension.DURATION, "个工作日", day)));
        entries.add(entry("工作日", measureUnit(Dimension.DURATION, "工作日", day)));
        entries.add(entry("周", measureUnit(Dimension.DURATION, "周", BigDecimal.valueOf(168))));
        // 1/60 hour is not an exact decimal: minutes, months and years compare only with themselves.
        entries.add(entry("分钟", measureUnit(Dimension.OTHER, "分钟", BigDecimal.ONE)));
        entries.add(entry("个月", measureUnit(Dimension.OTHER, "个月", BigDecimal.ONE)));
        entries.add(entry("年", measureUnit(Dimension.OTHER, "年", BigDecimal.ONE)));

        entries.add(entry("度", measureUnit(Dimension.DEGREE, "度", BigDecimal.ONE)));
        entries.add(entry("℃", measureUnit(Dimension.DEGREE, "℃", BigDecimal.ONE)));
        entries.add(entry("°C", measureUnit(Dimension.DEGREE, "°C", BigDecimal.ONE)));

        entries.add(entry("兆", measureUnit(Dimension.BANDWIDTH, "兆", BigDecimal.ONE)));
        entries.add(entry("兆带宽", measureUnit(Dimension.BANDWIDTH, "兆带宽", BigDecimal.ONE)));
        entries.add(entry("M", measureUnit(Dimension.BANDWIDTH, "M", BigDecimal.ONE)));
        entries.add(entry("Mbps", measureUnit(Dimension.BANDWIDTH, "Mbps", BigDecimal.ONE)));

        entries.add(entry("分", measureUnit(Dimension.POINTS, "分", BigDecimal.ONE)));

        for (String word : MEASURE_WORDS) {
            entries.add(entry(word, MeasureUnit.count(word)));
        }

        entries.sort(Comparator.comparing((Entry e) -> e.symbol().charAt(0))
                .thenComparing(e -> -e.symbol().length()));
        List<Character> firsts = new ArrayList<>();
        List<List<Entry>> groups = new ArrayList<>();
        for (Entry e : entries) {
            char first = e.symbol().charAt(0);
            if (firsts.isEmpty() || firsts.get(firsts.size() - 1) != first) {
                firsts.add(first);
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(e);
        }
        FIRST_CHARS = new char[firsts.size()];
        BY_FIRST_CHAR = new Entry[firsts.size()][];
        for (int i = 0; i < firsts.size(); i++) {
            FIRST_CHARS[i] = firsts.get(i);
            BY_FIRST_CHAR[i] = groups.get(i).toArray(new Entry[0]);
        }
    }

    private MeasureUnits() {}

    /** The longest unit word at {@code at}, or null. A Latin unit must not run into more Latin letters. */
    static @Nullable Entry match(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        int group = Arrays.binarySearch(FIRST_CHARS, s.charAt(at));
        if (group < 0) {
            return null;
        }
        for (Entry e : BY_FIRST_CHAR[group]) {
            if (s.startsWith(e.symbol(), at)) {
                int end = at + e.symbol().length();
                if (e.latin() && end < s.length() && CharKinds.isLatinLetter(s.charAt(end))) {
                    continue;
                }
                return e;
            }
        }
        return null;
    }

    private static Entry entry(String symbol, MeasureUnit measureUnit) {
        return new Entry(
                symbol, measureUnit, CharKinds.isLatinLetter(symbol.charAt(0)), TimingReader.mayBeTiming(symbol));
    }

    private static MeasureUnit measureUnit(Dimension dimension, String symbol, BigDecimal factor) {
        return new MeasureUnit(dimension, symbol, factor);
    }
}
