package jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.IndicatorKind;
import jixiao.scoring.rule.Tier;
import jixiao.shared.Points;

/**
 * The tier select of a 定性 row in the editor: the evaluator picks a tier and a score inside its band (财预〔2020〕10号:
 * 达成 [80%, 100%], 部分达成并具有一定效果 [60%, 80%), 未达成且效果较差 [0, 60%) of the weight, the floors from the rule set).
 *
 * <p>The tier shown is derived from the claimed score; a tier chosen by hand stays chosen while the score is unchanged,
 * so that a choice whose band does not hold the score is shown with a message instead of being silently undone.
 *
 * @param bands the three tiers with their bands in points
 * @param chosen the tier shown as selected, or null where neither the score nor the rules tell one
 * @param claimed the claimed score as typed, or null
 * @param byRule the tier the rules read from the actual value, or null
 * @param actual the actual value as typed
 */
public record TierChoice(List<Band> bands, Tier chosen, Points claimed, Tier byRule, String actual) {

    /** One tier with the lowest and highest score inside it. */
    public record Band(Tier tier, Points lowest, Points highest) {
        boolean contains(Points score) {
            return score.compareTo(lowest) >= 0 && score.compareTo(highest) <= 0;
        }
    }

    /**
     * The choice for an editor row, or null where the rules do not classify the row as 定性.
     *
     * @param postedTier the tier the form sent back (a {@link Tier} name), or blank
     * @param postedFor the claimed score that tier was shown for; when the score changed since, the tier follows it
     */
    static TierChoice of(
            IndicatorAssessment scored,
            RuleSet rules,
            String claimedText,
            String postedTier,
            String postedFor,
            String actual) {
        if (scored == null || scored.score().kind() != IndicatorKind.QUALITATIVE) {
            return null;
        }
        return of(scored.score().weight(), scored.score().tier(), rules, claimedText, postedTier, postedFor, actual);
    }

    /**
     * The choice for a 定性 item of weight {@code weight} (a row of the project editor, or a qualitative item of the
     * whole-unit framework such as 履职效益 and 满意度, which the rules read no tier for: {@code byRule} null).
     */
    static TierChoice of(
            Points weight,
            Tier byRule,
            RuleSet rules,
            String claimedText,
            String postedTier,
            String postedFor,
            String actual) {
        List<Band> bands = Arrays.stream(Tier.values())
                .map(tier -> new Band(tier, tier.lowest(weight, rules), tier.highest(weight, rules)))
                .toList();
        BigDecimal number = EvaluationForm.decimal(claimedText);
        Points claimed = number == null ? null : Points.of(number);
        Tier derived = claimed == null
                ? byRule
                : bands.stream()
                        .filter(band -> band.contains(claimed))
                        .map(Band::tier)
                        .findFirst()
                        .orElse(byRule);
        Tier posted = tierNamed(postedTier);
        boolean scoreUnchanged = same(claimedText, postedFor);
        Tier chosen = posted != null && (scoreUnchanged || derived == null) ? posted : derived;
        return new TierChoice(bands, chosen, claimed, byRule, actual == null ? "" : actual.trim());
    }

    public Band chosenBand() {
        return chosen == null ? null : bands.get(chosen.ordinal());
    }

    /** True where a score is typed and the chosen tier's band does not hold it. */
    public boolean outOfBand() {
        return claimed != null && chosen != null && !chosenBand().contains(claimed);
    }

    /** True where the chosen tier is not the one the rules read from the actual value (their finding follows). */
    public boolean differsFromRule() {
        return chosen != null && byRule != null && chosen != byRule;
    }

    private static Tier tierNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(Tier.values())
                .filter(t -> t.name().equals(name.trim()))
                .findFirst()
                .orElse(null);
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a.trim()).equals(b == null ? "" : b.trim());
    }
}
