package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.ACCURACY;
import static jixiao.scoring.CheckCategory.COMPLETENESS;
import static jixiao.scoring.CheckCategory.CONSISTENCY;
import static jixiao.scoring.CheckCategory.QUALITY;
import static jixiao.scoring.Severity.ERROR;
import static jixiao.scoring.Severity.WARNING;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.Check;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.ProjectExpenditure;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import jixiao.scoring.value.ChineseText;
import jixiao.shared.Decimals;
import jixiao.shared.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * The report as a whole and its 部门（单位）整体自评 part: budget figures that must add up, the whole-unit figures
 * against the project tables (CROSS_DOCUMENT_MISMATCH), rates stated in the scored items, and the key work plan.
 */
final class DepartmentChecks {
    private DepartmentChecks() {}

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*[%％]");

    /** 同一项目的自评表出现两次. */
    static final class DuplicateProjectTable implements UnitCheck {
        static final Check CHECK = Check.of(
                "DUPLICATE_PROJECT_TABLE", FindingCode.DUPLICATE_ITEM, QUALITY, WARNING, "同一项目的自评表在报告中出现不止一次。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            Map<String, Integer> names = new HashMap<>();
            for (ProjectSelfEvaluation project : unit.report().projects()) {
                if (names.merge(ChineseText.normalize(project.name()), 1, Integer::sum) == 2) {
                    out.add(Locate.wholeUnit(), "项目“" + project.name() + "”的自评表出现了不止一次");
                }
            }
        }
    }

    /** 支出预算 = 基本支出 + 项目支出; 决算总支出 likewise. */
    static final class UnitBudgetSums implements UnitCheck {
        static final Check CHECK = Check.of(
                "UNIT_BUDGET_SUMS", FindingCode.TOTAL_MISMATCH, ACCURACY, ERROR, "部门财务情况中支出预算（或决算总支出）不等于基本支出与项目支出之和。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitBudget budget = unit.budget();
            sum(
                    "支出预算",
                    budget.expenditureBudget(),
                    "基本支出",
                    budget.basicExpenditureBudget(),
                    "项目支出",
                    budget.projectExpenditureBudget(),
                    out);
            sum(
                    "决算总支出",
                    budget.finalExpenditure(),
                    "基本支出",
                    budget.finalBasicExpenditure(),
                    "项目支出",
                    budget.finalProjectExpenditure(),
                    out);
        }
    }

    private static void sum(
            String totalLabel,
            @Nullable BigDecimal total,
            String aLabel,
            @Nullable BigDecimal a,
            String bLabel,
            @Nullable BigDecimal b,
            Findings out) {
        if (total == null || a == null || b == null) {
            return;
        }
        BigDecimal sum = a.add(b);
        if (sum.compareTo(total) != 0) {
            out.add(
                    Locate.wholeUnit(),
                    totalLabel + " " + Decimals.plain(total) + " 万元，而其中" + aLabel + " " + Decimals.plain(a) + " + "
                            + bLabel + " " + Decimals.plain(b) + " = " + Decimals.plain(sum) + " 万元，两者不符");
        }
    }

    /** "决算比预算多支出 N 万元" against 决算总支出 − 支出预算. */
    static final class OverspendingStated implements UnitCheck {
        static final Check CHECK = Check.of(
                "OVERSPENDING_STATED",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                ERROR,
                "部门财务情况说明写的“多支出 N 万元”不等于决算总支出减支出预算。");

