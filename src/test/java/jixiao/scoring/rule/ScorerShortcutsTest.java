package jixiao.scoring.rule;

import static jixiao.scoring.rule.Values.count;
import static jixiao.scoring.rule.Values.quantity;
import static jixiao.scoring.rule.Values.row;
import static jixiao.scoring.rule.Values.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import jixiao.scoring.FindingCode;
import jixiao.scoring.RuleSet;
import jixiao.scoring.value.Comparator;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * The scorer's shortcuts against the plain computation, on seeded pseudo-random rows: a full claim under 达成 placed
 * without the tier's bounds, quantitative rows scored without a Row and with the measurement kept as the
 * achievement, and 定性 words that tell their tier scored without a Row.
 */
class ScorerShortcutsTest {

    private static final RuleSet RULES = RuleSet.defaults();

    @Test
    void aClaimIsPlacedInItsTierAsTheBoundsWouldPlaceIt() {
        Random random = new Random(20211);
        for (int i = 0; i < 50_000; i++) {
            RuleSet rules = i % 2 == 0 ? RULES : withFloors(random);
            Points weight = points(random);
            Points claimed =
                    switch (random.nextInt(4)) {
                        case 0 -> null;
                        case 1, 2 -> Points.of(weight.value()); // the usual full claim
                        default -> points(random);
                    };
            for (Tier tier : Tier.values()) {
                Points lowest = tier.lowest(weight, rules);
                Points plain = claimed == null ? lowest : Tier.clamp(claimed, lowest, tier.highest(weight, rules));
                assertThat(tier.place(claimed, weight, rules))
                        .as(
                                "%s, weight %s, claimed %s, floors %s/%s",
                                tier, weight, claimed, rules.achievedFloor(), rules.partialFloor())
                        .isEqualTo(plain);
            }
        }
    }

    @Test
    void quantitativeRowsScoreAsThePlainRule() {
        Random random = new Random(20212);
        IndicatorScorer scorer = new IndicatorScorer(new ScoringContext(2021, MoneyUnit.TEN_THOUSAND_YUAN, RULES));
        Comparator[] comparators = {Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.EQUAL};
        for (int i = 0; i < 50_000; i++) {
            Comparator comparator = comparators[random.nextInt(comparators.length)];
            BigDecimal t = number(random);
            BigDecimal a = random.nextInt(5) == 0 ? t : number(random);
            Quantity target =
                    quantity(comparator.symbol() + t.toPlainString() + "人", comparator, t.toPlainString(), count("人"));
            Quantity actual = quantity(a.toPlainString() + "人", Comparator.NONE, a.toPlainString(), count("人"));
            Points weight = points(random);
            IndicatorScore score = scorer.score(row("数量指标", weight.value().toPlainString(), "1"), target, actual);

            BigDecimal notNegative = a.max(BigDecimal.ZERO);
            Points expected = plainScore(comparator, t, a, weight);
            assertThat(score.score())
                    .as("%s %s against %s, weight %s", comparator, a, t, weight)
                    .isEqualTo(expected);
            assertThat(score.achievement())
                    .isEqualTo(
                            comparator == Comparator.EQUAL && t.signum() == 0 ? null : new Achievement(notNegative, t));
            assertThat(score.notes()).isEmpty();
            assertThat(score.weight()).isEqualTo(weight);
        }
    }

