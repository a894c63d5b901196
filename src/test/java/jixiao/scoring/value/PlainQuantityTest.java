package jixiao.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link QuantityReader#readPlain} reads the commonest shape without the general machinery: it must give exactly
 * what the general reading gives, on every text it accepts, and the parser must give the same answers with and
 * without it.
 */
class PlainQuantityTest {

    /** Comparators of ComparatorWords, and prefixes that are not one. */
    private static final String[] PREFIXES = {
        "", "", "", "", "≥", "≤", ">", "<", "=", ">=", "<=", "＞", "≧", "≦", "大于等于", "大于或等于", "达到", "至少", "大于", "超过",
        "高于", "多于", "等于", "小于等于", "小于或等于", "控制在", "至多", "不超出", "小于", "低于", "少于", "不低于", "不少于", "不小于", "不高于", "不超过",
        "不大于", "不多于", "不得低于", "不得超过", "不应低于", "不能超过", "不可高于", "未超过", "未低于", "约", "≥≥", "≥ ", " ≥", "不", "-", "—", ".",
        "第", "百分之", "≥-", "一", "X", "平台", "≥约"
    };

    private static final String[] FRACTIONS = {
        "", "", "", "", ".5", ".05", ".0", ".00", ".123456", ".", "..5", ".5.5", ",000", ",00"
    };

    /** After the number: multipliers, then units and other words. */
    private static final String[] MULTIPLIERS = {"", "", "", "", "万", "亿", "千", "百", "百万", "万万", "万亿"};

    private static final String[] UNITS = {
        "", "", "", "%", "%", "％", "元", "万元", "亿元", "千瓦", "兆瓦", "kW", "KW", "MW", "千瓦时", "度电", "兆瓦时", "kWh", "KWh",
        "平方米", "平米", "㎡", "m²", "m2", "平方公里", "平方千米", "公顷", "亩", "米", "公里", "千米", "km", "m", "吨", "千克", "公斤", "kg",
        "小时", "个小时", "天", "日", "个工作日", "工作日", "周", "分钟", "个月", "年", "度", "℃", "°C", "兆", "兆带宽", "M", "Mbps", "分", "人次",
        "人", "名", "个", "次", "辆", "篇", "项", "家", "份", "台", "套", "期", "场", "所", "户", "件", "条", "本", "册", "批次", "批", "处",
        "座", "部", "张", "间", "床", "村", "棵", "株", "头", "只", "盏", "块", "类", "种", "月", "号", "mm", "Kw", "元/人", "%%", "个平台",
        "平台", "人/次", "万人", "千人", "kWh/m²", "m3", "Mb"
    };

    private static final String[] SUFFIXES = {
        "", "", "", "", "", "", "", "", "以上", "以内", "内", "及以上", "左右", "平台", "、", "9", "%", "-9%", "月", " ", "以下"
    };

    private static final String DIGITS = "0123456789";

    @Test
    void readsThePlainShapeExactlyAsTheGeneralReadingDoes() throws Exception {
        int accepted = 0;
        int rejected = 0;
        for (String text : texts()) {
            String s = TextNormaliser.normalise(text);
            ParsedValue.Quantity plain = QuantityReader.readPlain(s, text);
            if (plain == null) {
                rejected++;
                continue;
            }
            accepted++;
            assertThat(TimingReader.mayBeTiming(s)).as(text).isFalse();
            assertThat(plain).as(text).isEqualTo(QuantityReader.read(s, text));
            // isEqualTo already compares numbers with their scale (BigDecimal.equals); the unit is even the same
            ParsedValue.Quantity general = (ParsedValue.Quantity) QuantityReader.read(s, text);
            assertThat(plain.number().scale())
                    .as(text)
                    .isEqualTo(general.number().scale());
            assertThat(plain.measureUnit()).as(text).isSameAs(general.measureUnit());
        }
        // the comparison must cover both sides: many texts read plainly, many left to the general reading
        assertThat(accepted).isGreaterThan(15_000);
        assertThat(rejected).isGreaterThan(20_000);
    }

    @Test
    void theParserGivesTheSameAnswersWithAndWithoutThePlainReading() throws Exception {
        for (String text : texts()) {
            assertThat(ValueParser.read(text, true)).as(text).isEqualTo(ValueParser.read(text, false));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"≥95%", "95%", "9万", "≤9万", "9人", "不超过9万元", "<9万元", "9平方米", "9个", ">=9%", "不低于9%", "≥9％", "15"})
    void readsTheCommonestShapesPlainly(String text) {
        String s = TextNormaliser.normalise(text);

        assertThat(TimingReader.mayBeTiming(s)).isFalse();
        assertThat(QuantityReader.readPlain(s, text)).isNotNull().isEqualTo(QuantityReader.read(s, text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "9%以上", "约9%", "9,000元", "9.%", "9千", "百分之九十", "9个平台", "一个", "9mm", "9万万", "9元/人", "9%%", "9小时", "≤9天",
                "至少9%", "9个月", "9年"
            })
    void leavesOtherShapesToTheGeneralReading(String text) {
        assertThat(QuantityReader.readPlain(TextNormaliser.normalise(text), text))
                .isNull();
    }

    /** Seeded random texts built from the pieces above, plus every text of the seed report. */
    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>(ValueParserTest.seedTexts());
        Random random = new Random(20211201);
        for (int i = 0; i < 120_000; i++) {
            StringBuilder text = new StringBuilder();
            text.append(pick(random, PREFIXES));
            int digits = random.nextInt(10) == 0 ? random.nextInt(22) : 1 + random.nextInt(4);
            for (int k = 0; k < digits; k++) {
                text.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
            }
            text.append(pick(random, FRACTIONS));
            text.append(pick(random, MULTIPLIERS));
            text.append(pick(random, UNITS));
            text.append(random.nextInt(4) == 0 ? pick(random, SUFFIXES) : "");
            texts.add(text.toString());
        }
        return texts;
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
