package jixiao.scoring;

import java.util.Objects;

/** 预算单位: name, code (may be null) and nature (性质, may be null). */
public record BudgetUnit(String name, String code, String nature) {
    public BudgetUnit {
        Objects.requireNonNull(name, "name");
    }
}
