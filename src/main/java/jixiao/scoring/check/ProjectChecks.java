package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.ScoringContext;
import jixiao.scoring.value.Dimension;
import jixiao.scoring.value.ParsedValue.Quantity;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import jixiao.shared.Ratio;

/** The 自评表 as a whole: its parts present, weights, sums, the 项目资金 block and the 成本 indicators. */
final class ProjectChecks {
    private ProjectChecks() {}

    static void check(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            TableClaims claims,
            ScoringContext context,
            List<Finding> out) {
        Locate at = Locate.project(project.name());
        if (project.tableMissing()) {
            out.add(at.error(FindingCode.INCOMPLETE, "报告中没有这个项目的绩效自评表，指标及得分无法核验"));
        } else {
            header(project, at, out);
            if (rows.isEmpty()) {
                out.add(at.error(FindingCode.INCOMPLETE, "自评表没有绩效指标"));
            }
        }
        for (Finding note : execution.notes()) {
            out.add(at.place(note));
        }
        claimedExecution(project, execution, claims, context.rules(), at, out);
        if (!rows.isEmpty()) {
            weights(rows, execution, context.rules(), at, out);
            claimedTotal(execution, claims, at, out);
            duplicates(rows, at, out);
            costs(project, rows, context, out);
        }
        fundsRows(project.funds(), at, out);
    }

    private static void header(ProjectSelfEvaluation project, Locate at, List<Finding> out) {
        List<String> missing = new ArrayList<>();
        if (IndicatorChecks.isBlank(project.competentDepartment())) {
            missing.add("主管部门及代码");
        }
        if (IndicatorChecks.isBlank(project.implementingUnit())) {
            missing.add("实施单位");
        }
        if (IndicatorChecks.isBlank(project.filledBy())) {
            missing.add("填表人及联系方式");
        }
        if (project.goals() == null || IndicatorChecks.isBlank(project.goals().expected())) {
            missing.add("年度总体目标（预期目标）");
        }
        if (project.goals() == null || IndicatorChecks.isBlank(project.goals().achieved())) {
            missing.add("年度总体目标（实际完成情况）");
        }
        if (!missing.isEmpty()) {
            out.add(at.warning(FindingCode.INCOMPLETE, "自评表没有填写：" + String.join("、", missing)));
        }
    }

    private static void claimedExecution(
            ProjectSelfEvaluation project,
            ExecutionScore execution,
            TableClaims claims,
            RuleSet rules,
            Locate at,
            List<Finding> out) {
        Funds funds = project.funds();
        if (funds == null || execution.rate() == null) {
            return;
        }
        Ratio rate = execution.rate();
        String claimedRate = funds.claimed() == null ? null : funds.claimed().executionRate();
        if (claimedRate != null && !claimedRate.isBlank()) {
            claimedRate(claimedRate, execution, at, out);
        }
        Points claimedScore = claims.execution();
        if (claimedScore == null) {
            out.add(at.warning(FindingCode.INCOMPLETE, "表中没有填写预算执行率得分；按规则为 " + execution.score() + " 分"));
        } else if (!IndicatorChecks.agrees(claimedScore, execution.score(), rules.scoreTolerance())) {
            out.add(at.error(
                    FindingCode.EXECUTION_SCORE_MISMATCH,
                    "预算执行率得分应为 " + execution.weight() + " × " + rate + " = " + execution.score() + "，表中填 "
                            + claimedScore));
        }
        if (rate.isBelow(rules.executionExplanationThreshold()) && !executionExplained(project)) {
            out.add(at.warning(
                    FindingCode.DEVIATION_REASON_MISSING,
                    "预算执行率 " + rate + " 低于 " + Ratio.of(rules.executionExplanationThreshold(), BigDecimal.ONE)
                            + "，没有说明原因"));
        }
    }