        private static final Pattern OVERSPENT = Pattern.compile("多支出\\s*" + NUMBER + "\\s*万元");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitBudget budget = unit.budget();
            if (budget.text() == null || budget.finalExpenditure() == null || budget.expenditureBudget() == null) {
                return;
            }
            Matcher m = OVERSPENT.matcher(budget.text());
            BigDecimal difference = budget.finalExpenditure().subtract(budget.expenditureBudget());
            if (m.find() && new BigDecimal(m.group(1)).compareTo(difference) != 0) {
                out.add(
                        Locate.wholeUnit(),
                        "部门财务情况写决算比预算多支出 " + m.group(1) + " 万元，按决算总支出 " + Decimals.plain(budget.finalExpenditure())
                                + " − 支出预算 " + Decimals.plain(budget.expenditureBudget()) + " 应为 "
                                + Decimals.plain(difference) + " 万元");
            }
        }
    }

    /** 项目支出预算 = 正常预算 + 追加预算. */
    static final class ProjectExpenditureSum implements UnitCheck {
        static final Check CHECK = Check.of(
                "PROJECT_EXPENDITURE_SUM",
                FindingCode.TOTAL_MISMATCH,
                ACCURACY,
                ERROR,
                "项目支出基本情况中项目支出预算不等于正常预算与追加预算之和。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            ProjectExpenditure spending = unit.projectExpenditure();
            if (spending != null) {
                sum(
                        "项目支出预算",
                        spending.budget(),
                        "正常预算",
                        spending.regularBudget(),
                        "追加预算",
                        spending.supplementaryBudget(),
                        out);
            }
        }
    }

    /** 项目支出基本情况 against the project tables: Σ 全年预算数, Σ 全年执行数, and each project's amount it lists. */
    static final class ProjectExpenditureAgainstTables implements UnitCheck {
        static final Check CHECK = Check.of(
                "PROJECT_EXPENDITURE_AGAINST_TABLES",
                FindingCode.CROSS_DOCUMENT_MISMATCH,
                CONSISTENCY,
                WARNING,
                "项目支出基本情况写的预算、支出（或逐项列出的项目金额）与各项目自评表的全年预算数、全年执行数合计不符。");

        private static final Pattern LISTED_AMOUNT = Pattern.compile("([^；;，,、：:（）()。\\d]+?)\\s*" + NUMBER + "\\s*万元");
        private static final Pattern BRACKETS_WITHOUT_DIGITS = Pattern.compile("[（(][^（()）\\d]*[)）]");

        /** How alike a name in a paragraph must be to a project's to be taken for it. */
        private static final int SAME_PROJECT_PERCENT = 70;

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            ProjectExpenditure spending = unit.projectExpenditure();
            if (spending == null) {
                return;
            }
            List<ProjectSelfEvaluation> projects = unit.report().projects();
            BigDecimal budgets = BigDecimal.ZERO;
            BigDecimal executed = BigDecimal.ZERO;
            boolean everyTotal = true;
            for (ProjectSelfEvaluation project : projects) {
                FundsRow row = project.funds() == null ? null : project.funds().total();
                if (row == null) {
                    everyTotal = false;
                    break;
                }
                BigDecimal budget = row.annualBudget() != null ? row.annualBudget() : row.initialBudget();
                budgets = budgets.add(Texts.orZero(budget));
                executed = executed.add(Texts.orZero(row.executed()));
            }
            if (everyTotal) {
                if (spending.budget() != null && spending.budget().compareTo(budgets) != 0) {
                    out.add(
                            Locate.wholeUnit(),
                            "项目支出预算 " + Decimals.plain(spending.budget()) + " 万元，各项目自评表的全年预算数合计 "
                                    + Decimals.plain(budgets) + " 万元");
                }
                if (spending.regularExecuted() != null && spending.supplementaryExecuted() != null) {
                    BigDecimal stated = spending.regularExecuted().add(spending.supplementaryExecuted());
                    if (stated.compareTo(executed) != 0) {
                        out.add(
                                Locate.wholeUnit(),
                                "项目支出基本情况写正常项目支出 " + Decimals.plain(spending.regularExecuted()) + " + 追加项目支出 "
                                        + Decimals.plain(spending.supplementaryExecuted()) + " = "
                                        + Decimals.plain(stated)
                                        + " 万元，各项目自评表的全年执行数合计 " + Decimals.plain(executed) + " 万元");
                    }
                }
                if (spending.text() != null) {
                    listedAmounts(spending.text(), projects, out);
                }
            }
        }

        /** "办公用房取暖 8.81 万元；保安保洁经费 14.7 万元…" against each project's 全年执行数. */
        private static void listedAmounts(String text, List<ProjectSelfEvaluation> projects, Findings out) {
            Matcher m =
                    LISTED_AMOUNT.matcher(BRACKETS_WITHOUT_DIGITS.matcher(text).replaceAll(""));
            Set<String> reported = new HashSet<>();
            while (m.find()) {
                String label = m.group(1).trim();
                ProjectSelfEvaluation project = bestMatch(label, projects);
                if (project == null
                        || project.funds() == null
                        || project.funds().total() == null) {
                    continue;
                }
                BigDecimal executed = project.funds().total().executed();
                BigDecimal stated = new BigDecimal(m.group(2));
                if (executed != null && stated.compareTo(executed) != 0 && reported.add(project.name())) {
                    out.add(
                            Locate.wholeUnit(),
                            "项目支出基本情况写“" + label + "” " + Decimals.plain(stated) + " 万元，项目“" + project.name()
                                    + "”自评表的全年执行数为 " + Decimals.plain(executed) + " 万元");
                }
            }
        }

        static @Nullable ProjectSelfEvaluation bestMatch(String label, List<ProjectSelfEvaluation> projects) {
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
    }

    /** 决算项目支出 against Σ 全年执行数, and the budget's 项目支出 against the 正常预算 of 项目支出基本情况. */
    static final class FinalAccountsAgainstTables implements UnitCheck {
        static final Check CHECK = Check.of(
                "FINAL_ACCOUNTS_AGAINST_TABLES",
                FindingCode.CROSS_DOCUMENT_MISMATCH,
                CONSISTENCY,
                WARNING,
                "决算项目支出与各项目自评表全年执行数合计不符，或部门预算的项目支出与项目支出基本情况的正常预算不符。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitBudget budget = unit.budget();
            List<ProjectSelfEvaluation> projects = unit.report().projects();
            if (budget.finalProjectExpenditure() != null && !projects.isEmpty()) {
                BigDecimal executed = executedOfEvery(projects);
                if (executed != null && executed.compareTo(budget.finalProjectExpenditure()) != 0) {
                    out.add(
                            Locate.wholeUnit(),
                            "决算项目支出 " + Decimals.plain(budget.finalProjectExpenditure()) + " 万元，而 " + projects.size()
                                    + " 个项目自评表的全年执行数合计 " + Decimals.plain(executed) + " 万元");
                }
            }
            ProjectExpenditure spending = unit.projectExpenditure();
            if (spending != null
                    && spending.regularBudget() != null
                    && budget.projectExpenditureBudget() != null
                    && spending.regularBudget().compareTo(budget.projectExpenditureBudget()) != 0) {
                out.add(
                        Locate.wholeUnit(),
                        "部门预算中的项目支出 " + Decimals.plain(budget.projectExpenditureBudget()) + " 万元，项目支出基本情况中的正常预算 "
                                + Decimals.plain(spending.regularBudget()) + " 万元");
            }
        }

        /** Σ 全年执行数 of the projects, or null where one of them printed none. */
        private static @Nullable BigDecimal executedOfEvery(List<ProjectSelfEvaluation> projects) {
            BigDecimal executed = BigDecimal.ZERO;
            for (ProjectSelfEvaluation project : projects) {
                if (project.funds() == null
                        || project.funds().total() == null
                        || project.funds().total().executed() == null) {
                    return null;
                }
                executed = executed.add(project.funds().total().executed());
            }
            return executed;
        }
    }

    /** 整体自评的同一评分项出现两次. */
    static final class DuplicateClaimedItem implements UnitCheck {
        static final Check CHECK =
                Check.of("DUPLICATE_CLAIMED_ITEM", FindingCode.DUPLICATE_ITEM, QUALITY, WARNING, "整体自评的同一评分项出现不止一次。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            Map<String, Integer> names = new HashMap<>();
            for (ClaimedItem item : department.claimedItems()) {
                String name = nameOf(item);
                if (names.merge(ChineseText.normalize(name), 1, Integer::sum) == 2) {
                    out.add(Locate.wholeUnit(), "整体自评的评分项“" + name + "”出现了两次");
                }
            }
        }
    }

    private static String nameOf(ClaimedItem item) {
        return item.name() == null ? "" : item.name();
    }

    private static String textOf(ClaimedItem item) {
        return item.text() == null ? "" : item.text();
    }

    /** 专项资金细化率的说明应列出每个附有自评表的项目. */
    static final class SpecialFundsProjectsListed implements UnitCheck {
        static final Check CHECK = Check.of(
                "SPECIAL_FUNDS_PROJECTS_LISTED",
                FindingCode.CROSS_DOCUMENT_MISMATCH,
                CONSISTENCY,
                WARNING,
                "专项资金细化率的说明没有列出报告附有自评表的某个项目。");

        /** How much of a project's name a paragraph must contain to mention it. */
        private static final int MENTIONED_PERCENT = 60;

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            for (ClaimedItem item : department.claimedItems()) {
                String name = nameOf(item);
                if (!name.contains("专项资金细化") || isRateItem(name)) {
                    continue;
                }
                List<String> missing = new ArrayList<>();
                for (ProjectSelfEvaluation project : unit.report().projects()) {
                    if (ChineseText.coverage(project.name(), textOf(item)) * 100 < MENTIONED_PERCENT) {
                        missing.add("“" + project.name() + "”");
                    }
                }
                if (!missing.isEmpty()) {
                    out.add(Locate.wholeUnit(), name + "的说明列出的项目中没有" + String.join("、", missing) + "，而报告附有其项目支出绩效自评表");
                }
            }
        }
    }

    /** The items whose rate {@link StatedRate} checks: 三公经费, 预算执行率, 结转结余 (named first). */
    private static boolean isRateItem(String name) {
        return name.contains("三公经费") || name.contains("预算执行率") || name.contains("结转结余");
    }

    /** 三公经费控制率, 预算执行率 and 结转结余率 as the item's text states them, against the 部门财务情况. */
    static final class StatedRate implements UnitCheck {
        static final Check CHECK = Check.of(
                "STATED_RATE",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                ERROR,
                "整体自评中三公经费控制率、预算执行率或结转结余率的说明写的比率与部门财务情况的数据算出的不同。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            UnitBudget budget = unit.budget();
            for (ClaimedItem item : department.claimedItems()) {
                String name = nameOf(item);
                String text = textOf(item);
                if (name.contains("三公经费")) {
                    rate(
                            name,
                            text,
                            "控制率",
                            budget.threePublicActual(),
                            budget.threePublicBudget(),
                            "三公经费实际支出",
                            "预算",
                            out);
                } else if (name.contains("预算执行率")) {
                    rate(name, text, "率", budget.finalExpenditure(), budget.expenditureBudget(), "决算支出", "支出预算", out);
                } else if (name.contains("结转结余")) {
                    rate(name, text, "结余率", budget.carryOverBalance(), budget.expenditureBudget(), "结转结余", "支出预算", out);
                }
            }
        }

        /** A rate printed in an item's text against the one its figures give. */
        private static void rate(
                String name,
                String text,
                String word,
                @Nullable BigDecimal numerator,
                @Nullable BigDecimal denominator,
                String numeratorLabel,
                String denominatorLabel,
                Findings out) {
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
                out.add(
                        Locate.wholeUnit(),
                        name + "写 " + Decimals.plain(printed) + "%，按" + numeratorLabel + " " + Decimals.plain(numerator)
                                + " ÷ " + denominatorLabel + " " + Decimals.plain(denominator) + " 应为 " + rate);
            }
        }
    }

    /** A figure known in 万元 printed with 元: "实际支出为 1304.06 元". */
    static final class YuanForTenThousand implements UnitCheck {
        static final Check CHECK = Check.of(
                "YUAN_FOR_TEN_THOUSAND",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                WARNING,
                "整体自评的说明把部门财务情况中以万元计的金额写成了“元”。");

        private static final Pattern AMOUNT = Pattern.compile(NUMBER + "\\s*(万元|元)");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            Set<BigDecimal> figures = knownFigures(unit.budget());
            for (ClaimedItem item : department.claimedItems()) {
                Matcher m = AMOUNT.matcher(textOf(item));
                while (m.find()) {
                    if (!m.group(2).equals("元")) {
                        continue;
                    }
                    BigDecimal value = new BigDecimal(m.group(1));
                    if (figures.stream().anyMatch(f -> f.compareTo(value) == 0)) {
                        out.add(
                                Locate.wholeUnit(),
                                nameOf(item) + "写“" + m.group() + "”，该数在部门财务情况中是 " + m.group(1) + " 万元，单位写错");
                    }
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
    }

    /** The 重点工作 items of the scored items, other than those checked as rates. */
    private static List<ClaimedItem> keyWorkItems(UnitSelfEvaluation department) {
        List<ClaimedItem> items = new ArrayList<>();
        for (ClaimedItem item : department.claimedItems()) {
            String name = nameOf(item);
            if (name.contains("重点工作") && !isRateItem(name) && !name.contains("专项资金细化")) {
                items.add(item);
            }
        }
        return items;
    }

    /** 重点工作计划完成率已评分，报告却没有列出重点工作计划. */
    static final class KeyWorkPlanMissing implements UnitCheck {
        static final Check CHECK = Check.of(
                "KEY_WORK_PLAN_MISSING",
                FindingCode.INCOMPLETE,
                COMPLETENESS,
                WARNING,
                "整体自评给重点工作计划完成率评了分，报告却没有列出重点工作计划。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null || !department.keyWorkPlan().isEmpty()) {
                return;
            }
            for (ClaimedItem item : keyWorkItems(department)) {
                out.add(Locate.wholeUnit(), item.name() + "已评分，但报告没有列出重点工作计划");
            }
        }
    }

    /** The last percentage an item's text states ("完成 95%"), or null. */
    private static @Nullable BigDecimal statedPercent(ClaimedItem item) {
        Matcher m = PERCENT.matcher(item.text() == null ? "" : item.text());
        BigDecimal stated = null;
        while (m.find()) {
            stated = new BigDecimal(m.group(1));
        }
        return stated;
    }

    /** 重点工作计划完成率 as stated, against the plan's items marked 已完成 where every item has its 完成情况. */
    static final class KeyWorkRateStated implements UnitCheck {
        static final Check CHECK = Check.of(
                "KEY_WORK_RATE_STATED",
                FindingCode.SUMMARY_MISMATCH,
                CONSISTENCY,
                ERROR,
                "重点工作计划完成率的说明写的比率与逐项完成情况算出的（已完成项数 ÷ 计划项数）不同。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            int planned = department.keyWorkPlan().size();
            long known = department.keyWorkPlan().stream()
                    .filter(k -> k.status() != null)
                    .count();
            if (planned == 0 || known != planned) {
                return; // items with and without 完成情况: KEY_WORK_STATUS_PARTLY_GIVEN names those without
            }
            for (ClaimedItem item : keyWorkItems(department)) {
                BigDecimal stated = statedPercent(item);
                if (stated == null) {
                    continue;
                }
                BigDecimal completed =
                        UnitFigure.KEY_WORK_COMPLETED.of(department).orElseThrow();
                Ratio rate = Ratio.of(completed, BigDecimal.valueOf(planned));
                if (!ChineseText.matchesAsPrinted(stated, rate.percent())) {
                    out.add(
                            Locate.wholeUnit(),
                            item.name() + "写 " + Decimals.plain(stated) + "%，重点工作计划 " + planned + " 项中已完成 "
                                    + Decimals.plain(completed) + " 项，应为 " + rate);
                }
            }
        }
    }

    /** 重点工作计划逐项均未注明完成情况，完成率无法核实. */
    static final class KeyWorkRateUnverifiable implements UnitCheck {
        static final Check CHECK = Check.of(
                "KEY_WORK_RATE_UNVERIFIABLE",
                FindingCode.INCOMPLETE,
                COMPLETENESS,
                WARNING,
                "重点工作计划的各项都没有注明完成情况，无法核实整体自评写的重点工作计划完成率。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            int planned = department.keyWorkPlan().size();
            boolean anyKnown = department.keyWorkPlan().stream().anyMatch(k -> k.status() != null);
            if (planned == 0 || anyKnown) {
                return;
            }
            for (ClaimedItem item : keyWorkItems(department)) {
                BigDecimal stated = statedPercent(item);
                StringBuilder message = new StringBuilder("重点工作计划共 " + planned + " 项，均未注明完成情况，无法核实" + item.name());
                if (stated != null) {
                    BigDecimal items = stated.multiply(BigDecimal.valueOf(planned))
                            .divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
                    message.append("（").append(Decimals.plain(stated)).append("%）");
                    if (items.stripTrailingZeros().scale() > 0) {
                        message.append("；")
                                .append(planned)
                                .append(" 项的 ")
                                .append(Decimals.plain(stated))
                                .append("% 是 ")
                                .append(Decimals.plain(items.setScale(2, RoundingMode.HALF_UP)))
                                .append(" 项，不是整数");
                    }
                }
                out.add(Locate.wholeUnit(), message.toString());
            }
        }
    }

    /** 重点工作计划中内容或序号重复的条目. */
    static final class KeyWorkDuplicates implements UnitCheck {
        static final Check CHECK = Check.of(
                "KEY_WORK_DUPLICATES", FindingCode.DUPLICATE_ITEM, QUALITY, WARNING, "重点工作计划中有内容完全相同或序号重复的条目。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            Map<String, KeyWorkItem> seen = new HashMap<>();
            Set<Integer> numbers = new HashSet<>();
            for (KeyWorkItem item : department.keyWorkPlan()) {
                String key = ChineseText.normalize(item.text() != null ? item.text() : item.title());
                KeyWorkItem first = seen.putIfAbsent(key, item);
                if (first != null && !key.isEmpty()) {
                    out.add(
                            Locate.wholeUnit(),
                            "重点工作计划第 " + item.no() + " 项与第 " + first.no() + " 项内容完全相同（“" + item.title() + "”）");
                }
                if (item.no() != null && !numbers.add(item.no())) {
                    out.add(Locate.wholeUnit(), "重点工作计划的序号 " + item.no() + " 重复");
                }
            }
        }
    }

    /** The number of projects the unit says it self-evaluated against the 自评表 the report carries. */
    static final class SelfEvaluationCount implements UnitCheck {
        static final Check CHECK = Check.of(
                "SELF_EVALUATION_COUNT",
                FindingCode.CROSS_DOCUMENT_MISMATCH,
                CONSISTENCY,
                WARNING,
                "填报的已开展绩效自评项目数与报告所附项目支出绩效自评表的张数不同。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (department == null) {
                return;
            }
            BigDecimal done = department.figures().get(UnitFigure.SELF_EVALUATION_DONE);
            List<ProjectSelfEvaluation> projects = unit.report().projects();
            if (done != null && !projects.isEmpty() && done.compareTo(BigDecimal.valueOf(projects.size())) != 0) {
                out.add(
                        Locate.unitItem("绩效自评完成率"),
                        "填报已开展绩效自评的项目数 " + Decimals.plain(done) + " 个，而报告附有 " + projects.size() + " 张项目支出绩效自评表");
            }
        }
    }
}
