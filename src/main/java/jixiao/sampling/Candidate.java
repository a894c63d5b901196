package jixiao.sampling;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project a draw may pick: its evaluation, its unit, and its 全年预算数 in 元 (null where the table has none).
 */
public record Candidate(long evaluationId, long unitId, String unitName, String projectName, BigDecimal budget) {
    public Candidate {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(projectName, "projectName");
    }
}