    @Test
    void qualitativeRowsScoreAsTheirTierPlacesThem() {
        Random random = new Random(20213);
        IndicatorScorer scorer = new IndicatorScorer(new ScoringContext(2021, MoneyUnit.TEN_THOUSAND_YUAN, RULES));
        String[] targets = {"提升", "合格", "优良", "及时", "有效保障", "逐步提高", "达标"};
        String[] actuals = {"完成", "已完成", "基本完成", "部分达成", "未完成", "不合格", "较好", "提升", "合格", "达标", "一般"};
        for (int i = 0; i < 50_000; i++) {
            String targetWord = targets[random.nextInt(targets.length)];
            String actualWord = actuals[random.nextInt(actuals.length)];
            Points weight = points(random);
            Points claimed =
                    switch (random.nextInt(4)) {
                        case 0 -> null;
                        case 1, 2 -> Points.of(weight.value());
                        default -> points(random);
                    };
            IndicatorScore score = scorer.score(
                    row(
                            "满意度",
                            weight.value().toPlainString(),
                            claimed == null ? null : claimed.value().toPlainString()),
                    word(targetWord),
                    word(actualWord));

            Tier tier = QualitativeWords.tierOf(actualWord, targetWord);
            int vague = QualitativeWords.isVague(targetWord) ? 1 : 0;
            String row = targetWord + " / " + actualWord + ", weight " + weight + ", claimed " + claimed;
            if (tier == null) {
                assertThat(score.byRule()).as(row).isFalse();
                assertThat(score.notes()).as(row).hasSize(vague + 1);
                continue;
            }
            Points lowest = tier.lowest(weight, RULES);
            Points highest = tier.highest(weight, RULES);
            Points expected = claimed == null ? lowest : Tier.clamp(claimed, lowest, highest);
            String head = "定性指标：实际“" + actualWord + "”，属“" + tier.label() + "”档（" + lowest + "～" + highest + " 分）";
            String text = claimed == null
                    ? head + "，未填报得分，按该档最低 " + expected + " 分计"
                    : claimed.equals(expected)
                            ? head + "，填报 " + claimed + " 分在档内，采用"
                            : head + "，填报 " + claimed + " 分不在档内，按 " + expected + " 分计";
            assertThat(score.score()).as(row).isEqualTo(expected);
            assertThat(score.tier()).as(row).isEqualTo(tier);
            assertThat(score.attainment())
                    .as(row)
                    .isEqualTo(tier == Tier.ACHIEVED ? Attainment.MET : Attainment.MISSED);
            assertThat(score.explanation().text()).as(row).isEqualTo(text);
            assertThat(score.notes()).as(row).hasSize(vague);
            assertThat(score.notes()).allMatch(note -> note.code() == FindingCode.VAGUE_TARGET);
        }
    }

    /** 正向, 等于 and 反向 (linear2T) as domain.md §2 states them, with nothing reused. */
    private static Points plainScore(Comparator comparator, BigDecimal t, BigDecimal actual, Points weight) {
        BigDecimal w = weight.value();
        BigDecimal a = actual.max(BigDecimal.ZERO);
        if (comparator == Comparator.AT_MOST) {
            if (a.compareTo(t) <= 0) {
                return weight;
            }
            if (t.signum() <= 0 || a.compareTo(t.multiply(BigDecimal.valueOf(2))) >= 0) {
                return Points.ZERO;
            }
            return new Points(
                    w.multiply(t.multiply(BigDecimal.valueOf(2)).subtract(a)).divide(t, 2, RoundingMode.HALF_UP));
        }
        if (comparator == Comparator.EQUAL && t.signum() == 0) {
            return actual.signum() <= 0 ? weight : Points.ZERO;
        }
        return a.compareTo(t) >= 0 ? weight : new Points(w.multiply(a).divide(t, 2, RoundingMode.HALF_UP));
    }

    /** Whole weights mostly, some with decimals, a few negative (a malformed row). */
    private static Points points(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Points.of(BigDecimal.valueOf(random.nextInt(3000), 2));
            case 1 -> Points.of(BigDecimal.valueOf(-random.nextInt(3000), 2));
            default -> Points.of(random.nextInt(31));
        };
    }

    private static BigDecimal number(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(-random.nextInt(100));
            case 2 -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4));
            default -> BigDecimal.valueOf(random.nextInt(300));
        };
    }

    private static RuleSet withFloors(Random random) {
        BigDecimal achieved = BigDecimal.valueOf(random.nextInt(101), 2);
        BigDecimal partial =
                BigDecimal.valueOf(random.nextInt(achieved.unscaledValue().intValue() + 1), 2);
        return new RuleSet(
                RULES.name(),
                RULES.version(),
                RULES.level1Weights(),
                RULES.executionWeight(),
                RULES.gradeBands(),
                RULES.reverseFormula(),
                RULES.scoreTolerance(),
                RULES.executionExplanationThreshold(),
                achieved,
                partial,
                RULES.overAchievementRatio());
    }
}
