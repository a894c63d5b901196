package jixiao.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.Decimals;
import jixiao.shared.MoneyUnit;

/**
 * A deterministic workload of 自评报告 for the benchmarks: projects shaped like the seed report's
 * (fixtures/seed-2021.json), with 8–12 indicators each in the mix a real 自评表 has (正向 percentages and counts, 反向
 * 成本 amounts, 时效 months, 定性 words, 满意度) and the errors real reports contain (wrong claimed scores, units that
 * do not match, missing 偏差原因, copied goals, narrative figures that disagree with the table).
 *
 * <p>Report {@code k} depends only on the seed and {@code k} (a {@link SplittableRandom} per report, no clock), so a
 * run can generate a workload of any size one report at a time and never hold it all in memory.
 */
public final class SyntheticReports {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;

    public SyntheticReports(long seed) {
        this.seed = seed;
    }

    /** Report number {@code index} with {@code projects} projects; the same arguments always give the same report. */
    public SelfEvaluationReport report(int index, int projects) {
        SplittableRandom random = new SplittableRandom(seed ^ ((index + 1L) * GOLDEN_GAMMA));
        BudgetUnit unit = new BudgetUnit(
                pick(random, Texts.CITIES) + pick(random, Texts.UNITS),
                String.valueOf(100_000 + Math.floorMod(index, 900_000)),
                "行政单位");
        List<ProjectSelfEvaluation> list = new ArrayList<>(projects);
        List<Goals> earlierGoals = new ArrayList<>(projects);
        for (int i = 0; i < projects; i++) {
            ProjectSelfEvaluation project = new ProjectWriter(random, unit, i, earlierGoals).project();
            list.add(project);
            earlierGoals.add(project.goals());
        }
        return new SelfEvaluationReport(2021, MoneyUnit.TEN_THOUSAND_YUAN, unit, null, list);
    }

    /** The number of indicator rows of a report: what "indicators scored and checked" counts. */
    public static int indicators(SelfEvaluationReport report) {
        int n = 0;
        for (ProjectSelfEvaluation project : report.projects()) {
            n += project.indicators().size();
        }
        return n;
    }

    /** Writes one 项目支出绩效自评表, drawing every choice from the report's random stream. */
    private static final class ProjectWriter {
        private final SplittableRandom random;
        private final BudgetUnit unit;
        private final int ordinal;
        private final List<Goals> earlierGoals;
        private final String name;
        private final List<Indicator> rows = new ArrayList<>();
        private final Set<String> used = new HashSet<>();
        private BigDecimal budget;
        private BigDecimal executed;
        private BigDecimal outputScore = BigDecimal.ZERO;
        private BigDecimal effectScore = BigDecimal.ZERO;
        private BigDecimal satisfactionScore = BigDecimal.ZERO;

        ProjectWriter(SplittableRandom random, BudgetUnit unit, int ordinal, List<Goals> earlierGoals) {
            this.random = random;
            this.unit = unit;
            this.ordinal = ordinal;
            this.earlierGoals = earlierGoals;
            this.name = projectName(ordinal);
        }

        /** Unique inside a report: subject, then place, then phase, as a unit's list of projects reads. */
        private static String projectName(int ordinal) {
            int subjects = Texts.SUBJECTS.length;
            int places = Texts.PLACES.length;
            String subject = Texts.SUBJECTS[ordinal % subjects];
            int rest = ordinal / subjects;
            String place = rest == 0 ? "" : Texts.PLACES[(rest - 1) % places];
            int phase = rest == 0 ? 0 : (rest - 1) / places;
            return place + subject + (phase == 0 ? "" : "（" + chinese(phase + 1) + "期）");
        }

