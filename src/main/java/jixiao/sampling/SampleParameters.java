package jixiao.sampling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a draw picks: every project whose 全年预算数 is at least {@code threshold} (元), and of the others a {@code share}
 * (0 to 1) drawn at random, stratified by amount band ({@code bands}: the bounds in 元, ascending) and by unit.
 */
public record SampleParameters(BigDecimal threshold, BigDecimal share, List<BigDecimal> bands) {

    public SampleParameters {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(share, "share");
        bands = List.copyOf(bands);
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException("the threshold is not negative: " + threshold);
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the share is between 0 and 1: " + share);
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).signum() <= 0 || (i > 0 && bands.get(i).compareTo(bands.get(i - 1)) <= 0)) {
                throw new IllegalArgumentException("band bounds are positive and ascending: " + bands);
            }
        }
    }

    /**
     * The amount band of a budget: 0 below the first bound, i from the i-th bound (so {@code bands.size()} from the
     * last), -1 where there is no budget.
     */
    public int band(BigDecimal budget) {
        if (budget == null) {
            return -1;
        }
        int band = 0;
        while (band < bands.size() && budget.compareTo(bands.get(band)) >= 0) {
            band++;
        }
        return band;
    }
}
