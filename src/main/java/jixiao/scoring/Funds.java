package jixiao.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 项目资金 block: rows 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金 (each may be null), the 分值 of
 * 预算执行率 and what the submitter claimed for it. Amounts are in the report's money unit.
 */
public record Funds(
        @Nullable FundsRow total,
        @Nullable FundsRow fiscalAppropriation,
        @Nullable FundsRow carryOver,
        @Nullable FundsRow other,
        @Nullable BigDecimal weight,
        @Nullable ClaimedExecution claimed) {

    /** One row: 年初预算数, 全年预算数, 全年执行数 (each may be null where not printed). */
    public record FundsRow(
            @Nullable BigDecimal initialBudget, @Nullable BigDecimal annualBudget, @Nullable BigDecimal executed) {}

    /** 执行率 as printed ("97.89%") and its 得分; either may be null. */
    public record ClaimedExecution(@Nullable String executionRate, @Nullable BigDecimal score) {}
}
