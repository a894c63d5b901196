package jixiao.scoring;

import static jixiao.scoring.ReportBuilder.project;
import static jixiao.scoring.ReportBuilder.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jixiao.scoring.rule.Attainment;
import jixiao.scoring.value.Comparator;
import jixiao.scoring.value.ParsedValue;
import jixiao.scoring.value.ScoreText;
import jixiao.scoring.value.ValueParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text as PDFs and Word tables hand it over (issue 15, item 5), read by general rules: signs that only look like a
 * comparison sign, a rate printed as a bare fraction, a score in Chinese numerals, an actual that adds a figure to the
 * target's own words.
 */
class ReadingRealTextTest {

    private final ValueParser parser = new ValueParser();

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ≥95%      | AT_LEAST
            ≧95%      | AT_LEAST
            ≦95%      | AT_MOST
            ＞95%      | MORE_THAN
            ＜95%      | LESS_THAN
            ＝95%      | EQUAL
            ═95%      | EQUAL
            ﹥95%      | MORE_THAN
            ﹤95%      | LESS_THAN
            >=95%     | AT_LEAST
            ＞＝95%     | AT_LEAST
            ﹤＝95%     | AT_MOST
            """)
    void aLookAlikeOfAComparisonSignIsReadAsTheSign(String text, Comparator sign) {
        ParsedValue value = parser.parse(text);

        assertThat(value).isInstanceOf(ParsedValue.Quantity.class);
        assertThat(((ParsedValue.Quantity) value).comparator()).isEqualTo(sign);
        assertThat(((ParsedValue.Quantity) value).number()).isEqualByComparingTo("95");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            十五      | 15
            九点五    | 9.5
            九点五分  | 9.5
            十        | 10
            二十      | 20
            """)
    void aScoreInChineseNumeralsIsReadAsItsNumber(String text, String number) {
        assertThat(ScoreText.read(text).value()).isEqualByComparingTo(number);
        assertThat(ScoreText.read(text).inWords()).isTrue();
    }

    /** One row scored in a table of 产出 50 / 效益 30 / 满意度 10: its attainment, score and notes. */
    private static IndicatorAssessment scored(String target, String actual, String weight, String claimed) {
        ProjectAssessment project = new SelfEvaluationChecker(RuleSet.defaults())
                .assess(report().project(project("读取")
                                .indicator("产出指标", "质量指标", "读取的指标", target, actual, weight, claimed)
                                .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1200人", "30", "30")
                                .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10"))
                        .build())
                .projects()
                .get(0);
        return project.indicators().get(0);
    }

    private static List<FindingCode> codes(String target, String actual) {
        return new SelfEvaluationChecker(RuleSet.defaults())
                        .assess(report().project(project("读取")
                                        .indicator("产出指标", "质量指标", "读取的指标", target, actual, "50", "50")
                                        .indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1200人", "30", "30")
                                        .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10"))
                                .build())
                        .findings()
                        .stream()
                        .map(Finding::code)
                        .toList();
    }

    @ParameterizedTest(name = "{0} against {1}: {2}, {3} of 50")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ≥90%     | 0.95         | MET    | 50
            ≥90%     | 0.8          | MISSED | 44.44
            ≧90%     | 95%          | MET    | 50
            ﹥90%     | 95%          | MET    | 50
            ═100%    | 100%         | MET    | 50
            同比提升  | 同比提升6%    | MET    | 50
            提升      | 提升6%        | MET    | 50
            """)
    void aRowIsScoredAsItsTextMeans(String target, String actual, Attainment attainment, String score) {
        IndicatorAssessment row = scored(target, actual, "50", "50");

        assertThat(row.score().attainment()).isEqualTo(attainment);
        assertThat(row.score().score()).isEqualTo(jixiao.shared.Points.of(score));
    }

    @ParameterizedTest(name = "{0} against {1} is noted as read by convention")
    @CsvSource(delimiter = '|', textBlock = """
            ≥90%     | 0.95
            ≥90%     | 0.8
            """)
    void aBareFractionAgainstAPercentageIsReadAsAPercentageWithANotice(String target, String actual) {
        assertThat(codes(target, actual)).contains(FindingCode.VALUE_INTERPRETED);
        assertThat(codes(target, actual + "%")).doesNotContain(FindingCode.VALUE_INTERPRETED);
    }
}