        ProjectSelfEvaluation project() {
            funds();
            Goals goals = goals();
            if (chance(0.005)) {
                // 培训宣传等专项业务费 in the seed: a project with funds and a paragraph but no table
                return new ProjectSelfEvaluation(
                        name,
                        department(),
                        unit.name(),
                        filledBy(),
                        fundsBlock(),
                        new Goals(null, null),
                        List.of(),
                        new ClaimedProject(null, null, analysis(executionScore())),
                        true);
            }
            output();
            effect();
            satisfaction();
            BigDecimal execution = executionScore();
            BigDecimal total =
                    outputScore.add(effectScore).add(satisfactionScore).add(execution);
            BigDecimal printedTotal = chance(0.02) ? total.add(offBy()) : total;
            return new ProjectSelfEvaluation(
                    name,
                    department(),
                    unit.name(),
                    chance(0.02) ? null : filledBy(),
                    fundsBlock(),
                    goals,
                    rows,
                    new ClaimedProject(printedTotal, summary(execution, printedTotal), analysis(printedTotal)),
                    false);
        }

        // ---- 项目资金 ----

        private void funds() {
            // budgets from a few 万元 to some thousands, as the seed's 9, 15, 100, 1314
            double logBudget = Math.log(5) + random.nextDouble() * (Math.log(1500) - Math.log(5));
            budget = BigDecimal.valueOf(Math.round(Math.exp(logBudget)));
            double rate;
            double r = random.nextDouble();
            if (r < 0.70) {
                rate = 0.95 + random.nextDouble() * 0.05;
            } else if (r < 0.90) {
                rate = 0.85 + random.nextDouble() * 0.10;
            } else {
                rate = 0.30 + random.nextDouble() * 0.55;
            }
            executed = budget.multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.HALF_UP);
        }

        private BigDecimal rate() {
            return executed.divide(budget, 10, RoundingMode.HALF_UP);
        }