    /** The 执行率 printed in the table against the rate of the 项目资金 block. */
    private static void claimedRate(String claimedRate, ExecutionScore execution, Locate at, List<Finding> out) {
        String number = percentNumber(claimedRate);
        if (number == null) {
            out.add(at.warning(FindingCode.UNPARSEABLE_VALUE, "表中执行率“" + claimedRate + "”无法识别为百分比"));
            return;
        }
        Ratio rate = execution.rate();
        BigDecimal printed = new BigDecimal(number);
        if (ChineseText.matchesAsPrinted(printed, rate.percent())) {
            return;
        }
        boolean large = printed.subtract(rate.percent()).abs().compareTo(BigDecimal.ONE) > 0;
        String formula = Decimals.plain(execution.executed()) + " ÷ " + Decimals.plain(execution.budget());
        String message = "执行率应为 " + formula + " = "
                + rate.percent(Math.max(2, printed.scale())).toPlainString() + "%，表中填 " + claimedRate.trim();
        out.add(
                large
                        ? at.error(FindingCode.EXECUTION_RATE_MISMATCH, message)
                        : at.warning(FindingCode.EXECUTION_RATE_MISMATCH, message + "（舍入错误）"));
    }

    /**
     * The number of a percentage as printed ("97.89%", " 97.89 ％"), or null where the text is not one: what the
     * pattern {@code \s*(-?\d+(?:\.\d+)?)\s*[%％]\s*} matches, by a plain scan.
     */
    static String percentNumber(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isRegexSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || (text.charAt(end - 1) != '%' && text.charAt(end - 1) != '％')) {
            return null;
        }
        end--;
        while (end > start && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        return isDecimal(text, start, end) ? text.substring(start, end) : null;
    }

