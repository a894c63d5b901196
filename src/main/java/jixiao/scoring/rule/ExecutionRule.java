package jixiao.scoring.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.shared.Points;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * 预算执行率 (domain.md §2): rate = 全年执行数 / 全年预算数 (not 年初; where 全年预算数 is missing, 年初预算数
 * stands in and a finding says so); score = w × min(rate, 100%).
 */
public final class ExecutionRule {

    private final ScoringContext context;

    public ExecutionRule(ScoringContext context) {
        this.context = context;
    }

    public ExecutionScore score(@Nullable Funds funds) {
        List<Note> notes = new ArrayList<>();
        if (funds == null) {
            notes.add(new Note(RuleNotes.FUNDS_MISSING, "没有项目资金表，无法计算预算执行率"));
            return unknown(context.rules().executionWeight(), null, "没有项目资金表", notes);
        }
        Points weight = funds.weight() == null ? context.rules().executionWeight() : Points.of(funds.weight());
        Points claimed = funds.claimed() == null || funds.claimed().score() == null
                ? null
                : Points.of(funds.claimed().score());
        FundsRow row = funds.total();
        if (row == null && funds.fiscalAppropriation() != null) {
            notes.add(new Note(RuleNotes.FUNDS_STAND_IN, "没有“年度资金总额”行，以“当年财政拨款”行计算执行率"));
            row = funds.fiscalAppropriation();
        }
        if (row == null) {
            notes.add(new Note(RuleNotes.FUNDS_MISSING, "项目资金表没有“年度资金总额”，无法计算预算执行率"));
            return unknown(weight, claimed, "没有年度资金总额", notes);
        }
        BigDecimal budget = row.annualBudget();
        String budgetLabel = "全年预算数";
        if (budget == null && row.initialBudget() != null) {
            budget = row.initialBudget();
            budgetLabel = "年初预算数";
            notes.add(new Note(
                    RuleNotes.FUNDS_STAND_IN,
                    "没有填写全年预算数，暂以年初预算数 " + row.initialBudget().toPlainString() + " 计算执行率"));
        }
        if (budget == null) {
            notes.add(new Note(RuleNotes.FUNDS_MISSING, "没有填写全年预算数，无法计算预算执行率"));
            return unknown(weight, claimed, "没有全年预算数", notes);
        }
        if (row.executed() == null) {
            notes.add(new Note(RuleNotes.FUNDS_MISSING, "没有填写全年执行数，无法计算预算执行率"));
            return unknown(weight, claimed, "没有全年执行数", notes);
        }
        if (budget.signum() == 0) {
            notes.add(new Note(RuleNotes.FUNDS_MISSING, budgetLabel + "为 0，无法计算预算执行率"));
            return unknown(weight, claimed, budgetLabel + "为 0", notes);
        }
        Ratio rate = Ratio.of(row.executed(), budget);
        // score = w × min(rate, 100%), computed exactly from the amounts and rounded once
        BigDecimal spent = row.executed().max(BigDecimal.ZERO).min(budget.max(BigDecimal.ZERO));
        Points score = budget.signum() > 0 ? weight.proportion(spent, budget) : Points.ZERO;
        return new ExecutionScore(
                rate,
                row.executed(),
                budget,
                weight,
                score,
                true,
                new Explanation.Execution(row.executed(), budget, budgetLabel, rate, weight, score),
                notes);
    }

    private static ExecutionScore unknown(Points weight, @Nullable Points claimed, String reason, List<Note> notes) {
        Points score = claimed == null ? Points.ZERO : claimed;
        return new ExecutionScore(
                null, null, null, weight, score, false, new Explanation.ExecutionUnknown(reason, claimed), notes);
    }
}