        private BigDecimal executionScore() {
            return BigDecimal.TEN.multiply(rate().min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
        }

        private Funds fundsBlock() {
            FundsRow total = new FundsRow(budget, budget, executed);
            FundsRow fiscal = total;
            FundsRow carryOver = null;
            if (chance(0.15)) {
                BigDecimal carried = budget.multiply(BigDecimal.valueOf(0.1 + random.nextDouble() * 0.3))
                        .setScale(0, RoundingMode.HALF_UP);
                BigDecimal carriedExecuted = carried.min(executed);
                fiscal = new FundsRow(
                        budget.subtract(carried), budget.subtract(carried), executed.subtract(carriedExecuted));
                carryOver = new FundsRow(carried, carried, carriedExecuted);
            }
            if (chance(0.01)) {
                // a column that does not add up (TOTAL_MISMATCH)
                total = new FundsRow(budget, budget, executed.add(BigDecimal.ONE));
            }
            String printedRate =
                    rate().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            if (chance(0.03)) {
                // the seed's 9.89%: the score printed where the rate belongs
                printedRate = executionScore().toPlainString() + "%";
            }
            BigDecimal claimedScore = chance(0.02) ? BigDecimal.TEN : executionScore();
            return new Funds(
                    total,
                    fiscal,
                    carryOver,
                    null,
                    BigDecimal.TEN,
                    new Funds.ClaimedExecution(printedRate, claimedScore));
        }

        // ---- 年度总体目标 ----

        private Goals goals() {
            if (!earlierGoals.isEmpty() && chance(0.08)) {
                // copied from another project of the same report (GOAL_COPIED)
                return earlierGoals.get(random.nextInt(earlierGoals.size()));
            }
            String expected = "保障" + name + "顺利实施，" + pick(Texts.PURPOSES) + "，" + pick(Texts.MEASURES);
            String achieved = chance(0.85)
                    ? name + pick(Texts.ACHIEVEMENTS) + "，" + pick(Texts.PURPOSES)
                    : "为交易主体、社会大众以及职工提供一个 优质的工作环境";
            return new Goals(expected, achieved);
        }

        // ---- 绩效指标 ----

        private void output() {
            int k = 4 + random.nextInt(3);
            int[] weights =
                    switch (k) {
                        case 4 -> new int[] {15, 15, 10, 10};
                        case 5 -> new int[] {10, 10, 10, 10, 10};
                        default -> new int[] {10, 10, 5, 10, 10, 5};
                    };
            quantity(weights[0]);
            quality(weights[1]);
            timeliness(weights[2]);
            cost(weights[3]);
            for (int i = 4; i < k; i++) {
                switch (random.nextInt(3)) {
                    case 0 -> quantity(weights[i]);
                    case 1 -> quality(weights[i]);
                    default -> timeliness(weights[i]);
                }
            }
        }

        private void effect() {
            int k = 2 + random.nextInt(3);
            int[] weights =
                    switch (k) {
                        case 2 -> new int[] {15, 15};
                        case 3 -> new int[] {10, 10, 10};
                        default -> new int[] {10, 10, 5, 5};
                    };
            for (int weight : weights) {
                benefit(weight);
            }
        }

        private void satisfaction() {
            boolean two = rows.size() < 7 || chance(0.5);
            for (int weight : two ? new int[] {5, 5} : new int[] {10}) {
                BigDecimal target = pick(Texts.SATISFACTION_TARGETS);
                BigDecimal actual = percentActual(target);
                String level2 = chance(0.2) ? "服务对象 满意度指标" : "服务对象满意度指标";
                String actualText = chance(0.1) ? "≥" + plain(actual) + "%" : plain(actual) + "%";
                positive(
                        "满意度指标",
                        level2,
                        fresh(Texts.SATISFACTION_NAMES),
                        comparator() + plain(target) + percent(),
                        actualText,
                        target,
                        actual,
                        weight);
            }
        }

        /** 数量指标: a count with its measure word ("≥200人" / "145人"), now and then a word ("一项" / "完成"). */
        private void quantity(int weight) {
            if (chance(0.1)) {
                String[] row = fresh(Texts.COUNT_WORDS);
                add("产出指标", "数量指标", row[0], row[1], row[2], weight, BigDecimal.valueOf(weight), null);
                return;
            }
            String[] what = fresh(Texts.COUNTS);
            int base = Integer.parseInt(what[2]);
            BigDecimal target = BigDecimal.valueOf(base + random.nextInt(base * 4 + 1));
            BigDecimal actual = countActual(target);
            String targetText =
                    switch (random.nextInt(6)) {
                        case 0, 1, 2 -> "≥" + plain(target) + what[1];
                        case 3, 4 -> plain(target) + what[1];
                        default -> "不少于" + plain(target) + what[1];
                    };
            if (chance(0.015)) {
                // a percentage reported against a count (the seed's 供暖面积 "2812平方米" / "≥95%")
                add(
                        "产出指标",
                        "数量指标",
                        what[0],
                        targetText,
                        "≥" + (90 + random.nextInt(11)) + "%",
                        weight,
                        BigDecimal.valueOf(weight),
                        null);
                return;
            }
            positive("产出指标", "数量指标", what[0], targetText, plain(actual) + what[1], target, actual, weight);
        }

        /** 质量指标: a rate ("≥95%" / "93%") or a standard ("合格" / "合格"). */
        private void quality(int weight) {
            if (chance(0.2)) {
                String word = pick(Texts.STANDARDS);
                qualitative("产出指标", "质量指标", fresh(Texts.QUALITY_NAMES), word, word, weight);
                return;
            }
            BigDecimal target = pick(Texts.QUALITY_TARGETS);
            BigDecimal actual = percentActual(target);
            if (chance(0.015)) {
                // a count reported against a rate
                add(
                        "产出指标",
                        "质量指标",
                        fresh(Texts.QUALITY_NAMES),
                        "≥" + plain(target) + "%",
                        (3 + random.nextInt(40)) + "个",
                        weight,
                        BigDecimal.valueOf(weight),
                        null);
                return;
            }
            positive(
                    "产出指标",
                    "质量指标",
                    fresh(Texts.QUALITY_NAMES),
                    comparator() + plain(target) + percent(),
                    plain(actual) + "%",
                    target,
                    actual,
                    weight);
        }

        /** 时效指标: a deadline month or period ("9月" / "11月已完成"), a response time, or "及时". */
        private void timeliness(int weight) {
            String level3 = fresh(Texts.TIMELINESS_NAMES);
            switch (random.nextInt(10)) {
                case 0 -> {
                    if (used.contains("系统运行维护及时响应情况")) {
                        qualitative("产出指标", "时效指标", level3, "及时", "及时", weight);
                    } else {
                        add("产出指标", "时效指标", "系统运行维护及时响应情况", "48小时相应", "48小时相应", weight, bd(weight), null);
                    }
                }
                case 1 -> qualitative("产出指标", "时效指标", level3, "及时", "及时", weight);
                case 2, 3 -> {
                    int end = 9 + random.nextInt(4);
                    int start = 3 + random.nextInt(end - 3);
                    int done = chance(0.9) ? start + random.nextInt(end - start + 1) : 12;
                    deadline(level3, start + "月-" + end + "月", done + "月完成", done <= end, weight);
                }
                default -> {
                    int month = 6 + random.nextInt(7);
                    if (chance(0.9)) {
                        int done = month - random.nextInt(Math.min(month, 4));
                        deadline(level3, month + "月", done + "月已完成", true, weight);
                    } else if (month < 12) {
                        deadline(level3, month + "月", (month + 1 + random.nextInt(12 - month)) + "月已完成", false, weight);
                    } else {
                        deadline(level3, "12月", "2022年3月 已完成", false, weight);
                    }
                }
            }
        }

        private void deadline(String level3, String target, String actual, boolean met, int weight) {
            if (met) {
                add("产出指标", "时效指标", level3, target, actual, weight, bd(weight), null);
                return;
            }
            // late: 部分达成 at best; half the reports still claim full marks (TARGET_MISSED_FULL_SCORE)
            boolean full = chance(0.5);
            BigDecimal claimed = full ? bd(weight) : bd(weight).multiply(new BigDecimal("0.7"));
            add("产出指标", "时效指标", level3, target, actual, weight, claimed, reason(full ? 0.2 : 0.7));
        }

        /** 成本指标: the budget as a ceiling ("≤15万" / "14.7万"), named after it ("年初预算15万元"). */
        private void cost(int weight) {
            String level3 = pick(Texts.COST_NAMES) + plain(budget) + "万元";
            String targetText =
                    switch (random.nextInt(5)) {
                        case 0, 1 -> "≤" + plain(budget) + "万";
                        case 2 -> "<" + plain(budget) + "万元";
                        case 3 -> "≤" + plain(budget);
                        default -> "不超过" + plain(budget) + "万元";
                    };
            if (chance(0.015)) {
                // the seed's 办公用房取暖: the execution rate where the amount belongs
                String rate = rate().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP) + "%";
                add("产出指标", "成本指标", level3, targetText, rate, weight, bd(weight), null);
                return;
            }
            BigDecimal claimed = bd(weight);
            if (executed.compareTo(budget) > 0) {
                BigDecimal over =
                        BigDecimal.ONE.subtract(executed.subtract(budget).divide(budget, 10, RoundingMode.HALF_UP));
                claimed = bd(weight).multiply(over.max(BigDecimal.ZERO));
            }
            String reason = rate().compareTo(new BigDecimal("0.9")) < 0 ? reason(0.6) : null;
            add("产出指标", "成本指标", level3, targetText, plain(executed) + "万", weight, claimed, reason);
        }

