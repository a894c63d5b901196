package jixiao.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** 预算单位: name, code (may be null) and nature (性质, may be null). */
public record BudgetUnit(String name, @Nullable String code, @Nullable String nature) {
    public BudgetUnit {
        Objects.requireNonNull(name, "name");
    }
}
