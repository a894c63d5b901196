package jixiao.review;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import jixiao.evaluation.RowKind;
import jixiao.shared.Decimals;
import jixiao.shared.Points;

/**
 * One situation of a deduction scale (扣分标准) and what it costs: a share of the row's weight ("扣该项分值的 30%")
 * or fixed points ("扣 2 分"), taken from the score the rules give, never below 0. The entry alone fixes the 复核分 of
 * a row in that situation, so that two reviewers cannot score one situation differently; the reviewer's note says
 * why the situation applies.
 *
 * @param code the entry's key within its scale (letters, digits, - and _), kept with every 复核 that used it
 * @param situation the situation in the bureau's words
 * @param share the share of the weight deducted (0 to 1), or null where fixed points are deducted
 * @param points the points deducted, or null where a share is
 * @param basis where the rule comes from (a document, a manual), or null
 */
public record DeductionEntry(
        String code, AppliesTo appliesTo, String situation, BigDecimal share, BigDecimal points, String basis) {

    /** A code: what a form and a stored 复核 name the entry by. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** The rows an entry applies to. */
    public enum AppliesTo {
        INDICATOR,
        EXECUTION,
        ITEM,
        ANY;

        public boolean covers(RowKind kind) {
            return this == ANY || name().equals(kind.name());
        }
    }

    public DeductionEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(situation, "situation");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a deduction code is 1 to 40 letters, digits, - or _: " + code);
        }
        if ((share == null) == (points == null)) {
            throw new IllegalArgumentException(
                    "a deduction is a share of the weight or points, one of the two: " + code);
        }
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("a deducted share is between 0 and 1: " + share);
        }
        if (points != null && points.signum() < 0) {
            throw new IllegalArgumentException("deducted points are not negative: " + points);
        }
    }

    /** What the entry deducts from a row of this weight. */
    public Points deducted(Points weight) {
        return share != null ? weight.times(share) : Points.of(points);
    }

    /** The 复核分 of a row the rules score {@code computed} of {@code weight}: less the deduction, never below 0. */
    public Points scoreOf(Points computed, Points weight) {
        Points after = computed.minus(deducted(weight));
        return after.isNegative() ? Points.ZERO : after;
    }

    /** "扣该项分值的 30%" or "扣 2 分", as the 审核意见书 prints the rule. */
    public String rule() {
        return share != null
                ? "扣该项分值的 " + Decimals.plain(share.movePointRight(2)) + "%"
                : "扣 " + Decimals.plain(points) + " 分";
    }

    /** The share as a percentage (30 for 0.3), for forms; null where points are deducted. */
    public BigDecimal percent() {
        return share == null ? null : share.movePointRight(2).stripTrailingZeros();
    }
}
