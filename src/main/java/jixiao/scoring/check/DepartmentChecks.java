package jixiao.scoring.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.ProjectExpenditure;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import jixiao.shared.Decimals;
import jixiao.shared.Ratio;

/**
 * The 部门（单位）整体自评 part: budget figures that must add up, the whole-unit figures against the project tables
 * (CROSS_DOCUMENT_MISMATCH), rates stated in the scored items, and the key work plan.
 */
final class DepartmentChecks {
    private DepartmentChecks() {}

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern OVERSPENT = Pattern.compile("多支出\\s*" + NUMBER + "\\s*万元");
    private static final Pattern LISTED_AMOUNT = Pattern.compile("([^；;，,、：:（）()。\\d]+?)\\s*" + NUMBER + "\\s*万元");
    private static final Pattern BRACKETS_WITHOUT_DIGITS = Pattern.compile("[（(][^（()）\\d]*[)）]");
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "\\s*(万元|元)");
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*[%％]");

    private static final UnitBudget EMPTY_BUDGET =
            new UnitBudget(null, null, null, null, null, null, null, null, null, null, null, null);

    /** How alike a name in a paragraph must be to a project's to be taken for it. */
    private static final int SAME_PROJECT_PERCENT = 70;

    /** How much of a project's name a paragraph must contain to mention it. */
    private static final int MENTIONED_PERCENT = 60;

    static void check(SelfEvaluationReport report, List<Finding> out) {
        UnitSelfEvaluation department = report.department();
        if (department == null) {
            return;
        }
        Locate at = Locate.unit();
        UnitBudget budget = department.budget();
        if (budget != null) {
            budgetSums(budget, at, out);
        }
        ProjectExpenditure spending = department.projectExpenditure();
        if (spending != null) {
            projectExpenditure(spending, report.projects(), at, out);
        }
        if (budget != null) {
            finalAccountsAgainstProjects(budget, spending, report.projects(), at, out);
        }
        claimedItems(department, budget, report.projects(), at, out);
        keyWorkPlan(department, at, out);
        selfEvaluationsAgainstProjects(department, report.projects(), out);
    }

    /** The number of projects the unit says it self-evaluated against the 自评表 the report carries. */
    private static void selfEvaluationsAgainstProjects(
            UnitSelfEvaluation department, List<ProjectSelfEvaluation> projects, List<Finding> out) {
        BigDecimal done = department.figures().get(UnitFigure.SELF_EVALUATION_DONE);
        if (done != null && !projects.isEmpty() && done.compareTo(BigDecimal.valueOf(projects.size())) != 0) {
            out.add(new Locate(null, "绩效自评完成率")
                    .warning(
                            FindingCode.CROSS_DOCUMENT_MISMATCH,
                            "填报已开展绩效自评的项目数 " + Decimals.plain(done) + " 个，而报告附有 " + projects.size() + " 张项目支出绩效自评表"));
        }
    }

    private static void budgetSums(UnitBudget budget, Locate at, List<Finding> out) {
        sum(
                "支出预算",
                budget.expenditureBudget(),
                "基本支出",
                budget.basicExpenditureBudget(),
                "项目支出",
                budget.projectExpenditureBudget(),
                at,
                out);
        sum(
                "决算总支出",
                budget.finalExpenditure(),
                "基本支出",
                budget.finalBasicExpenditure(),
                "项目支出",
                budget.finalProjectExpenditure(),
                at,
                out);
        if (budget.text() != null && budget.finalExpenditure() != null && budget.expenditureBudget() != null) {
            Matcher m = OVERSPENT.matcher(budget.text());
            BigDecimal difference = budget.finalExpenditure().subtract(budget.expenditureBudget());
            if (m.find() && new BigDecimal(m.group(1)).compareTo(difference) != 0) {
                out.add(at.error(
                        FindingCode.SUMMARY_MISMATCH,
                        "部门财务情况写决算比预算多支出 " + m.group(1) + " 万元，按决算总支出 " + Decimals.plain(budget.finalExpenditure())
                                + " − 支出预算 " + Decimals.plain(budget.expenditureBudget()) + " 应为 "
                                + Decimals.plain(difference)
                                + " 万元"));
            }
        }
    }

    private static void sum(
            String totalLabel,
            BigDecimal total,
            String aLabel,
            BigDecimal a,
            String bLabel,
            BigDecimal b,
            Locate at,
            List<Finding> out) {
        if (total == null || a == null || b == null) {
            return;
        }
        BigDecimal sum = a.add(b);
        if (sum.compareTo(total) != 0) {
            out.add(at.error(
                    FindingCode.TOTAL_MISMATCH,
                    totalLabel + " " + Decimals.plain(total) + " 万元，而其中" + aLabel + " " + Decimals.plain(a) + " + "
                            + bLabel + " " + Decimals.plain(b) + " = " + Decimals.plain(sum) + " 万元，两者不符"));
        }
    }

    private static void projectExpenditure(
            ProjectExpenditure spending, List<ProjectSelfEvaluation> projects, Locate at, List<Finding> out) {
        sum(
                "项目支出预算",
                spending.budget(),
                "正常预算",
                spending.regularBudget(),
                "追加预算",
                spending.supplementaryBudget(),
                at,
                out);
        BigDecimal budgets = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (ProjectSelfEvaluation project : projects) {
            FundsRow row = project.funds() == null ? null : project.funds().total();
            if (row == null) {
                return;
            }
            BigDecimal budget = row.annualBudget() != null ? row.annualBudget() : row.initialBudget();
            budgets = budgets.add(budget == null ? BigDecimal.ZERO : budget);
            executed = executed.add(row.executed() == null ? BigDecimal.ZERO : row.executed());
        }
        if (spending.budget() != null && spending.budget().compareTo(budgets) != 0) {
            out.add(at.warning(
                    FindingCode.CROSS_DOCUMENT_MISMATCH,
                    "项目支出预算 " + Decimals.plain(spending.budget()) + " 万元，各项目自评表的全年预算数合计 " + Decimals.plain(budgets)
                            + " 万元"));
        }
        if (spending.regularExecuted() != null && spending.supplementaryExecuted() != null) {
            BigDecimal stated = spending.regularExecuted().add(spending.supplementaryExecuted());
            if (stated.compareTo(executed) != 0) {
                out.add(at.warning(
                        FindingCode.CROSS_DOCUMENT_MISMATCH,
                        "项目支出基本情况写正常项目支出 " + Decimals.plain(spending.regularExecuted()) + " + 追加项目支出 "
                                + Decimals.plain(spending.supplementaryExecuted()) + " = " + Decimals.plain(stated)
                                + " 万元，各项目自评表的全年执行数合计 " + Decimals.plain(executed) + " 万元"));
            }
        }
        if (spending.text() != null) {
            listedAmounts(spending.text(), projects, at, out);
        }
    }

    /** "办公用房取暖 8.81 万元；保安保洁经费 14.7 万元…" against each project's 全年执行数. */
    private static void listedAmounts(String text, List<ProjectSelfEvaluation> projects, Locate at, List<Finding> out) {
        Matcher m = LISTED_AMOUNT.matcher(BRACKETS_WITHOUT_DIGITS.matcher(text).replaceAll(""));
        Set<String> reported = new HashSet<>();
        while (m.find()) {
            String label = m.group(1).trim();
            ProjectSelfEvaluation project = bestMatch(label, projects);
            if (project == null || project.funds() == null || project.funds().total() == null) {
                continue;
            }
            BigDecimal executed = project.funds().total().executed();
            BigDecimal stated = new BigDecimal(m.group(2));
            if (executed != null && stated.compareTo(executed) != 0 && reported.add(project.name())) {
                out.add(at.warning(
                        FindingCode.CROSS_DOCUMENT_MISMATCH,
                        "项目支出基本情况写“" + label + "” " + Decimals.plain(stated) + " 万元，项目“" + project.name()
                                + "”自评表的全年执行数为 " + Decimals.plain(executed) + " 万元"));
            }
        }
    }

    static ProjectSelfEvaluation bestMatch(String label, List<ProjectSelfEvaluation> projects) {
        ProjectSelfEvaluation best = null;
        double bestScore = 0;
        boolean tie = false;
        for (ProjectSelfEvaluation project : projects) {
            double score = nameSimilarity(label, project.name());
            if (score > bestScore) {
                best = project;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return bestScore * 100 >= SAME_PROJECT_PERCENT && !tie ? best : null;
    }

    /** Names printed differently in different places: bigram or character overlap, whichever is higher. */
    private static double nameSimilarity(String label, String name) {
        String a = ChineseText.core(label);
        String b = ChineseText.core(name);
        Set<Integer> x = new HashSet<>();
        a.codePoints().forEach(x::add);
        Set<Integer> y = new HashSet<>();
        b.codePoints().forEach(y::add);
        int common = 0;
        for (Integer c : x) {
            if (y.contains(c)) {
                common++;
            }
        }
        double characters = x.isEmpty() || y.isEmpty() ? 0 : 2.0 * common / (x.size() + y.size());
        return Math.max(ChineseText.similarity(a, b), characters);
    }

    private static void finalAccountsAgainstProjects(
            UnitBudget budget,
            ProjectExpenditure spending,
            List<ProjectSelfEvaluation> projects,
            Locate at,
            List<Finding> out) {
        if (budget.finalProjectExpenditure() != null && !projects.isEmpty()) {
            BigDecimal executed = BigDecimal.ZERO;
            for (ProjectSelfEvaluation project : projects) {
                if (project.funds() == null
                        || project.funds().total() == null
                        || project.funds().total().executed() == null) {
                    return;
                }
                executed = executed.add(project.funds().total().executed());
            }
            if (executed.compareTo(budget.finalProjectExpenditure()) != 0) {
                out.add(at.warning(
                        FindingCode.CROSS_DOCUMENT_MISMATCH,
                        "决算项目支出 " + Decimals.plain(budget.finalProjectExpenditure()) + " 万元，而 " + projects.size()
                                + " 个项目自评表的全年执行数合计 " + Decimals.plain(executed) + " 万元"));
            }
        }
        if (spending != null
                && spending.regularBudget() != null
                && budget.projectExpenditureBudget() != null
                && spending.regularBudget().compareTo(budget.projectExpenditureBudget()) != 0) {
            out.add(at.warning(
                    FindingCode.CROSS_DOCUMENT_MISMATCH,
                    "部门预算中的项目支出 " + Decimals.plain(budget.projectExpenditureBudget()) + " 万元，项目支出基本情况中的正常预算 "
                            + Decimals.plain(spending.regularBudget()) + " 万元"));
        }
    }

    private static void claimedItems(
            UnitSelfEvaluation department,
            UnitBudget budget,
            List<ProjectSelfEvaluation> projects,
            Locate at,
            List<Finding> out) {
        Map<String, Integer> names = new HashMap<>();
        UnitBudget figuresOf = budget != null ? budget : EMPTY_BUDGET;
        Set<BigDecimal> figures = knownFigures(figuresOf);
        for (ClaimedItem item : department.claimedItems()) {
            String name = item.name() == null ? "" : item.name();
            String text = item.text() == null ? "" : item.text();
            if (names.merge(ChineseText.normalize(name), 1, Integer::sum) == 2) {
                out.add(at.warning(FindingCode.DUPLICATE_ITEM, "整体自评的评分项“" + name + "”出现了两次"));
            }
            if (name.contains("三公经费")) {
                statedRate(
                        name,
                        text,
                        "控制率",
                        budget.threePublicActual(),
                        budget.threePublicBudget(),
                        "三公经费实际支出",
                        "预算",
                        at,
                        out);
            } else if (name.contains("预算执行率")) {
                statedRate(
                        name,
                        text,
                        "率",
                        budget.finalExpenditure(),
                        budget.expenditureBudget(),
                        "决算支出",
                        "支出预算",
                        at,
                        out);
            } else if (name.contains("结转结余")) {
                statedRate(
                        name,
                        text,
                        "结余率",
                        budget.carryOverBalance(),
                        budget.expenditureBudget(),
                        "结转结余",
                        "支出预算",
                        at,
                        out);
            } else if (name.contains("专项资金细化")) {
                unlisted(name, text, projects, at, out);
            } else if (name.contains("重点工作")) {
                keyWorkRate(department, item, at, out);
            }
            yuanForTenThousand(name, text, figures, at, out);
        }
    }

    /** A rate printed in an item's text against the one its figures give. */
    private static void statedRate(
            String name,
            String text,
            String word,
            BigDecimal numerator,
            BigDecimal denominator,
            String numeratorLabel,
            String denominatorLabel,
            Locate at,
            List<Finding> out) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return;
        }
        int from = text.indexOf(word);
        if (from < 0) {
            return;
        }
        Matcher m = PERCENT.matcher(text);
        if (!m.find(from)) {
            return;
        }
        BigDecimal printed = new BigDecimal(m.group(1));
        Ratio rate = Ratio.of(numerator, denominator);
        if (!ChineseText.matchesAsPrinted(printed, rate.percent())) {
            out.add(at.error(
                    FindingCode.SUMMARY_MISMATCH,
                    name + "写 " + Decimals.plain(printed) + "%，按" + numeratorLabel + " " + Decimals.plain(numerator)
                            + " ÷ " + denominatorLabel + " " + Decimals.plain(denominator) + " 应为 " + rate));
        }
    }

    /** 专项资金细化率 should name every project that has a 自评表. */
    private static void unlisted(
            String name, String text, List<ProjectSelfEvaluation> projects, Locate at, List<Finding> out) {
        List<String> missing = new ArrayList<>();
        for (ProjectSelfEvaluation project : projects) {
            if (ChineseText.coverage(project.name(), text) * 100 < MENTIONED_PERCENT) {
                missing.add("“" + project.name() + "”");
            }
        }
        if (!missing.isEmpty()) {
            out.add(at.warning(
                    FindingCode.CROSS_DOCUMENT_MISMATCH,
                    name + "的说明列出的项目中没有" + String.join("、", missing) + "，而报告附有其项目支出绩效自评表"));
        }
    }

    private static void keyWorkRate(UnitSelfEvaluation department, ClaimedItem item, Locate at, List<Finding> out) {
        int planned = department.keyWorkPlan().size();
        if (planned == 0) {
            out.add(at.warning(FindingCode.INCOMPLETE, item.name() + "已评分，但报告没有列出重点工作计划"));
            return;
        }
        Matcher m = PERCENT.matcher(item.text() == null ? "" : item.text());
        BigDecimal stated = null;
        while (m.find()) {
            stated = new BigDecimal(m.group(1));
        }
        long known = department.keyWorkPlan().stream()
                .filter(k -> k.status() != null)
                .count();
        if (known > 0) {
            // items with and without 完成情况: UnitFrameworkChecks names those without
            if (known == planned && stated != null) {
                BigDecimal completed =
                        UnitFigure.KEY_WORK_COMPLETED.of(department).orElseThrow();
                Ratio rate = Ratio.of(completed, BigDecimal.valueOf(planned));
                if (!ChineseText.matchesAsPrinted(stated, rate.percent())) {
                    out.add(at.error(
                            FindingCode.SUMMARY_MISMATCH,
                            item.name() + "写 " + Decimals.plain(stated) + "%，重点工作计划 " + planned + " 项中已完成 "
                                    + Decimals.plain(completed) + " 项，应为 " + rate));
                }
            }
            return;
        }
        StringBuilder message = new StringBuilder("重点工作计划共 " + planned + " 项，均未注明完成情况，无法核实" + item.name());
        if (stated != null) {
            BigDecimal items =
                    stated.multiply(BigDecimal.valueOf(planned)).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
            message.append("（").append(Decimals.plain(stated)).append("%）");
            if (items.stripTrailingZeros().scale() > 0) {
                message.append("；")
                        .append(planned)
                        .append(" 项的 ")
                        .append(Decimals.plain(stated))
                        .append("% 是 ")
                        .append(Decimals.plain(items.setScale(2, java.math.RoundingMode.HALF_UP)))
                        .append(" 项，不是整数");
            }
        }
        out.add(at.warning(FindingCode.INCOMPLETE, message.toString()));
    }

    /** A figure known in 万元 printed with 元: "实际支出为 1304.06 元". */
    private static void yuanForTenThousand(
            String name, String text, Set<BigDecimal> figures, Locate at, List<Finding> out) {
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (!m.group(2).equals("元")) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1));
            if (figures.stream().anyMatch(f -> f.compareTo(value) == 0)) {
                out.add(at.warning(
                        FindingCode.SUMMARY_MISMATCH,
                        name + "写“" + m.group() + "”，该数在部门财务情况中是 " + m.group(1) + " 万元，单位写错"));
            }
        }
    }

    private static Set<BigDecimal> knownFigures(UnitBudget budget) {
        Set<BigDecimal> figures = new HashSet<>();
        for (BigDecimal figure : new BigDecimal[] {
            budget.incomeBudget(), budget.expenditureBudget(), budget.basicExpenditureBudget(),
            budget.projectExpenditureBudget(), budget.finalExpenditure(), budget.finalBasicExpenditure(),
            budget.finalProjectExpenditure(), budget.threePublicBudget(), budget.threePublicActual()
        }) {
            if (figure != null && figure.signum() > 0) {
                figures.add(figure);
            }
        }
        return figures;
    }

    private static void keyWorkPlan(UnitSelfEvaluation department, Locate at, List<Finding> out) {
        Map<String, KeyWorkItem> seen = new HashMap<>();
        Set<Integer> numbers = new HashSet<>();
        for (KeyWorkItem item : department.keyWorkPlan()) {
            String key = ChineseText.normalize(item.text() != null ? item.text() : item.title());
            KeyWorkItem first = seen.putIfAbsent(key, item);
            if (first != null && !key.isEmpty()) {
                out.add(at.warning(
                        FindingCode.DUPLICATE_ITEM,
                        "重点工作计划第 " + item.no() + " 项与第 " + first.no() + " 项内容完全相同（“" + item.title() + "”）"));
            }
            if (item.no() != null && !numbers.add(item.no())) {
                out.add(at.warning(FindingCode.DUPLICATE_ITEM, "重点工作计划的序号 " + item.no() + " 重复"));
            }
        }
    }
}