        /** 效益指标: mostly directions ("提升" / "提升"), some rates, now and then only partly reached. */
        private void benefit(int weight) {
            String level2 = pick(Texts.BENEFIT_LEVEL2);
            if (chance(0.3)) {
                BigDecimal target = pick(Texts.QUALITY_TARGETS);
                BigDecimal actual = percentActual(target);
                positive(
                        "效益指标",
                        level2,
                        fresh(Texts.BENEFIT_RATE_NAMES),
                        "≥" + plain(target) + "%",
                        plain(actual) + "%",
                        target,
                        actual,
                        weight);
                return;
            }
            String word = pick(Texts.DIRECTIONS);
            String level3 = word + pick(Texts.BENEFIT_OBJECTS);
            for (int attempt = 0; attempt < 8 && used.contains(level3); attempt++) {
                word = pick(Texts.DIRECTIONS);
                level3 = word + pick(Texts.BENEFIT_OBJECTS);
            }
            qualitative("效益指标", level2, level3, word, word, weight);
        }

        /** 定性: achieved (the same word), or 基本/部分 (部分达成, [60%, 80%) of the weight). */
        private void qualitative(
                String level1, String level2, String level3, String target, String actual, int weight) {
            if (chance(0.07)) {
                String partial = pick(Texts.PARTIAL_PREFIXES) + actual;
                boolean full = chance(0.25); // the score of 达成 for a partial result (QUALITATIVE_SCORE_OUT_OF_TIER)
                BigDecimal claimed = full ? bd(weight) : bd(weight).multiply(new BigDecimal("0.7"));
                add(level1, level2, level3, target, partial, weight, claimed, reason(0.6));
                return;
            }
            BigDecimal claimed = chance(0.9) ? bd(weight) : bd(weight).multiply(new BigDecimal("0.9"));
            add(level1, level2, level3, target, actual, weight, claimed, null);
        }

