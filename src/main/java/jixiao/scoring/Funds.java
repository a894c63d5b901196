package jixiao.scoring;

import java.math.BigDecimal;

/**
 * 项目资金 block: rows 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金 (each may be null), the 分值 of
 * 预算执行率 and what the submitter claimed for it. Amounts are in the report's money unit.
 */
public record Funds(
        FundsRow total,
        FundsRow fiscalAppropriation,
        FundsRow carryOver,
        FundsRow other,
        BigDecimal weight,
        ClaimedExecution claimed) {

    /** One row: 年初预算数, 全年预算数, 全年执行数 (each may be null where not printed). */
    public record FundsRow(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed) {}

    /** 执行率 as printed ("97.89%") and its 得分; either may be null. */
    public record ClaimedExecution(String executionRate, BigDecimal score) {}
}