    /** {@code -?\d+(?:\.\d+)?} over text[start, end). */
    private static boolean isDecimal(String text, int start, int end) {
        int i = start < end && text.charAt(start) == '-' ? start + 1 : start;
        int digits = i;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (text.charAt(i) != '.' || i + 1 == end) {
            return false;
        }
        for (i++; i < end; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The regular expressions' {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** A low execution rate is explained by a 成本 row's 偏差原因 or by a reason in the 自评分析. */
    private static boolean executionExplained(ProjectSelfEvaluation project) {
        for (Indicator indicator : project.indicators()) {
            if (indicator.isCost() && !IndicatorChecks.isBlank(indicator.deviationReason())) {
                return true;
            }
        }
        String analysis = project.claimed() == null || project.claimed().analysis() == null
                ? null
                : project.claimed().analysis().text();
        return analysis != null && analysis.contains("原因");
    }

    private static void weights(
            List<IndicatorAssessment> rows, ExecutionScore execution, RuleSet rules, Locate at, List<Finding> out) {
        Level1Weights level1 = Level1Weights.of(rows, rules);
        // weights have two decimals, so their sum is exact and compares as the Points made from it would
        BigDecimal total = execution.weight().value().add(level1.total());
        if (total.compareTo(Points.HUNDRED.value()) != 0) {
            out.add(at.error(FindingCode.WEIGHTS_NOT_100, "各指标分值与预算执行率分值合计 " + Points.of(total) + " 分，应为 100 分"));
        }
        List<String> differences = level1.differences(rules);
        if (!execution.weight().equals(rules.executionWeight())) {
            differences.add("预算执行率 " + execution.weight() + " 分（规定 " + rules.executionWeight() + " 分）");
        }
        if (!differences.isEmpty()) {
            out.add(at.warning(
                    FindingCode.LEVEL1_WEIGHTS_NONSTANDARD,
                    "一级指标分值与规则集“" + rules.name() + "”不同：" + String.join("；", differences)));
        }
    }

    /**
     * The rule set's key for a 一级指标 name ("产出指标" → "产出"), or the name itself when none fits; the keys are the
     * rule set's, taken out of its map once a table, in the order the map gives them.
     */
    static String stem(String level1, String[] keys) {
        String name = ChineseText.normalize(level1);
        for (String key : keys) {
            if (name.contains(key)) {
                return key;
            }
        }
        return name.isEmpty() ? "（空）" : name;
    }

    private static void claimedTotal(ExecutionScore execution, TableClaims claims, Locate at, List<Finding> out) {
        if (claims.total() == null || !claims.everyRowClaimed()) {
            return;
        }
        boolean claimedExecution = claims.execution() != null;
        Points executionScore = claimedExecution ? claims.execution() : execution.score();
        BigDecimal sum = claims.rowSum().add(executionScore.value());
        Points total = claims.total();
        if (total.value().compareTo(sum) != 0) {
            out.add(at.error(
                    FindingCode.TOTAL_MISMATCH,
                    "表中总分 " + total + "，而各指标填报得分与预算执行率得分（" + executionScore + (claimedExecution ? "" : "，表中未填，按规则计")
                            + "）合计为 " + Points.of(sum)));
        }
    }

    private static void duplicates(List<IndicatorAssessment> rows, Locate at, List<Finding> out) {
        int n = rows.size();
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            Indicator indicator = rows.get(i).indicator();
            hashes[i] = keyHash(indicator);
            int first = firstWithKey(rows, hashes, i);
            if (first >= 0) {
                out.add(new Locate(at.project(), indicator.name())
                        .warning(
                                FindingCode.DUPLICATE_ITEM,
                                "指标“" + indicator.name() + "”重复出现（第 " + (first + 1) + " 行和第 " + (i + 1) + " 行）"));
            }
        }
    }

    /**
     * The hash of a row's key 二级|三级 (both normalised), computed without making the key. Rows with the same key
     * have the same normalised name, so the name's hash alone tells most rows apart at half the cost; where it
     * does not, the keys themselves are compared.
     */
    static int keyHash(Indicator indicator) {
        return ChineseText.normalizedHash(indicator.name());
    }

    /** A row's key 二级|三级, both normalised. */
    static String key(Indicator indicator) {
        return ChineseText.normalize(indicator.level2()) + "|" + ChineseText.normalize(indicator.name());
    }

    /**
     * The first row before {@code i} with the same key 二级|三级 (normalised), or -1. A table has about ten rows, so
     * comparing with each earlier row is cheaper than building the keys and hashing them; the keys' hashes are
     * computed without making the keys, and the keys are made only where two hashes are equal.
     */
    private static int firstWithKey(List<IndicatorAssessment> rows, int[] hashes, int i) {
        for (int j = 0; j < i; j++) {
            if (hashes[j] == hashes[i]
                    && key(rows.get(j).indicator()).equals(key(rows.get(i).indicator()))) {
                return j;
            }
        }
        return -1;
    }

    /** A 成本 indicator that disagrees with the 项目资金 block or with the amount in its own name. */
    private static void costs(
            ProjectSelfEvaluation project, List<IndicatorAssessment> rows, ScoringContext context, List<Finding> out) {
        FundsRow total = project.funds() == null ? null : project.funds().total();
        BigDecimal toReportUnit = context.moneyUnit().yuan();
        for (IndicatorAssessment row : rows) {
            Indicator indicator = row.indicator();
            if (!indicator.isCost() || !(row.score().target() instanceof Quantity target)) {
                continue;
            }
            BigDecimal targetAmount = amount(target, toReportUnit);
            if (targetAmount == null) {
                continue;
            }
            BigDecimal named = amountInName(indicator.level3(), toReportUnit);
            if (named != null && named.compareTo(targetAmount) != 0) {
                out.add(new Locate(project.name(), indicator.name())
                        .warning(
                                FindingCode.COST_TARGET_INCONSISTENT,
                                "指标名称写 " + Decimals.plain(named)
                                        + context.moneyUnit().label() + "，年度指标值却是“" + target.text()
                                        + "”（" + Decimals.plain(targetAmount)
                                        + context.moneyUnit().label() + "）"
                                        + budgetNote(total, context)));
            }
            boolean isBudget = total != null
                    && (equal(targetAmount, total.annualBudget()) || equal(targetAmount, total.initialBudget()));
            BigDecimal actualAmount =
                    isBudget && total.executed() != null && row.score().actual() instanceof Quantity actual
                            ? amount(actual, toReportUnit)
                            : null;
            if (actualAmount != null && actualAmount.compareTo(total.executed()) != 0) {
                out.add(new Locate(project.name(), indicator.name())
                        .warning(
                                FindingCode.COST_TARGET_INCONSISTENT,
                                "成本实际完成值“" + row.score().actual().text() + "”与项目资金表的全年执行数 "
                                        + Decimals.plain(total.executed())
                                        + context.moneyUnit().label() + " 不一致"));
            }
        }
    }

    private static String budgetNote(FundsRow total, ScoringContext context) {
        if (total == null || total.annualBudget() == null) {
            return "";
        }
        return "；项目全年预算数为 " + Decimals.plain(total.annualBudget())
                + context.moneyUnit().label();
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return b != null && a.compareTo(b) == 0;
    }

    /** A money quantity in the report's unit: a bare number counts as the report's unit, "万" as 万元. */
    private static BigDecimal amount(Quantity quantity, BigDecimal reportUnitYuan) {
        Dimension dimension = quantity.measureUnit().dimension();
        if (dimension == Dimension.MONEY) {
            return Amounts.inUnit(quantity.baseValue(), reportUnitYuan);
        }
        if (dimension != Dimension.NONE) {
            return null;
        }
        if (!quantity.isScaled()) {
            return quantity.number();
        }
        return Amounts.inUnit(quantity.number().multiply(quantity.multiplier()), reportUnitYuan);
    }

    private static BigDecimal amountInName(String name, BigDecimal reportUnitYuan) {
        if (name == null) {
            return null;
        }
        if (!Amounts.mayHaveDigit(name)) {
            return null;
        }
        PrintedFigure amount = amountIn(name);
        if (amount == null) {
            return null;
        }
        BigDecimal number = new BigDecimal(amount.number());
        BigDecimal yuan = amount.unit().startsWith("万") ? number.multiply(BigDecimal.valueOf(10_000)) : number;
        return Amounts.inUnit(yuan, reportUnitYuan);
    }

    /**
     * The first amount of money in a text ("年初预算15万元" → 15, 万元): what {@code find} of the pattern {@code
     * (\d+(?:\.\d+)?)\s*(万元|万|元)} gives, by a plain scan. At each start the pattern's greedy parts take as much as
     * they can, and giving any of it back leaves a digit or a point where a space or a unit would have to follow, so
     * one try per start decides.
     */
    static PrintedFigure amountIn(String text) {
        for (int start = 0; start < text.length(); start++) {
            if (!isDigit(text.charAt(start))) {
                continue;
            }
            int i = start;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                i += 2;
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
            }
            int end = i;
            while (i < text.length() && isRegexSpace(text.charAt(i))) {
                i++;
            }
            String unit = text.startsWith("万元", i)
                    ? "万元"
                    : text.startsWith("万", i) ? "万" : text.startsWith("元", i) ? "元" : null;
            if (unit != null) {
                return new PrintedFigure(text.substring(start, end), unit);
            }
        }
        return null;
    }

