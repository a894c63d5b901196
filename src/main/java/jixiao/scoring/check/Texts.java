package jixiao.scoring.check;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Small things every check says of printed texts and numbers. */
final class Texts {
    private Texts() {}

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
