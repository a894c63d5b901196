package jixiao.evaluation;

import java.math.BigDecimal;
import jixiao.scoring.Grade;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;

/**
 * The gap between what a unit claimed (自评分) and what the finance bureau found on 复核 (复核分), which the bureau
 * follows up: 自评 − 复核, its share of the claimed total (偏离度 = (自评 − 复核) / 自评), and whether it is large —
 * more than a threshold (a setting, 10 points by default) or a change of grade under the evaluation's grade bands.
 *
 * @param gap 自评 − 复核, null until both are known
 */
public record RecheckGap(BigDecimal claimed, BigDecimal recheck, BigDecimal gap, boolean flagged) {

    /** The default threshold of a large gap, in points. */
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;

    public static RecheckGap of(
            BigDecimal claimed, BigDecimal recheck, BigDecimal threshold, RuleSet.GradeBands bands) {
        if (claimed == null || recheck == null) {
            return new RecheckGap(claimed, recheck, null, false);
        }
        BigDecimal gap = claimed.subtract(recheck);
        boolean large = gap.abs().compareTo(threshold) > 0 || gradeOf(claimed, bands) != gradeOf(recheck, bands);
        return new RecheckGap(claimed, recheck, gap, large);
    }

    /** 偏离度: the gap as a share of the claimed total; null where there is no gap or nothing was claimed. */
    public BigDecimal deviation() {
        if (gap == null || claimed.signum() == 0) {
            return null;
        }
        return gap.divide(claimed, 4, java.math.RoundingMode.HALF_UP);
    }

    private static Grade gradeOf(BigDecimal total, RuleSet.GradeBands bands) {
        return bands.grade(Points.of(total.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100))));
    }
}
