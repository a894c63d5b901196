package jixiao.scoring.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.RuleSet;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionRuleTest {

    private static final ExecutionRule RULE =
            new ExecutionRule(new ScoringContext(2021, MoneyUnit.TEN_THOUSAND_YUAN, RuleSet.defaults()));

    private static Funds funds(String initial, String annual, String executed) {
        return new Funds(
                new FundsRow(number(initial), number(annual), number(executed)),
                null,
                null,
                null,
                BigDecimal.TEN,
                null);
    }

    private static BigDecimal number(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }

    @ParameterizedTest(name = "{2} ÷ {1} → {3}% / {4}")
    @CsvSource({
        "9, 9, 8.81, 97.89, 9.79",
        "15, 15, 14.7, 98.00, 9.8",
        "21, 21, 7.3, 34.76, 3.48",
        "1314, 1314, 479.7, 36.51, 3.65",
        "100, 120, 130, 108.33, 10",
        "100, 100, 0, 0.00, 0"
    })
    void scoresTheExecutionRateOnTheAnnualBudget(
            String initial, String annual, String executed, String percent, String score) {
        ExecutionScore result = RULE.score(funds(initial, annual, executed));

        assertThat(result.rate().percent(2)).isEqualByComparingTo(percent);
        assertThat(result.score()).isEqualTo(Points.of(score));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void theInitialBudgetStandsInForAMissingAnnualBudgetAndSaysSo() {
        ExecutionScore result = RULE.score(funds("43", null, "42.9"));

        assertThat(result.score()).isEqualTo(Points.of("9.98"));
        assertThat(result.notes()).extracting(f -> f.code()).containsExactly(FindingCode.INCOMPLETE);
        assertThat(result.explanation().text()).contains("年初预算数 43");
    }

    @Test
    void aZeroBudgetCannotGiveARate() {
        ExecutionScore result = RULE.score(funds("0", "0", "5"));

        assertThat(result.rate()).isNull();
        assertThat(result.byRule()).isFalse();
        assertThat(result.notes().get(0).message()).contains("为 0");
    }

    @Test
    void noFundsBlockIsIncomplete() {
        ExecutionScore result = RULE.score(null);

        assertThat(result.score()).isEqualTo(Points.ZERO);
        assertThat(result.notes()).extracting(f -> f.code()).containsExactly(FindingCode.INCOMPLETE);
    }
}
