package jixiao.shared;

import java.math.BigDecimal;

/** The money unit a report is printed in (项目资金 (万元) or (元)). */
public enum MoneyUnit {
    TEN_THOUSAND_YUAN("万元", BigDecimal.valueOf(10_000)),
    YUAN("元", BigDecimal.ONE);

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    public String label() {
        return label;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal yuan() {
        return yuan;
    }

    public static MoneyUnit fromLabel(String label) {
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(label)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown money unit: " + label);
    }
}
