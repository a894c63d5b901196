package jixiao.overview;

import java.math.BigDecimal;

/**
 * The bands of the execution rate the bureau watches (预算执行率 ≥ 90 %, 80–90 %, 60–80 %, under 60 %; the provinces'
 * caps on the total start at 80 %, domain.md §7), and projects without a rate (no budget figure).
 */
public enum ExecutionBand {
    FROM_90("0.9", null),
    FROM_80("0.8", "0.9"),
    FROM_60("0.6", "0.8"),
    BELOW_60(null, "0.6"),
    NONE(null, null);

    private final BigDecimal from;
    private final BigDecimal below;

    ExecutionBand(String from, String below) {
        this.from = from == null ? null : new BigDecimal(from);
        this.below = below == null ? null : new BigDecimal(below);
    }

    /** The lowest rate of the band (inclusive), or null. */
    public BigDecimal from() {
        return from;
    }

    /** The rate the band stays under, or null. */
    public BigDecimal below() {
        return below;
    }
}
