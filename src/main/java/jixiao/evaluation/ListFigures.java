package jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jixiao.scoring.Funds;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The figures a list and a dashboard show of a project evaluation without reading its document: the total the unit
 * claimed, 全年预算数 and 全年执行数 of 年度资金总额 in 元 (so that units reporting in 万元 and in 元 compare), and the
 * execution rate (全年执行数 ÷ 全年预算数; 年初预算数 stands in where 全年预算数 is missing, as the rule does). Each is
 * null where the document has none, or where it is too large to be a real amount (a typing error the findings name).
 */
public record ListFigures(BigDecimal claimedTotal, BigDecimal budget, BigDecimal executed, BigDecimal executionRate) {

    /** Nothing to show: a whole-unit evaluation or the report's texts. */
    public static final ListFigures NONE = new ListFigures(null, null, null, null);

    /** Amounts from 10^26 元 and rates from 10^13 are not stored (the columns hold less; no real budget is near). */
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(26);

    private static final BigDecimal RATE_LIMIT = BigDecimal.TEN.pow(13);

    /** The figures of a stored project evaluation (a report of one project). */
    public static ListFigures of(SelfEvaluationReport report) {
        if (report.projects().size() != 1) {
            return NONE;
        }
        ProjectSelfEvaluation project = report.projects().get(0);
        BigDecimal claimed =
                project.claimed() == null ? null : project.claimed().total();
        Funds funds = project.funds();
        Funds.FundsRow total = funds == null ? null : funds.total();
        BigDecimal budget = null;
        BigDecimal executed = null;
        if (total != null) {
            budget = total.annualBudget() != null ? total.annualBudget() : total.initialBudget();
            executed = total.executed();
        }
        BigDecimal rate = budget == null || executed == null || budget.signum() <= 0
                ? null
                : executed.divide(budget, 6, RoundingMode.HALF_UP);
        BigDecimal yuan = report.moneyUnit().yuan();
        return new ListFigures(
                bounded(claimed, AMOUNT_LIMIT),
                bounded(budget == null ? null : budget.multiply(yuan), AMOUNT_LIMIT),
                bounded(executed == null ? null : executed.multiply(yuan), AMOUNT_LIMIT),
                bounded(rate, RATE_LIMIT));
    }

    private static BigDecimal bounded(BigDecimal value, BigDecimal limit) {
        if (value == null || value.abs().compareTo(limit) >= 0) {
            return null;
        }
        return value.setScale(Math.min(Math.max(value.scale(), 0), 6), RoundingMode.HALF_UP);
    }
}
