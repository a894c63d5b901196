package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.RuleSet;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitFramework.Formula;
import jixiao.scoring.UnitFramework.FullAtOrBelow;
import jixiao.scoring.UnitFramework.Item;
import jixiao.scoring.UnitFramework.Proportional;
import jixiao.scoring.UnitFramework.Schedule;
import jixiao.scoring.UnitFramework.Step;
import jixiao.scoring.UnitFramework.Steps;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitItemAssessment.Basis;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * Scores one item of the whole-unit framework: a formula over the unit's figures by its schedule, a qualitative
 * judgement kept inside its tier, or, where the figures are missing, the rate the unit's own text states
 * ("实际完成重点工作 95%"), saying so. Pure.
 */
public final class UnitItemRule {
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleSet rules;

    public UnitItemRule(RuleSet rules) {
        this.rules = rules;
    }

    /** The item scored; {@code claimed} is what the unit wrote for it, or null where it wrote nothing. */
    public UnitItemAssessment score(Item item, @Nullable ClaimedItem claimed, UnitSelfEvaluation department) {
        if (item.measure() instanceof Formula formula) {
            return formula(item, formula, claimed, department);
        }
        return judgement(item, claimed);
    }

    private UnitItemAssessment formula(
            Item item, Formula formula, @Nullable ClaimedItem claimed, UnitSelfEvaluation department) {
        Optional<BigDecimal> numerator = formula.numerator().of(department);
        Optional<BigDecimal> denominator = formula.denominator().of(department);
        if (numerator.isPresent()
                && denominator.isPresent()
                && denominator.get().signum() != 0) {
            BigDecimal n = numerator.get().max(BigDecimal.ZERO);
            String rateText = formula.numerator().label() + " " + Decimals.plain(numerator.get()) + " ÷ "
                    + formula.denominator().label() + " " + Decimals.plain(denominator.get()) + " = "
                    + Ratio.of(n, denominator.get());
            return scheduled(item, formula, claimed, n, denominator.get(), Basis.FIGURES, rateText);
        }
        Set<String> missing = new LinkedHashSet<>();
        if (numerator.isEmpty()) {
            missing.add(missing(formula.numerator()));
        }
        if (denominator.isEmpty()) {
            missing.add(missing(formula.denominator()));
        } else if (denominator.get().signum() == 0) {
            missing.add(formula.denominator().label() + "（为 0）");
        }
        String lacking = String.join("、", missing);
        BigDecimal stated = statedPercent(claimed);
        if (stated != null) {
            String rateText = "缺少" + lacking + "，按自评文字所写比率 " + Decimals.plain(stated) + "%";
            return scheduled(item, formula, claimed, stated, HUNDRED, Basis.STATED_RATE, rateText);
        }
        Points claimedScore =
                claimed == null || claimed.claimedScore() == null ? null : Points.of(claimed.claimedScore());
        if (claimedScore != null) {
            return new UnitItemAssessment(
                    item,
                    claimed,
                    null,
                    Basis.CLAIMED,
                    claimedScore,
                    "缺少" + lacking + "，无法核算，按自评 " + claimedScore + " 分计");
        }
        return new UnitItemAssessment(item, claimed, null, Basis.MISSING, Points.ZERO, "缺少" + lacking + "，也未自评，计 0 分");
    }

    private static String missing(UnitFigure figure) {
        return figure.source() == UnitFigure.Source.KEY_WORK_PLAN ? "重点工作计划的逐项完成情况" : figure.label();
    }

