package jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import jixiao.evaluation.RowKind;
import jixiao.review.DeductionEntry.AppliesTo;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A scale entry fixes the 复核分 of a row: the computed score less a share of the weight or fixed points, never below 0. */
class DeductionEntryTest {

    private static DeductionEntry share(String share) {
        return new DeductionEntry("T", AppliesTo.INDICATOR, "指标值无法衡量", new BigDecimal(share), null, null);
    }

    private static DeductionEntry points(String points) {
        return new DeductionEntry("D", AppliesTo.INDICATOR, "指标偏离", null, new BigDecimal(points), null);
    }

    @ParameterizedTest(name = "{0} of weight {1} from {2} → {3}")
    @CsvSource({
        "0,    15, 15,    15",
        "0.3,  15, 15,    10.5",
        "0.6,  15, 15,    6",
        "1,    15, 15,    0",
        "0.3,  15, 10.88, 6.38",
        "0.3,  15, 3,     0",
        "0.3,  7,  7,     4.9",
        "0.33, 10, 10,    6.7"
    })
    void aShareOfTheWeightIsTakenFromTheComputedScore(String share, String weight, String computed, String score) {
        assertThat(share(share).scoreOf(Points.of(computed), Points.of(weight))).isEqualTo(Points.of(score));
    }

    @ParameterizedTest(name = "{0} points from {1} → {2}")
    @CsvSource({"2, 15, 13", "2, 1.5, 0", "0, 8, 8"})
    void fixedPointsAreTakenFromTheComputedScore(String points, String computed, String score) {
        assertThat(points(points).scoreOf(Points.of(computed), Points.of(20))).isEqualTo(Points.of(score));
    }

    @Test
    void theRuleIsPrintedAsTheOpinionSaysIt() {
        assertThat(share("0.3").rule()).isEqualTo("扣该项分值的 30%");
        assertThat(points("2").rule()).isEqualTo("扣 2 分");
    }

    @Test
    void anEntryDeductsAShareOrPointsNeverBothOrNeither() {
        assertThatThrownBy(() -> new DeductionEntry("X", AppliesTo.ANY, "情形", BigDecimal.ONE, BigDecimal.ONE, null))
                .hasMessageContaining("one of the two");
        assertThatThrownBy(() -> new DeductionEntry("X", AppliesTo.ANY, "情形", null, null, null))
                .hasMessageContaining("one of the two");
        assertThatThrownBy(() -> share("1.2")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new DeductionEntry("含 空格", AppliesTo.ANY, "情形", BigDecimal.ONE, null, null))
                .hasMessageContaining("code");
    }

    @Test
    void anEntryAppliesToItsRowsOnly() {
        assertThat(AppliesTo.INDICATOR.covers(RowKind.INDICATOR)).isTrue();
        assertThat(AppliesTo.INDICATOR.covers(RowKind.EXECUTION)).isFalse();
        assertThat(AppliesTo.ITEM.covers(RowKind.ITEM)).isTrue();
        assertThat(AppliesTo.ANY.covers(RowKind.EXECUTION)).isTrue();
    }

    @Test
    void theBuiltInScaleHasTheSeverityStepsAndAnEntryForEveryKindOfRow() {
        DeductionScale scale = DeductionScale.builtIn();
        Set<String> codes = new HashSet<>();
        scale.entries()
                .forEach(e -> assertThat(codes.add(e.code())).as(e.code()).isTrue());

        assertThat(scale.entriesFor(RowKind.INDICATOR).stream()
                        .filter(e -> e.code().startsWith("TARGET-VAGUE"))
                        .map(e -> e.share().stripTrailingZeros().toPlainString()))
                .containsExactly("0", "0.3", "0.6", "1");
        for (RowKind kind : RowKind.values()) {
            assertThat(scale.entriesFor(kind)).as(kind.name()).isNotEmpty();
        }
        assertThat(scale.entries()).allMatch(e -> e.basis() != null);
    }
}
