package jixiao.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jixiao.scoring.value.ParsedValue.Blank;
import jixiao.scoring.value.ParsedValue.Composite;
import jixiao.scoring.value.ParsedValue.NotApplicable;
import jixiao.scoring.value.ParsedValue.Qualitative;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.scoring.value.ParsedValue.Timing;
import jixiao.scoring.value.ParsedValue.Unreadable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

    private final ValueParser parser = new ValueParser();

    // ---------------------------------------------------------------- quantities

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # text         | comparator | number | multiplier | unit | dimension | label
            # every quantity of seed-2021.json
            100%           | NONE       | 100    | 1          | %    | PERCENT   |
            100万          | NONE       | 100    | 10000      |      | NONE      |
            100兆          | NONE       | 100    | 1          | 兆   | BANDWIDTH |
            12万           | NONE       | 12     | 10000      |      | NONE      |
            1314万         | NONE       | 1314   | 10000      |      | NONE      |
            14.7万         | NONE       | 14.7   | 10000      |      | NONE      |
            145人          | NONE       | 145    | 1          | 人   | COUNT     |
            15             | NONE       | 15     | 1          |      | NONE      |
            15%            | NONE       | 15     | 1          | %    | PERCENT   |
            16.8万         | NONE       | 16.8   | 10000      |      | NONE      |
            1个            | NONE       | 1      | 1          | 个   | COUNT     |
            1个村          | NONE       | 1      | 1          | 个   | COUNT     | 村
            22万千瓦       | NONE       | 22     | 10000      | 千瓦 | POWER     |
            23.37千瓦      | NONE       | 23.37  | 1          | 千瓦 | POWER     |
            2812平方米     | NONE       | 2812   | 1          | 平方米 | AREA    |
            2个平台        | NONE       | 2      | 1          | 个   | COUNT     | 平台
            2辆            | NONE       | 2      | 1          | 辆   | COUNT     |
            45.43万        | NONE       | 45.43  | 10000      |      | NONE      |
            479.7万        | NONE       | 479.7  | 10000      |      | NONE      |
            7.3万          | NONE       | 7.3    | 10000      |      | NONE      |
            82%            | NONE       | 82     | 1          | %    | PERCENT   |
            83%            | NONE       | 83     | 1          | %    | PERCENT   |
            84%            | NONE       | 84     | 1          | %    | PERCENT   |
            85%            | NONE       | 85     | 1          | %    | PERCENT   |
            94%            | NONE       | 94     | 1          | %    | PERCENT   |
            95%            | NONE       | 95     | 1          | %    | PERCENT   |
            97.89%         | NONE       | 97.89  | 1          | %    | PERCENT   |
            98%            | NONE       | 98     | 1          | %    | PERCENT   |
            99.2万         | NONE       | 99.2   | 10000      |      | NONE      |
            <20万元        | LESS_THAN  | 20     | 1          | 万元 | MONEY     |
            <21万          | LESS_THAN  | 21     | 10000      |      | NONE      |
            >85%           | MORE_THAN  | 85     | 1          | %    | PERCENT   |
            ≤100           | AT_MOST    | 100    | 1          |      | NONE      |
            ≤102           | AT_MOST    | 102    | 1          |      | NONE      |
            ≤12            | AT_MOST    | 12     | 1          |      | NONE      |
            ≤15万          | AT_MOST    | 15     | 10000      |      | NONE      |
            ≤2辆           | AT_MOST    | 2      | 1          | 辆   | COUNT     |
            ≤48万          | AT_MOST    | 48     | 10000      |      | NONE      |
            ≤9万           | AT_MOST    | 9      | 10000      |      | NONE      |
            ≥18度          | AT_LEAST   | 18     | 1          | 度   | DEGREE    |
            ≥1次           | AT_LEAST   | 1      | 1          | 次   | COUNT     |
            ≥200人         | AT_LEAST   | 200    | 1          | 人   | COUNT     |
            ≥85%           | AT_LEAST   | 85     | 1          | %    | PERCENT   |
            ≥92%           | AT_LEAST   | 92     | 1          | %    | PERCENT   |
            ≥95%           | AT_LEAST   | 95     | 1          | %    | PERCENT   |
            ≥97%           | AT_LEAST   | 97     | 1          | %    | PERCENT   |
            ≥98%           | AT_LEAST   | 98     | 1          | %    | PERCENT   |
            一个           | NONE       | 1      | 1          | 个   | COUNT     |
            一项           | NONE       | 1      | 1          | 项   | COUNT     |
            井冈山一次     | NONE       | 1      | 1          | 次   | COUNT     | 井冈山
            """)
    void readsEveryQuantityOfTheSeedReport(
            String text,
            Comparator comparator,
            String number,
            String multiplier,
            String unit,
            Dimension dimension,
            String label) {
        assertQuantity(text, comparator, number, multiplier, unit, dimension, label);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            大于等于90%     | AT_LEAST   | 90  | %    | PERCENT
            大于或等于90%   | AT_LEAST   | 90  | %    | PERCENT
            不低于95%       | AT_LEAST   | 95  | %    | PERCENT
            不得低于90%     | AT_LEAST   | 90  | %    | PERCENT
            不少于3次       | AT_LEAST   | 3   | 次   | COUNT
            ≥3篇            | AT_LEAST   | 3   | 篇   | COUNT
            ≥1,200人        | AT_LEAST   | 1200 | 人  | COUNT
            不小于10        | AT_LEAST   | 10  |      | NONE
            达到100%        | AT_LEAST   | 100 | %    | PERCENT
            200人以上       | AT_LEAST   | 200 | 人   | COUNT
            90%及以上       | AT_LEAST   | 90  | %    | PERCENT
            达到95%以上     | AT_LEAST   | 95  | %    | PERCENT
            超过5人         | MORE_THAN  | 5   | 人   | COUNT
            高于80%         | MORE_THAN  | 80  | %    | PERCENT
            大于3           | MORE_THAN  | 3   |      | NONE
            等于0           | EQUAL      | 0   |      | NONE
            =0              | EQUAL      | 0   |      | NONE
            小于等于5万元   | AT_MOST    | 5   | 万元 | MONEY
            不超过48万元    | AT_MOST    | 48  | 万元 | MONEY
            不高于10%       | AT_MOST    | 10  | %    | PERCENT
            不大于3         | AT_MOST    | 3   |      | NONE
            不多于2辆       | AT_MOST    | 2   | 辆   | COUNT
            控制在15万元以内 | AT_MOST   | 15  | 万元 | MONEY
            15以内          | AT_MOST    | 15  |      | NONE
            5%以下          | AT_MOST    | 5   | %    | PERCENT
            3次及以下       | AT_MOST    | 3   | 次   | COUNT
            1年内           | AT_MOST    | 1   | 年   | OTHER
            小于5%          | LESS_THAN  | 5   | %    | PERCENT
            低于3%          | LESS_THAN  | 3   | %    | PERCENT
            少于2次         | LESS_THAN  | 2   | 次   | COUNT
            """)
    void readsComparatorsWrittenBeforeAndAfterTheNumber(
            String text, Comparator comparator, String number, String unit, Dimension dimension) {
        assertQuantity(text, comparator, number, "1", unit, dimension, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ≧95%      | AT_LEAST  | 95  | 1     | %  | PERCENT
            >=95%     | AT_LEAST  | 95  | 1     | %  | PERCENT
            > = 95 %  | AT_LEAST  | 95  | 1     | %  | PERCENT
            ≦9万      | AT_MOST   | 9   | 10000 |    | NONE
            <= 9 万   | AT_MOST   | 9   | 10000 |    | NONE
            9 万      | NONE      | 9   | 10000 |    | NONE
            １２３％  | NONE      | 123 | 1     | %  | PERCENT
            ＞８５％  | MORE_THAN | 85  | 1     | %  | PERCENT
            ＞＝８５％ | AT_LEAST | 85  | 1     | %  | PERCENT
            ≥１８ 度  | AT_LEAST  | 18  | 1     | 度 | DEGREE
            """)
    void readsFullWidthAndSpacedTextsLikePlainOnes(
            String text, Comparator comparator, String number, String multiplier, String unit, Dimension dimension) {
        assertQuantity(text, comparator, number, multiplier, unit, dimension, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1,200人    | NONE      | 1200  | 人 | COUNT
            12,000元   | NONE      | 12000 | 元 | MONEY
            5篇        | NONE      | 5     | 篇 | COUNT
            """)
    void readsThousandsSeparatorsBeforeAUnitAndLessCommonMeasureWords(
            String text, Comparator comparator, String number, String unit, Dimension dimension) {
        assertQuantity(text, comparator, number, "1", unit, dimension, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1,234.5                          | 1234.5
            12,345,678                       | 12345678
            -5                               | -5
            −5                               | -5
            –5                               | -5
            95.0                             | 95.0
            0.50                             | 0.50
            9999999999999999999999999999.99  | 9999999999999999999999999999.99
            11.15                            | 11.15
            2021.12                          | 2021.12
            2021                             | 2021
            """)
    void keepsNumbersExactlyAsWritten(String text, String number) {
        assertThat(parser.parse(text)).isInstanceOfSatisfying(Quantity.class, q -> assertThat(q.number())
                .isEqualTo(new BigDecimal(number)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            一个         | 1     | 1     | 个 | COUNT   |
            两个         | 2     | 1     | 个 | COUNT   |
            两辆         | 2     | 1     | 辆 | COUNT   |
            两个平台     | 2     | 1     | 个 | COUNT   | 平台
            十五人       | 15    | 1     | 人 | COUNT   |
            二十个       | 20    | 1     | 个 | COUNT   |
            一百二十人   | 120   | 1     | 人 | COUNT   |
            一百零五人   | 105   | 1     | 人 | COUNT   |
            三千元       | 3000  | 1     | 元 | MONEY   |
            三千瓦       | 3     | 1     | 千瓦 | POWER |
            一万二千人   | 12000 | 1     | 人 | COUNT   |
            三万人       | 3     | 10000 | 人 | COUNT   |
            一万         | 1     | 10000 |    | NONE    |
            三           | 3     | 1     |    | NONE    |
            十           | 10    | 1     |    | NONE    |
            零           | 0     | 1     |    | NONE    |
            一年         | 1     | 1     | 年 | OTHER   |
            一年一次     | 1     | 1     | 次 | COUNT   | 一年
            三千万       | 3000  | 10000 |    | NONE    |
            每月一次     | 1     | 1     | 次 | COUNT   | 每月
            井冈山一次   | 1     | 1     | 次 | COUNT   | 井冈山
            培训两次以上 | 2     | 1     | 次 | COUNT   | 培训
            百分之九十   | 90    | 1     | %  | PERCENT |
            百分之九十五点五 | 95.5 | 1   | %  | PERCENT |
            百分之百     | 100   | 1     | %  | PERCENT |
            百分之95     | 95    | 1     | %  | PERCENT |
            """)
    void readsChineseNumeralsBeforeAMeasureWord(
            String text, String number, String multiplier, String unit, Dimension dimension, String label) {
        Comparator comparator = text.endsWith("以上") ? Comparator.AT_LEAST : Comparator.NONE;
        assertQuantity(text, comparator, number, multiplier, unit, dimension, label);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"一体化", "统一", "万人助万企", "统一部署", "一部分", "十分满意", "第一名", "一站式服务", "三公经费"})
    void doesNotReadNumeralsInsideWords(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Qualitative(text, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            16.8万     | 16.8 | 10000     |      | NONE
            16.8万元   | 16.8 | 1         | 万元 | MONEY
            3亿元      | 3    | 1         | 亿元 | MONEY
            3亿        | 3    | 100000000 |      | NONE
            3千        | 3    | 1000      |      | NONE
            5千万元    | 5    | 1000      | 万元 | MONEY
            5百万元    | 5    | 100       | 万元 | MONEY
            22万千瓦   | 22   | 10000     | 千瓦 | POWER
            3万人次    | 3    | 10000     | 人次 | COUNT
            2万平方米  | 2    | 10000     | 平方米 | AREA
            """)
    void readsMultipliersWrittenAfterTheNumber(
            String text, String number, String multiplier, String unit, Dimension dimension) {
        assertQuantity(text, Comparator.NONE, number, multiplier, unit, dimension, "");
    }

    @Test
    void tenThousandAsMultiplierAndAsMoneyUnitGiveTheSameBaseValue() {
        Quantity scaled = (Quantity) parser.parse("16.8万");
        Quantity money = (Quantity) parser.parse("16.8万元");

        assertThat(scaled.baseValue()).isEqualByComparingTo("168000");
        assertThat(money.baseValue()).isEqualByComparingTo("168000");
        assertThat(scaled.isScaled()).isTrue();
        assertThat(money.isScaled()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            100元       | 元     | MONEY     | 1
            3亿元       | 亿元   | MONEY     | 100000000
            5兆瓦       | 兆瓦   | POWER     | 1000
            100千瓦时   | 千瓦时 | ENERGY    | 1
            50度电      | 度电   | ENERGY    | 1
            100平米     | 平米   | AREA      | 1
            100㎡       | ㎡     | AREA      | 1
            100m2       | m2     | AREA      | 1
            2平方公里   | 平方公里 | AREA    | 1000000
            5公顷       | 公顷   | AREA      | 10000
            5亩         | 亩     | OTHER     | 1
            100米       | 米     | LENGTH    | 1
            3公里       | 公里   | LENGTH    | 1000
            2千米       | 千米   | LENGTH    | 1000
            100km       | km     | LENGTH    | 1000
            100m        | m      | LENGTH    | 1
            5吨         | 吨     | MASS      | 1000
            10千克      | 千克   | MASS      | 1
            10公斤      | 公斤   | MASS      | 1
            5kg         | kg     | MASS      | 1
            ≥2天        | 天     | DURATION  | 24
            ≥3个工作日  | 个工作日 | DURATION | 24
            ≥1周        | 周     | DURATION  | 168
            ≥48小时     | 小时   | DURATION  | 1
            48小时以上  | 小时   | DURATION  | 1
            20℃         | ℃      | DEGREE    | 1
            100兆带宽   | 兆带宽 | BANDWIDTH | 1
            100M        | M      | BANDWIDTH | 1
            100Mbps     | Mbps   | BANDWIDTH | 1
            90分        | 分     | POINTS    | 1
            30分钟以上  | 分钟   | OTHER     | 1
            3年         | 年     | OTHER     | 1
            6个月       | 个月   | OTHER     | 1
            30人次      | 人次   | COUNT     | 1
            2批次       | 批次   | COUNT     | 1
            3起         | 起     | OTHER     | 1
            10余类      | 余类   | OTHER     | 1
            100元/人    | 元/人  | OTHER     | 1
            2万元/人    | 万元/人 | OTHER    | 10000
            """)
    void readsUnitsLongestFirstWithTheirDimensionAndFactor(
            String text, String unit, Dimension dimension, String factor) {
        assertThat(parser.parse(text)).isInstanceOfSatisfying(Quantity.class, q -> {
            assertThat(q.measureUnit().symbol()).isEqualTo(unit);
            assertThat(q.measureUnit().dimension()).isEqualTo(dimension);
            assertThat(q.measureUnit().factor()).isEqualByComparingTo(factor);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2个平台       | 个 | 平台     | NONE
            4个保安       | 个 | 保安     | NONE
            1个村         | 个 | 村       | NONE
            5个人         | 个 | 人       | NONE
            井冈山一次    | 次 | 井冈山   | NONE
            满意度≥95%    | %  | 满意度   | AT_LEAST
            95%合格率     | %  | 合格率   | NONE
            2个平台以上   | 个 | 平台     | AT_LEAST
            95%（抽查）   | %  | 抽查     | NONE
            保安4个人     | 个 | 保安 人  | NONE
            """)
    void keepsWordsAroundTheNumberAsItsLabel(String text, String unit, String label, Comparator comparator) {
        assertThat(parser.parse(text)).isInstanceOfSatisfying(Quantity.class, q -> {
            assertThat(q.measureUnit().symbol()).isEqualTo(unit);
            assertThat(q.label()).isEqualTo(label);
            assertThat(q.comparator()).isEqualTo(comparator);
            assertThat(q.text()).isEqualTo(text);
        });
    }

    // ---------------------------------------------------------------- composites

    static Stream<Arguments> composites() {
        return Stream.of(
                Arguments.of("4个保安 3个保洁", List.of("4 个 保安", "3 个 保洁")),
                Arguments.of("4个保安3个保洁", List.of("4 个 保安", "3 个 保洁")),
                Arguments.of("年初预算9万元，实际支付8万元", List.of("9 万元 年初预算", "8 万元 实际支付")),
                Arguments.of("95%,98%", List.of("95 %", "98 %")),
                Arguments.of("满意度95%、合格率98%", List.of("95 % 满意度", "98 % 合格率")),
                Arguments.of("1小时30分钟", List.of("1 小时", "30 分钟")),
                Arguments.of("3天2小时", List.of("3 天", "2 小时")),
                Arguments.of("48小时内响应率100%", List.of("48 小时", "100 % 响应率")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composites")
    void readsSeveralQuantitiesInOneCellAsAComposite(String text, List<String> parts) {
        assertThat(parser.parse(text)).isInstanceOfSatisfying(Composite.class, c -> {
            assertThat(c.text()).isEqualTo(text);
            assertThat(c.parts())
                    .extracting(q ->
                            (q.number().toPlainString() + " " + q.measureUnit().symbol() + " " + q.label()).trim())
                    .containsExactlyElementsOf(parts);
        });
    }

    @Test
    void namesEachPartOfACompositeByItsOwnText() {
        Composite composite = (Composite) parser.parse("4个保安 3个保洁");

        assertThat(composite.parts()).extracting(Quantity::text).containsExactly("4个保安", "3个保洁");
    }

    // ---------------------------------------------------------------- times

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # text               | points                    | period | duration   | completed
            # every time of seed-2021.json
            11.15-3.15           | 11月15日 3月15日          | true   |            | false
            11月完成             | 11月                      | false  |            | true
            11月已完成           | 11月                      | false  |            | true
            12月                 | 12月                      | false  |            | false
            12月份               | 12月                      | false  |            | false
            12月分               | 12月                      | false  |            | false
            12月已完成           | 12月                      | false  |            | true
            1月、3月、 6月、9月  | 1月 3月 6月 9月           | false  |            | false
            2020.11-2021.11      | 2020年11月 2021年11月     | true   |            | false
            2022年3月 已完成     | 2022年3月                 | false  |            | true
            48小时相应           |                           | false  | 48小时=48  | false
            6月                  | 6月                       | false  |            | false
            6月-11月             | 6月 11月                  | true   |            | false
            9月                  | 9月                       | false  |            | false
            """)
    void readsEveryTimeOfTheSeedReport(String text, String points, boolean period, String duration, boolean completed) {
        assertTiming(text, points, period, duration, completed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            9月                   | 9月                   | false | false
            十二月                | 12月                  | false | false
            12月31日前            | 12月31日              | false | false
            12月底前完成          | 12月                  | false | true
            12月中旬              | 12月                  | false | false
            截至12月底            | 12月                  | false | false
            年底                  | 12月                  | false | false
            年底前                | 12月                  | false | false
            年末                  | 12月                  | false | false
            年底前完成            | 12月                  | false | true
            上半年                | 6月                   | false | false
            下半年                | 7月 12月              | true  | false
            全年                  | 1月 12月              | true  | false
            第三季度              | 9月                   | false | false
            三季度                | 9月                   | false | false
            一季度完成            | 3月                   | false | true
            第4季度               | 12月                  | false | false
            2022年3月             | 2022年3月             | false | false
            2021年12月31日        | 2021年12月31日        | false | false
            2021.12.31            | 2021年12月31日        | false | false
            2021-12-31            | 2021年12月31日        | false | false
            2021/12/31            | 2021年12月31日        | false | false
            2021-12               | 2021年12月            | false | false
            2021年底              | 2021年12月            | false | false
            2021年上半年          | 2021年6月             | false | false
            2021年下半年          | 2021年7月 2021年12月  | true  | false
            2021年第三季度        | 2021年9月             | false | false
            2021年3季度           | 2021年9月             | false | false
            2020年2月29日         | 2020年2月29日         | false | false
            已于2022年3月完成     | 2022年3月             | false | true
            11月已经完成          | 11月                  | false | true
            已完成（11月）        | 11月                  | false | true
            12月未完成            | 12月                  | false | false
            6月-11月              | 6月 11月              | true  | false
            6-11月                | 6月 11月              | true  | false
            6月至11月             | 6月 11月              | true  | false
            6月到11月             | 6月 11月              | true  | false
            6月~11月              | 6月 11月              | true  | false
            6月～11月             | 6月 11月              | true  | false
            6月—11月              | 6月 11月              | true  | false
            6月至年底             | 6月 12月              | true  | false
            6.1-6.30              | 6月1日 6月30日        | true  | false
            2021.6.1-2021.11.30   | 2021年6月1日 2021年11月30日 | true | false
            2021年6月-2021年11月  | 2021年6月 2021年11月  | true  | false
            2021年6月-11月        | 2021年6月 11月        | true  | false
            1月、3月、6月、9月    | 1月 3月 6月 9月       | false | false
            1、3、6、9月          | 1月 3月 6月 9月       | false | false
            3月,6月,9月,12月份    | 3月 6月 9月 12月      | false | false
            3月和6月              | 3月 6月               | false | false
            2021年十二月          | 2021年12月            | false | false
            二〇二一年十二月      | 2021年12月            | false | false
            十一月                | 11月                  | false | false
            十二月三十一日        | 12月31日              | false | false
            5月3号                | 5月3日                | false | false
            3月上旬               | 3月                   | false | false
            3月初                 | 3月                   | false | false
            12月末                | 12月                  | false | false
            按计划十二月完成      | 12月                  | false | true
            第一季度-第二季度     | 3月 6月               | true  | false
            2021.11-2021.12.31    | 2021年11月 2021年12月31日 | true | false
            """)
    void readsMonthsDatesPeriodsAndMilestones(String text, String points, boolean period, boolean completed) {
        assertTiming(text, points, period, null, completed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            48小时          | 48小时=48
            48小时相应      | 48小时=48
            48小时内        | 48小时=48
            24小时内响应    | 24小时=24
            ≤48小时         | 48小时=48
            不超过48小时    | 48小时=48
            3个工作日       | 3个工作日=72
            5个工作日内     | 5工作日=120
            三个工作日      | 3个工作日=72
            ≤三个工作日     | 3个工作日=72
            两个小时        | 2个小时=2
            5天             | 5天=120
            ≤2天            | 2天=48
            2天以内         | 2天=48
            365天           | 365天=8760
            0.5天           | 0.5天=12
            1日             | 1日=24
            2周             | 2周=336
            30分钟          | 30分钟=0.5
            20分钟内        | 20分钟=0.3333333333333333
            ４８小时        | 48小时=48
            要求三天内      | 3天=72
            """)
    void readsDeadlinesGivenAsDurations(String text, String duration) {
        String expected = duration.replace("5工作日", "5个工作日");
        assertTiming(text, "", false, expected, false);
    }

    @Test
    void readsAPositiveDurationAsAnAmountOfTimeNotAsADeadline() {
        assertThat(parser.parse("≥48小时")).isInstanceOf(Quantity.class);
        assertThat(parser.parse("培训时长≥48小时")).isInstanceOfSatisfying(Quantity.class, q -> {
            assertThat(q.label()).isEqualTo("培训时长");
            assertThat(q.measureUnit().dimension()).isEqualTo(Dimension.DURATION);
        });
    }

    @Test
    void readsABareMonthDayAsANumber() {
        assertThat(parser.parse("11.15")).isInstanceOfSatisfying(Quantity.class, q -> assertThat(q.number())
                .isEqualTo(new BigDecimal("11.15")));
    }

    @Test
    void namesTheLastDateOfAPeriodAsItsDeadline() {
        Timing timing = (Timing) parser.parse("2020.11-2021.11");

        assertThat(timing.last()).isEqualTo(new TimePoint(2021, 11, null));
        assertThat(((Timing) parser.parse("48小时")).last()).isNull();
    }

    // ---------------------------------------------------------------- words, marks, nothing

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            优化           | 优化
            优良           | 优良
            促进           | 促进
            保障           | 保障
            准时           | 准时
            及时           | 及时
            及时性         | 及时性
            合格           | 合格
            完成           | 完成
            带动           | 带动
            持续           | 持续
            提升           | 提升
            河南村         | 河南村
            温 暖          | 温暖
            未完成         | 未完成
            全年无事故     | 全年无事故
            完成全年目标   | 完成全年目标
            ≥良好          | ≥良好
            统一日期       | 统一日期
            统一月报       | 统一月报
            """)
    void readsWordsWithoutANumberAsQualitative(String text, String word) {
        assertThat(parser.parse(text)).isEqualTo(new Qualitative(word, text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "／", "—", "-", "－", "——", "无", "不适用", "N/A", "n/a", " / ", "― "})
    void readsMarksThatARowDoesNotApply(String text) {
        assertThat(parser.parse(text)).isEqualTo(new NotApplicable(text));
    }

    @ParameterizedTest(name = "[{index}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u3000", "\u00A0", "\u200B"})
    void readsNothingPrintedAsBlank(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Blank(text));
    }

    // ---------------------------------------------------------------- unreadable

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            662X次          | 含无法识别的内容“X”
            5G              | 含无法识别的内容“G”
            3mm             | 含无法识别的内容“mm”
            7×24小时        | 含无法识别的内容“×”
            95%≥            | 含无法识别的内容“≥”
            ≥满意度95%      | 含无法识别的内容“≥”
            😀              | 含无法识别的内容“😀”
            提升😀          | 含无法识别的内容“😀”
            ……              | 含无法识别的内容“……”
            1.2.3           | 数字格式错误“1.2.3”
            12..5           | 数字格式错误“12..5”
            1,23            | 数字格式错误“1,23”
            .5              | 数字格式错误“.5”
            ≥.5             | 数字格式错误“.5”
            5%人            | 单位“%”后又有单位“人”
            百分之九十人    | 单位“%”后又有单位“人”
            ≥               | 只有“≥”，缺少数值
            万              | 只有“万”，缺少数值
            %               | 只有“%”，缺少数值
            不低于          | 只有“不低于”，缺少数值
            万元以上        | 只有“万元以上”，缺少数值
            ≥20以下         | 比较符号矛盾：“≥”与“以下”
            ≥2个平台以下    | 比较符号矛盾：“≥”与“以下”
            85-90%          | 是数值范围“85-90%”，不是一个值
            85%~90%         | 是数值范围“85%~90%”，不是一个值
            6至11           | 是数值范围“6至11”，不是一个值
            2021-2022       | 是数值范围“2021-2022”，不是一个值
            2021年          | 只有年份“2021年”，没有月份
            2021年度        | 只有年份“2021年”，没有月份
            二〇二一年      | 只有年份“二〇二一年”，没有月份
            2021年13月      | 月份超出范围“2021年13月”
            2020年-2021年   | 只有年份“2020年”，没有月份
            2021年6月-2022年 | 只有年份“2022年”，没有月份
            1、2021年       | 只有年份“2021年”，没有月份
            13月            | 月份超出范围“13月”
            0-11月          | 月份超出范围“0”
            1、13、6月      | 月份超出范围“13”
            2月30日         | 日期不存在“2月30日”
            2021年2月29日   | 日期不存在“2021年2月29日”
            12月32日        | 日期不存在“12月32日”
            2021-02-30      | 日期不存在“2021-02-30”
            2021.02.30      | 日期不存在“2021.02.30”
            12月完成3次     | 日期后还有其他数值“完成3次”
            6月-9月-11月    | 日期后还有其他数值“-11月”
            12.5月          | 无法识别的日期“12.5月”
            5季度           | 无法识别的日期“5季度”
            6月至今         | 无法识别的日期“6月至今”
            6月-11.15       | 无法识别的日期“6月-11.15”
            12月、11.15     | 无法识别的日期“12月、11.15”
            12月×           | 含无法识别的内容“×”
            —5              | 含无法识别的内容“—”
            """)
    void namesWhyATextCannotBeRead(String text, String reason) {
        assertThat(parser.parse(text)).isEqualTo(new Unreadable(text, reason));
    }

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                Arguments.of("a\u0001b", "含控制字符（U+0001）"),
                Arguments.of("9\u00015%", "含控制字符（U+0001）"),
                Arguments.of("12月\u0007", "含控制字符（U+0007）"),
                Arguments.of("\u0085", "含控制字符（U+0085）"),
                Arguments.of("\u0000", "含控制字符（U+0000）"));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("controlCharacters")
    void namesControlCharacters(String text, String reason) {
        assertThat(parser.parse(text)).isEqualTo(new Unreadable(text, reason));
    }

    @Test
    void shortensLongContentInAReason() {
        String text = "1." + "2".repeat(30) + ".3";

        Unreadable unreadable = (Unreadable) parser.parse(text);

        assertThat(unreadable.reason()).isEqualTo("数字格式错误“1." + "2".repeat(18) + "…”");
    }

    // ---------------------------------------------------------------- robustness

    static Stream<String> hostileTexts() {
        List<String> texts = new ArrayList<>(List.of(
                "≥",
                "万",
                "%",
                "≥-5%",
                "9999999999999999999999999999.99",
                "9".repeat(10_000),
                "9".repeat(5_000) + "." + "9".repeat(4_999),
                "一".repeat(10_000),
                "啊".repeat(10_000),
                "1个".repeat(5_000),
                "12月、".repeat(2_000),
                "统一月".repeat(3_000),
                "1-".repeat(5_000),
                "≥".repeat(10_000),
                "\u0000",
                "\u0001\u0002",
                "\uD83D",
                "\uDE00abc",
                "😀😀",
                "\uFEFF95%",
                "1e10",
                "NaN",
                "∞",
                "--5",
                "1-",
                "-1-",
                "1..",
                "百分之",
                "百分之万",
                "第",
                "第一季度末",
                "一万亿",
                "九千九百九十九亿九千九百九十九亿",
                "九九九九九九九九九九九九九九九九九九九九",
                "〇",
                "两两",
                "十十",
                "百十",
                "0月0日",
                "99.99.99",
                "1/0",
                "12月31日32日",
                "2021年13月",
                "2021.13-2022.1",
                "3季度-5季度",
                "下半年-全年",
                "年底、全年",
                "1、上半年",
                "6-11",
                "6、11",
                "⼀个",
                "①完成",
                "ⅡⅢ",
                "￥100",
                "100元/",
                "100/人",
                "95％％",
                "≥≥95%",
                ">=<=95",
                "小时",
                "个工作日以内"));
        Random random = new Random(20211231);
        String alphabet = "0123456789.,-~/%≥≤<>=万亿千百元人次个月年日天小时季度底至、，已完成以上以内内第一二两十零分钟 　\u0001😀Xm";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.appendCodePoint(alphabet.codePointAt(
                        alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            texts.add(text.toString());
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("hostileTexts")
    void neverThrowsAndAlwaysKeepsTheTextAsGiven(String text) {
        ParsedValue value = parser.parse(text);

        assertThat(value).isNotNull();
        assertThat(value.text()).isSameAs(text);
        if (value instanceof Unreadable unreadable) {
            assertThat(unreadable.reason()).isNotBlank().doesNotStartWith("读取时出错");
        }
    }

    // ---------------------------------------------------------------- the seed report

    @Test
    void readsEveryTargetAndActualOfTheSeedReport() throws Exception {
        Set<String> texts = seedTexts();

        Map<Class<?>, Long> kinds = texts.stream()
                .map(parser::parse)
                .peek(value -> assertThat(value).isNotInstanceOf(Unreadable.class))
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));

        assertThat(texts).hasSize(78);
        assertThat(kinds)
                .containsEntry(Quantity.class, 50L)
                .containsEntry(Timing.class, 14L)
                .containsEntry(Qualitative.class, 13L)
                .containsEntry(Composite.class, 1L);
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.copyOf(seedTexts());
        Map<String, ParsedValue> once = texts.stream().collect(Collectors.toMap(Function.identity(), parser::parse));

        List<ParsedValue> parallel = Stream.generate(() -> texts)
                .limit(50)
                .flatMap(List::stream)
                .parallel()
                .map(parser::parse)
                .toList();

        assertThat(parallel).allSatisfy(value -> assertThat(value).isEqualTo(once.get(value.text())));
    }

    /** Every 年度指标值 and 实际完成值 of the seed report. */
    static Set<String> seedTexts() throws Exception {
        try (InputStream json = ValueParserTest.class.getResourceAsStream("/demo/seed-2021.json")) {
            JsonNode root = new ObjectMapper().readTree(json);
            Set<String> texts = new LinkedHashSet<>();
            for (JsonNode project : root.path("projects")) {
                for (JsonNode indicator : project.path("indicators")) {
                    for (String field : List.of("target", "actual")) {
                        if (indicator.path(field).isTextual()) {
                            texts.add(indicator.path(field).asText());
                        }
                    }
                }
            }
            return texts;
        }
    }

    // ---------------------------------------------------------------- assertions

    private void assertQuantity(
            String text,
            Comparator comparator,
            String number,
            String multiplier,
            String unit,
            Dimension dimension,
            String label) {
        assertThat(parser.parse(text)).isInstanceOfSatisfying(Quantity.class, q -> {
            assertThat(q.text()).isEqualTo(text);
            assertThat(q.comparator()).isEqualTo(comparator);
            assertThat(q.number()).isEqualTo(new BigDecimal(number));
            assertThat(q.multiplier()).isEqualTo(new BigDecimal(multiplier));
            assertThat(q.measureUnit().symbol()).isEqualTo(unit == null ? "" : unit);
            assertThat(q.measureUnit().dimension()).isEqualTo(dimension);
            assertThat(q.label()).isEqualTo(label == null ? "" : label);
        });
    }

    /** duration as "48小时=48": the amount and unit as printed, then the hours. */
    private void assertTiming(String text, String points, boolean period, String duration, boolean completed) {
        assertThat(parser.parse(text)).isInstanceOfSatisfying(Timing.class, t -> {
            assertThat(t.text()).isEqualTo(text);
            assertThat(t.points().stream().map(ValueParserTest::describe).collect(Collectors.joining(" ")))
                    .isEqualTo(points == null ? "" : points);
            assertThat(t.period()).isEqualTo(period);
            assertThat(t.completed()).isEqualTo(completed);
            if (duration == null) {
                assertThat(t.duration()).isNull();
            } else {
                String[] printedAndHours = duration.split("=");
                assertThat(t.duration()).isNotNull();
                assertThat(t.duration().amount().toPlainString() + t.duration().measureUnit())
                        .isEqualTo(printedAndHours[0]);
                assertThat(t.duration().hours()).isEqualByComparingTo(printedAndHours[1]);
            }
        });
    }

    private static String describe(TimePoint point) {
        return (point.year() == null ? "" : point.year() + "年")
                + point.month()
                + "月"
                + (point.day() == null ? "" : point.day() + "日");
    }
}