    /** 年度资金总额 against the sum of 当年财政拨款, 上年结转资金 and 其他资金, column by column. */
    private static void fundsRows(Funds funds, Locate at, List<Finding> out) {
        if (funds == null || funds.total() == null) {
            return;
        }
        FundsRow[] parts = {funds.fiscalAppropriation(), funds.carryOver(), funds.other()};
        if (parts[0] == null && parts[1] == null && parts[2] == null) {
            return;
        }
        sumColumn("年初预算数", funds.total().initialBudget(), parts, FundsRow::initialBudget, at, out);
        sumColumn("全年预算数", funds.total().annualBudget(), parts, FundsRow::annualBudget, at, out);
        sumColumn("全年执行数", funds.total().executed(), parts, FundsRow::executed, at, out);
    }

    private static void sumColumn(
            String column,
            BigDecimal total,
            FundsRow[] parts,
            java.util.function.Function<FundsRow, BigDecimal> value,
            Locate at,
            List<Finding> out) {
        if (total == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (FundsRow part : parts) {
            BigDecimal amount = part == null ? null : value.apply(part);
            if (amount != null) {
                sum = sum.add(amount);
                any = true;
            }
        }
        if (any && sum.compareTo(total) != 0) {
            out.add(at.error(
                    FindingCode.TOTAL_MISMATCH,
                    "项目资金“年度资金总额”的" + column + " " + Decimals.plain(total) + "，与其中各项之和 " + Decimals.plain(sum)
                            + " 不符"));
        }
    }
}
