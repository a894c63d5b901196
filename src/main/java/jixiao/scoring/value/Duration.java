package jixiao.scoring.value;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A time span as printed ("48小时", "3天", "5个工作日"), with its length in hours for comparison. */
public record Duration(@Nullable BigDecimal amount, String measureUnit, BigDecimal hours) {
    public Duration {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(measureUnit, "measureUnit");
        Objects.requireNonNull(hours, "hours");
    }
}
