package jixiao.scoring.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jixiao.scoring.Indicator;
import jixiao.scoring.RuleSet;
import jixiao.scoring.value.ValueParser;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows as printed, through the real parser: every pairing of value kinds gets a score and, where due, a finding. */
class IndicatorRowsTest {

    private static final ValueParser PARSER = new ValueParser();
    private static final IndicatorScorer SCORER =
            new IndicatorScorer(new ScoringContext(2021, MoneyUnit.TEN_THOUSAND_YUAN, RuleSet.defaults()));

    @ParameterizedTest(name = "{1} / {2} (claimed {4}) → {5} {6} {7}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
            数量指标 | /            | 10人          | 10 | 8    | not-applicable | 8    | -
            数量指标 | 1.2.3        | 10人          | 10 | 8    | unscorable     | 8    | UNPARSEABLE_VALUE
            数量指标 | null         | 10人          | 10 | 8    | unscorable     | 8    | INCOMPLETE
            数量指标 | ≥10人        | 662X次        | 10 | 9    | positive       | 9    | UNPARSEABLE_VALUE
            数量指标 | ≥10人        | 4个保安 3个保洁 | 10 | 9    | positive       | 9    | UNIT_MISMATCH
            数量指标 | ≥10人        | 12月          | 10 | 9    | positive       | 9    | UNIT_MISMATCH
            数量指标 | ≥365天       | 365天         | 20 | 20   | positive       | 20   | -
            数量指标 | ≥365天       | 300天         | 20 | 20   | positive       | 16.44 | -
            数量指标 | ≥365天       | 12月          | 20 | 20   | positive       | 20   | UNIT_MISMATCH
            数量指标 | ≥10人        | /             | 10 | 9    | positive       | 9    | INCOMPLETE
            数量指标 | ≥10人        | 河南村        | 10 | 12   | positive       | 10   | UNPARSEABLE_VALUE
            数量指标 | 一项         | 部分完成      | 10 | 7    | positive       | 7    | INCOMPLETE
            数量指标 | 4个保安 3个保洁 | 4个保安 2个保洁 | 15 | 15 | positive       | 10   | -
            数量指标 | 4个保安 3个保洁 | 4个保安 3人   | 15 | 15   | positive       | 15   | UNIT_MISMATCH
            数量指标 | 4个保安 3个保洁 | null         | 15 | 15   | positive       | 15   | INCOMPLETE
            时效指标 | 9月          | 延期          | 2  | 2    | timeliness     | 2    | UNIT_MISMATCH
            时效指标 | 9月          | 及时          | 2  | 2    | timeliness     | 2    | INCOMPLETE
            时效指标 | 9月          | 95%           | 2  | 2    | timeliness     | 2    | UNIT_MISMATCH
            时效指标 | 9月          | 1.2.3         | 2  | 2    | timeliness     | 2    | UNPARSEABLE_VALUE
            时效指标 | 9月          | null          | 2  | 2    | timeliness     | 2    | INCOMPLETE
            时效指标 | 48小时       | 72小时        | 10 | 10   | timeliness     | 7.99 | -
            时效指标 | 48小时       | 24小时        | 10 | 10   | timeliness     | 10   | -
            时效指标 | 48小时       | 9月           | 10 | 10   | timeliness     | 10   | UNIT_MISMATCH
            时效指标 | 9月          | 10月          | 10 | null | timeliness     | 6    | -
            社会效益指标 | 合格      | 1.2.3         | 10 | 10   | qualitative    | 10   | UNPARSEABLE_VALUE
            社会效益指标 | 合格      | null          | 10 | 10   | qualitative    | 10   | INCOMPLETE
            社会效益指标 | 合格      | 12月已完成    | 10 | 10   | qualitative    | 10   | -
            社会效益指标 | 合格      | 12月          | 10 | 10   | qualitative    | 10   | INCOMPLETE
            社会效益指标 | 合格      | 4个保安 3个保洁 | 10 | 10 | qualitative    | 10   | INCOMPLETE
            社会效益指标 | 合格      | 河南村        | 10 | 12   | qualitative    | 10   | INCOMPLETE
            社会效益指标 | 合格      | 河南村        | 10 | -2   | qualitative    | 0    | INCOMPLETE
            """)
    void everyPairingOfValuesIsScoredOrExplained(
            String level2,
            String target,
            String actual,
            String weight,
            String claimed,
            String kind,
            String score,
            String code) {
        Indicator row = new Indicator(
                "产出指标",
                level2,
                "指标",
                target,
                actual,
                new BigDecimal(weight),
                claimed == null ? null : new BigDecimal(claimed),
                null);

        IndicatorScore result = SCORER.score(row, PARSER.parse(target), PARSER.parse(actual));

        assertThat(result.kind().code()).isEqualTo(kind);
        assertThat(result.score()).isEqualTo(Points.of(score));
        assertThat(result.explanation().text()).isNotBlank();
        if (code.equals("-")) {
            assertThat(result.notes()).isEmpty();
        } else {
            assertThat(result.notes()).extracting(f -> f.code().name()).contains(code);
        }
    }

    @ParameterizedTest
    @CsvSource({"10, 成本指标", "0, 数量指标"})
    void aMissingWeightIsIncompleteAndCountsAsZero(String ignored, String level2) {
        Indicator row = new Indicator("产出指标", level2, "指标", "≥1个", "1个", null, null, null);

        IndicatorScore result = SCORER.score(row, PARSER.parse("≥1个"), PARSER.parse("1个"));

        assertThat(result.weight()).isEqualTo(Points.ZERO);
        assertThat(result.notes()).extracting(f -> f.message()).contains("没有填写分值");
    }
}