        /** 正向: full marks when reached, otherwise w × A / T (财预〔2020〕10号). */
        private void positive(
                String level1,
                String level2,
                String level3,
                String targetText,
                String actualText,
                BigDecimal target,
                BigDecimal actual,
                int weight) {
            boolean met = actual.compareTo(target) >= 0;
            BigDecimal claimed =
                    met ? bd(weight) : bd(weight).multiply(actual).divide(target, 10, RoundingMode.HALF_UP);
            String reason;
            if (!met) {
                reason = reason(0.6);
            } else if (actual.compareTo(target.multiply(new BigDecimal("1.5"))) >= 0) {
                reason = reason(0.3); // far over: 10号 asks why the target was set so low
            } else {
                reason = null;
            }
            add(level1, level2, level3, targetText, actualText, weight, claimed, reason);
        }

        /** Adds a row with the claimed score rounded as printed; 3% of claimed scores are simply wrong. */
        private void add(
                String level1,
                String level2,
                String level3,
                String target,
                String actual,
                int weight,
                BigDecimal claimed,
                String reason) {
            BigDecimal printed = claimed.setScale(2, RoundingMode.HALF_UP);
            if (chance(0.03)) {
                printed = printed.subtract(offBy()).max(BigDecimal.ZERO).min(bd(weight));
            }
            printed = printed.stripTrailingZeros();
            if (printed.scale() < 0) {
                printed = printed.setScale(0);
            }
            used.add(level3);
            String printedActual = actual;
            double garble = random.nextDouble();
            if (garble < 0.003) {
                printedActual = "/"; // no actual value (INCOMPLETE)
            } else if (garble < 0.006 && actual.length() > 2) {
                printedActual = actual.charAt(0) + " " + actual.substring(1); // a space the PDF put inside the value
            }
            rows.add(new Indicator(level1, level2, level3, target, printedActual, bd(weight), printed, reason));
            switch (level1) {
                case "效益指标" -> effectScore = effectScore.add(printed);
                case "满意度指标" -> satisfactionScore = satisfactionScore.add(printed);
                default -> outputScore = outputScore.add(printed);
            }
        }

        // ---- the narrative ----

        private ClaimedProject.Summary summary(BigDecimal execution, BigDecimal total) {
            BigDecimal output = outputScore;
            BigDecimal printedTotal = chance(0.03) ? total.add(offBy()) : total;
            if (chance(0.02)) {
                output = output.subtract(offBy());
            }
            long outputRows =
                    rows.stream().filter(r -> r.level1().equals("产出指标")).count();
            long effectRows =
                    rows.stream().filter(r -> r.level1().equals("效益指标")).count();
            String text = name + "： 分别从三个方面进行评分，产出指标：数量指标、质量指标、时效指标、成本指标、" + chinese((int) outputRows)
                    + "项指标合计分值50分，自评分值" + plain(output) + "分；效益指标：社会效益指标、可持续影响指标" + chinese((int) effectRows)
                    + "项指标合计分值30分，自评分值" + plain(effectScore) + "分；满意度指标：服务对象满意度指标分值 10 分，自评分值 "
                    + plain(satisfactionScore) + " 分；预算执行率指标分值 10 分，自评得分 " + plain(execution) + " 分；共计得 "
                    + plain(printedTotal) + " 分。";
            return new ClaimedProject.Summary(output, effectScore, satisfactionScore, execution, printedTotal, text);
        }

