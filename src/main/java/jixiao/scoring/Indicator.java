package jixiao.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One 绩效指标 row: 一级/二级/三级指标, 年度指标值 (target), 实际完成值 (actual), 分值 (weight), 得分 as
 * claimed, and 偏差原因分析及改进措施. Texts are as printed; any of them may be null.
 *
 * @param notApplicable the row marked 不适用 with its reason, or null where it applies; the rule set says whether the
 *     mark is accepted and where the row's weight goes ({@link RuleSet#notApplicable()})
 * @param claimedScoreText the claimed score as printed where it was words rather than a number ("九点五"), or null;
 *     {@code claimedScore} is what it reads as
 */
public record Indicator(
        @Nullable String level1,
        @Nullable String level2,
        @Nullable String level3,
        @Nullable String target,
        @Nullable String actual,
        @Nullable BigDecimal weight,
        @Nullable BigDecimal claimedScore,
        @Nullable String deviationReason,
        @Nullable NotApplicable notApplicable,
        @Nullable String claimedScoreText) {

    /** A row as most tables print it: it applies, and its claimed score is a number. */
    public Indicator(
            @Nullable String level1,
            @Nullable String level2,
            @Nullable String level3,
            @Nullable String target,
            @Nullable String actual,
            @Nullable BigDecimal weight,
            @Nullable BigDecimal claimedScore,
            @Nullable String deviationReason) {
        this(level1, level2, level3, target, actual, weight, claimedScore, deviationReason, null, null);
    }

    /** The mark that a row does not apply (不适用), with the reason the unit gives (may be blank). */
    public record NotApplicable(@Nullable String reason) {
        public boolean hasReason() {
            return reason != null && !reason.isBlank();
        }
    }

    /** The name a reviewer uses for the row: 三级指标, or the 二级 where the 三级 is blank. */
    public String name() {
        if (level3 != null && !level3.isBlank()) {
            return level3;
        }
        return level2 != null ? level2 : "";
    }

    /** A 成本指标: its 二级 (or its 一级, in the 财预〔2021〕101号 layout) says 成本. */
    public boolean isCost() {
        return (level2 != null && level2.contains("成本")) || (level1 != null && level1.contains("成本"));
    }

    /** The same row marked 不适用 for this reason. */
    public Indicator notApplicable(@Nullable String reason) {
        return new Indicator(
                level1,
                level2,
                level3,
                target,
                actual,
                weight,
                claimedScore,
                deviationReason,
                new NotApplicable(reason),
                claimedScoreText);
    }
}
