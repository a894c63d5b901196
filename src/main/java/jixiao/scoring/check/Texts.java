package jixiao.scoring.check;

import java.math.BigDecimal;

/** Small things every check says of printed texts and numbers. */
final class Texts {
    private Texts() {}

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