        private ClaimedProject.Analysis analysis(BigDecimal total) {
            BigDecimal printedScore = chance(0.02) ? total.subtract(offBy()) : total;
            String rate = rate().multiply(HUNDRED)
                    .setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            StringBuilder text = new StringBuilder()
                    .append(chinese(ordinal + 1))
                    .append("、")
                    .append(name)
                    .append(' ')
                    .append(plain(printedScore))
                    .append(" 分。")
                    .append(name)
                    .append("年初预算 ")
                    .append(plain(budget))
                    .append(" 万元，实际支付 ")
                    .append(plain(executed))
                    .append(" 万元，预算执行率为 ")
                    .append(chance(0.02) ? plain(executionScore()) : rate)
                    .append("%。")
                    .append(pick(Texts.ANALYSIS_BODIES))
                    .append(pick(Texts.ANALYSIS_BODIES));
            if (rate().compareTo(new BigDecimal("0.9")) < 0 && chance(0.5)) {
                text.append("预算执行率偏低的原因：").append(pick(Texts.REASONS));
            }
            return new ClaimedProject.Analysis(printedScore, text.toString());
        }

        private String department() {
            return chance(0.05) ? null : unit.name() + " " + unit.code();
        }

        private String filledBy() {
            return pick(Texts.SURNAMES) + pick(Texts.GIVEN_NAMES) + " " + (31_000 + random.nextInt(9_000));
        }

        // ---- small draws ----

        private BigDecimal percentActual(BigDecimal target) {
            if (chance(0.8)) {
                int room = HUNDRED.subtract(target).intValue();
                return target.add(BigDecimal.valueOf(random.nextInt(room + 1)));
            }
            return target.subtract(BigDecimal.valueOf(1 + random.nextInt(10)));
        }

        private BigDecimal countActual(BigDecimal target) {
            double r = random.nextDouble();
            double factor;
            if (r < 0.70) {
                factor = 1.0 + random.nextDouble() * 0.3;
            } else if (r < 0.78) {
                factor = 1.5 + random.nextDouble();
            } else {
                factor = 0.5 + random.nextDouble() * 0.5;
            }
            return target.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_UP);
        }

        /** "≥" mostly; full- and half-width variants as PDFs print them. */
        private String comparator() {
            double r = random.nextDouble();
            if (r < 0.90) {
                return "≥";
            }
            if (r < 0.95) {
                return ">=";
            }
            return "不低于";
        }

        private String percent() {
            return chance(0.05) ? "％" : "%";
        }

        private String reason(double probability) {
            return chance(probability) ? pick(Texts.REASONS) : null;
        }

        private BigDecimal offBy() {
            return BigDecimal.valueOf(50 + random.nextInt(200), 2);
        }

        private boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        private <T> T pick(T[] values) {
            return SyntheticReports.pick(random, values);
        }

        /** A name this project has not used yet (a 三级指标 twice would be a DUPLICATE_ITEM), if one is drawn soon. */
        private String fresh(String[] names) {
            String name = pick(names);
            for (int attempt = 0; attempt < 8 && used.contains(name); attempt++) {
                name = pick(names);
            }
            return name;
        }

        /** As {@link #fresh(String[])} for rows whose first column is the name. */
        private String[] fresh(String[][] rows) {
            String[] row = pick(rows);
            for (int attempt = 0; attempt < 8 && used.contains(row[0]); attempt++) {
                row = pick(rows);
            }
            return row;
        }
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    /** 1 → 一, 12 → 十二, 37 → 三十七, 105 → 一百零五 (1 to 9999): the ordinals of the 自评分析 paragraphs. */
    static String chinese(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        String[] places = {"", "十", "百", "千"};
        int[] powers = {1, 10, 100, 1000};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = n / powers[place] % 10;
            if (digit == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(digits[digit]).append(places[place]);
        }
        String text = out.toString();
        return text.startsWith("一十") ? text.substring(1) : text;
    }
}
