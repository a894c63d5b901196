package jixiao.scoring.rule;

import static jixiao.scoring.rule.Values.count;
import static jixiao.scoring.rule.Values.date;
import static jixiao.scoring.rule.Values.months;
import static jixiao.scoring.rule.Values.percent;
import static jixiao.scoring.rule.Values.power;
import static jixiao.scoring.rule.Values.quantity;
import static jixiao.scoring.rule.Values.row;
import static jixiao.scoring.rule.Values.scaled;
import static jixiao.scoring.rule.Values.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Indicator;
import jixiao.scoring.RuleSet;
import jixiao.scoring.value.Comparator;
import jixiao.scoring.value.MeasureUnit;
import jixiao.scoring.value.ParsedValue;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorScorerTest {

    private static final RuleSet RULES = RuleSet.defaults();
    private static final IndicatorScorer SCORER =
            new IndicatorScorer(new ScoringContext(2021, MoneyUnit.TEN_THOUSAND_YUAN, RULES));

    private static IndicatorScore score(Indicator row, ParsedValue target, ParsedValue actual) {
        return SCORER.score(row, target, actual);
    }

    static Stream<Arguments> quantitativeRows() {
        return Stream.of(
                // the seed's 专家评审费: 15 × 145 / 200 = 10.88 (domain.md)
                Arguments.of(
                        "数量指标",
                        quantity("≥200人", Comparator.AT_LEAST, "200", count("人")),
                        quantity("145人", Comparator.NONE, "145", count("人")),
                        "15",
                        IndicatorKind.POSITIVE,
                        "10.88",
                        Attainment.MISSED),
                Arguments.of(
                        "满意度",
                        percent("≥85%", Comparator.AT_LEAST, "85"),
                        percent("82%", Comparator.NONE, "82"),
                        "5",
                        IndicatorKind.POSITIVE,
                        "4.82",
                        Attainment.MISSED),
                Arguments.of(
                        "质量指标",
                        percent("≥98%", Comparator.AT_LEAST, "98"),
                        percent("≥97%", Comparator.AT_LEAST, "97"),
                        "15",
                        IndicatorKind.POSITIVE,
                        "14.85",
                        Attainment.MISSED),
                Arguments.of(
                        "质量指标",
                        percent("≥85%", Comparator.AT_LEAST, "85"),
                        percent("≥92%", Comparator.AT_LEAST, "92"),
                        "5",
                        IndicatorKind.POSITIVE,
                        "5",
                        Attainment.MET),
                Arguments.of(
                        "满意度",
                        percent(">85%", Comparator.MORE_THAN, "85"),
                        percent("85%", Comparator.NONE, "85"),
                        "10",
                        IndicatorKind.POSITIVE,
                        "10",
                        Attainment.MET),
                Arguments.of(
                        "数量指标",
                        quantity("1个", Comparator.NONE, "1", count("个")),
                        quantity("1个", Comparator.NONE, "1", count("个")),
                        "5",
                        IndicatorKind.POSITIVE,
                        "5",
                        Attainment.MET),
                Arguments.of(
                        "数量指标",
                        quantity("≥10次", Comparator.AT_LEAST, "10", count("次")),
                        quantity("-3次", Comparator.NONE, "-3", count("次")),
                        "10",
                        IndicatorKind.POSITIVE,
                        "0",
                        Attainment.MISSED),
                Arguments.of(
                        "数量指标",
                        quantity("=0", Comparator.EQUAL, "0", MeasureUnit.NONE),
                        quantity("0", Comparator.NONE, "0", MeasureUnit.NONE),
                        "4",
                        IndicatorKind.EQUAL,
                        "4",
                        Attainment.MET),
                Arguments.of(
                        "数量指标",
                        quantity("=0起", Comparator.EQUAL, "0", count("起")),
                        quantity("2起", Comparator.NONE, "2", count("起")),
                        "4",
                        IndicatorKind.EQUAL,
                        "0",
                        Attainment.MISSED),
                Arguments.of(
                        "数量指标",
                        quantity("=4个", Comparator.EQUAL, "4", count("个")),
                        quantity("3个", Comparator.NONE, "3", count("个")),
                        "8",
                        IndicatorKind.EQUAL,
                        "6",
                        Attainment.MISSED),
                // 反向 under 成本: bare numbers are in the report's 万元, "万" is 万元
                Arguments.of(
                        "成本指标",
                        quantity("≤12", Comparator.AT_MOST, "12", MeasureUnit.NONE),
                        scaled("12万", Comparator.NONE, "12", MeasureUnit.NONE),
                        "10",
                        IndicatorKind.REVERSE,
                        "10",
                        Attainment.MET),
                Arguments.of(
                        "成本指标",
                        scaled("1314万", Comparator.NONE, "1314", MeasureUnit.NONE),
                        scaled("479.7万", Comparator.NONE, "479.7", MeasureUnit.NONE),
                        "10",
                        IndicatorKind.REVERSE,
                        "10",
                        Attainment.MET),
                Arguments.of(
                        "成本指标",
                        scaled("≤10万", Comparator.AT_MOST, "10", MeasureUnit.NONE),
                        scaled("12万", Comparator.NONE, "12", MeasureUnit.NONE),
                        "10",
                        IndicatorKind.REVERSE,
                        "8",
                        Attainment.MISSED),
                Arguments.of(
                        "成本指标",
                        scaled("≤10万", Comparator.AT_MOST, "10", MeasureUnit.NONE),
                        scaled("25万", Comparator.NONE, "25", MeasureUnit.NONE),
                        "10",
                        IndicatorKind.REVERSE,
                        "0",
                        Attainment.MISSED),
                Arguments.of(
                        "成本指标",
                        quantity("≤0", Comparator.AT_MOST, "0", MeasureUnit.NONE),
                        quantity("3", Comparator.NONE, "3", MeasureUnit.NONE),
                        "10",
                        IndicatorKind.REVERSE,
                        "0",
                        Attainment.MISSED));
    }

    @ParameterizedTest(name = "{1} / {2} → {5}")
    @MethodSource("quantitativeRows")
    void scoresQuantitativeRowsByTheirRule(
            String level2,
            ParsedValue target,
            ParsedValue actual,
            String weight,
            IndicatorKind kind,
            String expected,
            Attainment attainment) {
        IndicatorScore score = score(row(level2, weight, null), target, actual);

        assertThat(score.kind()).isEqualTo(kind);
        assertThat(score.score()).isEqualTo(Points.of(expected));
        assertThat(score.attainment()).isEqualTo(attainment);
        assertThat(score.byRule()).isTrue();
    }

    @Test
    void explainsTheArithmeticOfAProportionalScore() {
        IndicatorScore score = score(
                row("数量指标", "15", "10.88"),
                quantity("≥200人", Comparator.AT_LEAST, "200", count("人")),
                quantity("145人", Comparator.NONE, "145", count("人")));

        assertThat(score.explanation().text()).contains("15 × 145 ÷ 200 = 10.88");
    }

    @Test
    void ratioFormulaScoresCostOverrunsAsTargetOverActual() {
        RuleSet ratio = new RuleSet(
                "ratio",
                "1",
                RULES.level1Weights(),
                RULES.executionWeight(),
                RULES.gradeBands(),
                RuleSet.ReverseFormula.RATIO,
                RULES.scoreTolerance(),
                RULES.executionExplanationThreshold(),
                RULES.achievedFloor(),
                RULES.partialFloor(),
                RULES.overAchievementRatio());
        IndicatorScore score = new IndicatorScorer(new ScoringContext(2021, MoneyUnit.TEN_THOUSAND_YUAN, ratio))
                .score(
                        row("成本指标", "10", null),
                        scaled("≤10万", Comparator.AT_MOST, "10", MeasureUnit.NONE),
                        scaled("12万", Comparator.NONE, "12", MeasureUnit.NONE));

        assertThat(score.score()).isEqualTo(Points.of("8.33"));
        assertThat(score.explanation().text()).contains("10 × 10 ÷ 12 = 8.33");
    }

    @Test
    void incomparableUnitsKeepTheClaimedScoreAndSaySo() {
        IndicatorScore score = score(
                row("数量指标", "15", "14.25"),
                quantity(
                        "2812平方米",
                        Comparator.NONE,
                        "2812",
                        new MeasureUnit(jixiao.scoring.value.Dimension.AREA, "平方米", java.math.BigDecimal.ONE)),
                percent("≥95%", Comparator.AT_LEAST, "95"));

        assertThat(score.byRule()).isFalse();
        assertThat(score.score()).isEqualTo(Points.of("14.25"));
        assertThat(score.notes()).extracting(f -> f.code()).containsExactly(FindingCode.UNIT_MISMATCH);
        assertThat(score.notes().get(0).message()).contains("2812平方米").contains("≥95%");
    }

    @Test
    void aMissingTenThousandIsAScaleSlipNotAZeroScore() {
        IndicatorScore score = score(
                row("数量指标", "15", "15"),
                scaled("22万千瓦", Comparator.NONE, "22", power()),
                quantity("23.37千瓦", Comparator.NONE, "23.37", power()));

        assertThat(score.byRule()).isFalse();
        assertThat(score.score()).isEqualTo(Points.of(15));
        assertThat(score.notes().get(0).message()).contains("万");
    }

    static Stream<Arguments> timingRows() {
        return Stream.of(
                Arguments.of(
                        months("6月-11月", true, false, 6, 11), months("6月", false, false, 6), "2", "2", Attainment.MET),
                Arguments.of(
                        months("12月", false, false, 12), months("12月已完成", false, true, 12), "2", "2", Attainment.MET),
                // late: 达成 is ruled out, at most the top of 部分达成 (80% − 0.01)
                Arguments.of(
                        months("9月", false, false, 9),
                        months("11月已完成", false, true, 11),
                        "2",
                        "1.59",
                        Attainment.MISSED),
                Arguments.of(
                        months("9月", false, false, 9),
                        date("2022年3月已完成", 2022, 3, true),
                        "2",
                        "1.59",
                        Attainment.MISSED),
                Arguments.of(
                        months("1月、3月、6月、9月", false, false, 1, 3, 6, 9),
                        months("12月已完成", false, true, 12),
                        "2",
                        "1.59",
                        Attainment.MISSED),
                // a claimed score inside the lower tiers stands
                Arguments.of(
                        months("9月", false, false, 9),
                        months("10月", false, false, 10),
                        "1.2",
                        "1.2",
                        Attainment.MISSED),
                // a heating period crossing the year end: March of the next year is on time
                Arguments.of(
                        new ParsedValue.Timing(
                                java.util.List.of(
                                        new jixiao.scoring.value.TimePoint(null, 11, 15),
                                        new jixiao.scoring.value.TimePoint(null, 3, 15)),
                                true,
                                null,
                                false,
                                "11.15-3.15"),
                        months("3月", false, false, 3),
                        "2",
                        "2",
                        Attainment.MET));
    }

    @ParameterizedTest(name = "{0} / {1} claimed {2} → {3}")
    @MethodSource("timingRows")
    void scoresDeadlines(ParsedValue target, ParsedValue actual, String claimed, String expected, Attainment met) {
        IndicatorScore score = score(row("时效指标", "2", claimed), target, actual);

        assertThat(score.kind()).isEqualTo(IndicatorKind.TIMELINESS);
        assertThat(score.score()).isEqualTo(Points.of(expected));
        assertThat(score.attainment()).isEqualTo(met);
    }

    static Stream<Arguments> qualitativeRows() {
        return Stream.of(
                Arguments.of("提升", "提升", "15", "15", Tier.ACHIEVED),
                Arguments.of("提升", "提升", "13", "13", Tier.ACHIEVED),
                // below its tier: brought up to the tier's floor, 80% of 15
                Arguments.of("提升", "提升", "10", "12", Tier.ACHIEVED),
                Arguments.of("合格", "基本合格", "15", "11.99", Tier.PARTIAL),
                Arguments.of("及时", "未及时", "10", "8.99", Tier.MISSED),
                Arguments.of("优良", "优良", null, "12", Tier.ACHIEVED));
    }

    @ParameterizedTest(name = "{0} / {1} claimed {2} → {3}")
    @MethodSource("qualitativeRows")
    void keepsAQualitativeScoreInsideItsTier(String target, String actual, String claimed, String expected, Tier tier) {
        IndicatorScore score = score(row("社会效益指标", "15", claimed), word(target), word(actual));

        assertThat(score.kind()).isEqualTo(IndicatorKind.QUALITATIVE);
        assertThat(score.tier()).isEqualTo(tier);
        assertThat(score.score()).isEqualTo(Points.of(expected));
    }

    @Test
    void aDirectionWithoutALevelIsAVagueTarget() {
        IndicatorScore score = score(row("社会效益指标", "10", "10"), word("带动"), word("带动"));

        assertThat(score.notes()).extracting(f -> f.code()).contains(FindingCode.VAGUE_TARGET);
    }

    @Test
    void aScoreTypedIntoTheActualColumnIsReportedAndTheClaimKept() {
        IndicatorScore score =
                score(row("社会效益指标", "15", "15"), word("促进"), quantity("15", Comparator.NONE, "15", MeasureUnit.NONE));

        assertThat(score.byRule()).isFalse();
        assertThat(score.score()).isEqualTo(Points.of(15));
        assertThat(score.notes()).anySatisfy(f -> assertThat(f.message()).contains("疑似把得分填进了实际完成值栏"));
    }

    @Test
    void aMissingActualIsIncompleteAndNeverAGuess() {
        IndicatorScore score =
                score(row("数量指标", "5", null), percent("≥95%", Comparator.AT_LEAST, "95"), Values.blank());

        assertThat(score.score()).isEqualTo(Points.ZERO);
        assertThat(score.notes()).extracting(f -> f.code()).containsExactly(FindingCode.INCOMPLETE);
    }
}
