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
        units(entries, Dimension.MONEY, HUNDRED_MILLION, "亿元");

        units(entries, Dimension.POWER, BigDecimal.ONE, "千瓦", "kW", "KW");
        units(entries, Dimension.POWER, THOUSAND, "兆瓦", "MW");

        units(entries, Dimension.ENERGY, BigDecimal.ONE, "千瓦时", "度电", "kWh", "KWh");
        units(entries, Dimension.ENERGY, THOUSAND, "兆瓦时");

        units(entries, Dimension.AREA, BigDecimal.ONE, "平方米", "平米", "㎡", "m²", "m2");
        units(entries, Dimension.AREA, TEN_THOUSAND, "公顷");
        units(entries, Dimension.AREA, BigDecimal.valueOf(1_000_000), "平方公里", "平方千米");
        // 1 亩 = 666.67 平方米 is not exact: 亩 compares only with 亩.
        units(entries, Dimension.OTHER, BigDecimal.ONE, "亩");

        units(entries, Dimension.LENGTH, BigDecimal.ONE, "米", "m");
        units(entries, Dimension.LENGTH, THOUSAND, "公里", "千米", "km");

        units(entries, Dimension.MASS, BigDecimal.ONE, "千克", "公斤", "kg");
        units(entries, Dimension.MASS, THOUSAND, "吨");

        units(entries, Dimension.DURATION, BigDecimal.ONE, "小时", "个小时");
        units(entries, Dimension.DURATION, BigDecimal.valueOf(24), "天", "日", "个工作日", "工作日");
        units(entries, Dimension.DURATION, BigDecimal.valueOf(168), "周");
        // 1/60 hour is not an exact decimal: minutes, months and years compare only with themselves.
        units(entries, Dimension.OTHER, BigDecimal.ONE, "分钟", "个月", "年");

        units(entries, Dimension.DEGREE, BigDecimal.ONE, "度", "℃", "°C");

        units(entries, Dimension.BANDWIDTH, BigDecimal.ONE, "兆", "兆带宽", "M", "Mbps");

        units(entries, Dimension.POINTS, BigDecimal.ONE, "分");

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

    /** Words of one dimension that stand for the same multiple of its base unit ({@code factor}). */
    private static void units(List<Entry> entries, Dimension dimension, BigDecimal factor, String... symbols) {
        for (String symbol : symbols) {
            entries.add(entry(symbol, new MeasureUnit(dimension, symbol, factor)));
        }
    }
}
