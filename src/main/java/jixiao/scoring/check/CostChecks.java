package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.CONSISTENCY;
import static jixiao.scoring.Severity.WARNING;

import java.math.BigDecimal;
import jixiao.scoring.Check;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.rule.ScoringContext;
import jixiao.scoring.speed.FigureScan;
import jixiao.scoring.value.Dimension;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.shared.Decimals;
import org.jspecify.annotations.Nullable;

/** The 成本指标 of a table against the money the table shows. */
final class CostChecks {
    private CostChecks() {}

    /**
     * A 成本 indicator whose target is not the amount its own name states ("系统建设成本150万元" with "≤102"), or whose
     * actual, against a target that is the project's budget, is not the 全年执行数.
     */
    static final class CostTargetInconsistent implements ProjectCheck {
        static final Check CHECK = Check.of(
                "COST_TARGET_INCONSISTENT",
                FindingCode.COST_TARGET_INCONSISTENT,
                CONSISTENCY,
                WARNING,
                "成本指标的指标值与其名称中写明的金额不同，或以项目预算为指标值时实际完成值与项目资金表的全年执行数不同。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            @Nullable
            FundsRow total = table.project().funds() == null
                    ? null
                    : table.project().funds().total();
            ScoringContext context = table.context();
            BigDecimal moneyUnitYuan = context.moneyUnit().yuan();
            for (IndicatorAssessment row : table.rows()) {
                Indicator indicator = row.indicator();
                if (!indicator.isCost() || !(row.score().target() instanceof Quantity target)) {
                    continue;
                }
                BigDecimal targetAmount = amount(target, moneyUnitYuan);
                if (targetAmount == null) {
                    continue;
                }
                Locate at = new Locate(table.project().name(), indicator.name());
                BigDecimal named = amountInName(indicator.level3(), moneyUnitYuan);
                if (named != null && named.compareTo(targetAmount) != 0) {
                    out.add(
                            at,
                            "指标名称写 " + Decimals.plain(named)
                                    + context.moneyUnit().label() + "，年度指标值却是“" + target.text()
                                    + "”（" + Decimals.plain(targetAmount)
                                    + context.moneyUnit().label() + "）"
                                    + budgetNote(total, context));
                }
                // a cost target that is the project's budget: its actual is the 全年执行数
                BigDecimal executed = total != null
                                && (equal(targetAmount, total.annualBudget())
                                        || equal(targetAmount, total.initialBudget()))
                        ? total.executed()
                        : null;
                BigDecimal actualAmount = executed != null && row.score().actual() instanceof Quantity actual
                        ? amount(actual, moneyUnitYuan)
                        : null;
                if (executed != null && actualAmount != null && actualAmount.compareTo(executed) != 0) {
                    out.add(
                            at,
                            "成本实际完成值“" + row.score().actual().text() + "”与项目资金表的全年执行数 "
                                    + Decimals.plain(executed)
                                    + context.moneyUnit().label() + " 不一致");
                }
            }
        }

        private static String budgetNote(@Nullable FundsRow total, ScoringContext context) {
            if (total == null || total.annualBudget() == null) {
                return "";
            }
            return "；项目全年预算数为 " + Decimals.plain(total.annualBudget())
                    + context.moneyUnit().label();
        }

        private static boolean equal(BigDecimal a, @Nullable BigDecimal b) {
            return b != null && a.compareTo(b) == 0;
        }
    }

    /** A money quantity in the report's money unit: a bare number counts as in that money unit, "万" as 万元. */
    static @Nullable BigDecimal amount(Quantity quantity, BigDecimal moneyUnitYuan) {
        Dimension dimension = quantity.measureUnit().dimension();
        if (dimension == Dimension.MONEY) {
            return Amounts.inMoneyUnit(quantity.baseValue(), moneyUnitYuan);
        }
        if (dimension != Dimension.NONE) {
            return null;
        }
        if (!quantity.isScaled()) {
            return quantity.number();
        }
        return Amounts.inMoneyUnit(quantity.number().multiply(quantity.multiplier()), moneyUnitYuan);
    }

    private static @Nullable BigDecimal amountInName(@Nullable String name, BigDecimal moneyUnitYuan) {
        if (name == null) {
            return null;
        }
        FigureScan.Figure amount = FigureScan.firstAmount(name);
        if (amount == null) {
            return null;
        }
        BigDecimal number = new BigDecimal(amount.number());
        BigDecimal yuan = amount.measureUnit().startsWith("万") ? number.multiply(BigDecimal.valueOf(10_000)) : number;
        return Amounts.inMoneyUnit(yuan, moneyUnitYuan);
    }
}