    /** rate = n ÷ d (both non-negative, d not zero), scored by the item's schedule. */
    private UnitItemAssessment scheduled(
            Item item,
            Formula formula,
            @Nullable ClaimedItem claimed,
            BigDecimal n,
            BigDecimal d,
            Basis basis,
            String rateText) {
        Ratio rate = Ratio.of(n, d);
        Points w = item.weight();
        Points score;
        String how;
        Schedule schedule = formula.schedule();
        if (schedule instanceof Proportional) {
            if (n.compareTo(d) >= 0) {
                score = w;
                how = rate.compareTo(Ratio.ONE) > 0 ? "封顶 100%，得满分 " + w : "得满分 " + w;
            } else {
                score = w.proportion(n, d);
                how = "得 " + w + " × " + rate + " = " + score;
            }
        } else if (schedule instanceof FullAtOrBelow f) {
            BigDecimal limitTimesD = f.limit().multiply(d);
            BigDecimal zeroTimesD = f.zeroAt().multiply(d);
            if (n.compareTo(limitTimesD) <= 0) {
                score = w;
                how = "不超过 " + percent(f.limit()) + "，得满分 " + w;
            } else if (n.compareTo(zeroTimesD) >= 0) {
                score = Points.ZERO;
                how = "达到或超过 " + percent(f.zeroAt()) + "，得 0 分";
            } else {
                score = w.proportion(zeroTimesD.subtract(n), zeroTimesD.subtract(limitTimesD));
                how = "在 " + percent(f.limit()) + " 与 " + percent(f.zeroAt()) + " 之间，按比例得 " + w + " × ("
                        + percent(f.zeroAt()) + " − " + rate + ") ÷ (" + percent(f.zeroAt()) + " − "
                        + percent(f.limit()) + ") = " + score;
            }
        } else {
            Steps s = (Steps) schedule;
            Step reached = null;
            for (Step step : s.steps()) {
                if (n.compareTo(step.from().multiply(d)) >= 0) {
                    reached = step;
                    break;
                }
            }
            if (reached == null) {
                score = Points.ZERO;
                how = "低于最低档 " + percent(s.steps().get(s.steps().size() - 1).from()) + "，得 0 分";
            } else {
                score = w.times(reached.share());
                how = "达到 " + percent(reached.from()) + " 档，得 " + w + " × " + percent(reached.share()) + " = " + score;
            }
        }
        return new UnitItemAssessment(item, claimed, rate, basis, score, item.name() + "：" + rateText + "，" + how);
    }

    /** 定性: the evaluator's score is kept inside [0, weight]; the tier it falls in is named. */
    private UnitItemAssessment judgement(Item item, @Nullable ClaimedItem claimed) {
        Points w = item.weight();
        if (claimed == null || claimed.claimedScore() == null) {
            return new UnitItemAssessment(
                    item, claimed, null, Basis.MISSING, Points.ZERO, item.name() + "：定性项目，未评分，计 0 分");
        }
        Points judged = Points.of(claimed.claimedScore());
        Points kept = judged.isNegative() ? Points.ZERO : judged.isGreaterThan(w) ? w : judged;
        StringBuilder text = new StringBuilder(item.name())
                .append("：定性项目，自评 ")
                .append(judged)
                .append(" 分");
        if (!kept.equals(judged)) {
            text.append("，超出 0 ~ ").append(w).append(" 分，按 ").append(kept).append(" 分计");
        } else {
            for (Tier tier : Tier.values()) {
                if (tier.contains(kept, w, rules)) {
                    text.append("，在“")
                            .append(tier.label())
                            .append("”档（")
                            .append(tier.lowest(w, rules))
                            .append(" ~ ")
                            .append(tier.highest(w, rules))
                            .append(" 分）内，予以保留");
                    break;
                }
            }
        }
        return new UnitItemAssessment(item, claimed, null, Basis.JUDGEMENT, kept, text.toString());
    }

    /** The last percentage the claimed text states (the actual comes after the target: "指标值 100%，实际 95%"). */
    static @Nullable BigDecimal statedPercent(@Nullable ClaimedItem claimed) {
        if (claimed == null || claimed.text() == null) {
            return null;
        }
        Matcher m = PERCENT.matcher(claimed.text());
        BigDecimal last = null;
        while (m.find()) {
            last = new BigDecimal(m.group(1));
        }
        return last;
    }

    private static String percent(BigDecimal fraction) {
        return Decimals.plain(fraction.multiply(HUNDRED)) + "%";
    }
}
