package jixiao.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Finding;
import jixiao.scoring.Funds;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitSelfEvaluation;

/**
 * Every sentence the engine writes for people (findings' messages, scores' explanations) over the seed report and
 * over reports made from it by seeded random changes of the kinds clerks make (values in other units or words, scores
 * above the weight or missing, weights that do not add up, budgets missing, texts copied, rows duplicated, whole-unit
 * figures off), scored by each built-in rule set and with the provinces' optional rules switched on. Seeded: the same
 * sentences every run.
 */
final class EngineCorpus {

    private static final String[] ACTUALS = {
        "", "未完成", "达成", "部分达成", "基本完成", "较好", "12月底前", "次年3月", "2022年6月", "100%", "85%", "0", "十五", "≥95%", "约1200人次",
        "1200", "3个", "1.5万元", "提升", "无", "已完成", "不适用"
    };
    private static final String[] TARGETS = {
        "≥100%", "≤10万元", "=12个", "0", "有所提高", "提升", "12月底前", "≥90%", "达成", "≤5%", "100人次", "按时完成", "", "≥1200人次",
        "≤1.5万元", "显著提升"
    };

    private final Random random;

    private EngineCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Hands every sentence of the corpus to {@code sentence}: {@code reports} changed copies of the seed and the seed. */
    static void sentences(int reports, Consumer<String> sentence) {
        SelfEvaluationReport seed = seed();
        List<RuleSet> ruleSets = new ArrayList<>(RuleSet.builtIn());
        ruleSets.add(RuleSet.defaults()
                .withDeviation(new RuleSet.Deviation(true, new BigDecimal("0.30"), jixiao.shared.Points.of(2)))
                .withExecutionCaps(RuleSet.ExecutionCap.provincial())
                .withWeighing(RuleSet.UnprintedWeights.SHARED_WITHIN_LEVEL1, RuleSet.NotApplicable.WITHIN_LEVEL1));
        ruleSets.add(RuleSet.layout101()
                .withWeighing(RuleSet.UnprintedWeights.MISSING, RuleSet.NotApplicable.ACROSS_INDICATORS));
        EngineCorpus corpus = new EngineCorpus(20261205L);
        for (RuleSet rules : ruleSets) {
            collect(new SelfEvaluationChecker(rules).assess(seed), sentence);
        }
        for (int i = 0; i < reports; i++) {
            RuleSet rules = ruleSets.get(i % ruleSets.size());
            collect(new SelfEvaluationChecker(rules).assess(corpus.changed(seed)), sentence);
        }
    }

    static SelfEvaluationReport seed() {
        try (InputStream in = EngineCorpus.class.getResourceAsStream("/demo/seed-2021.json")) {
            return new InterchangeReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterchangeException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(ReportAssessment assessment, Consumer<String> sentence) {
        for (Finding finding : assessment.findings()) {
            sentence.accept(finding.message());
        }
        for (ProjectAssessment project : assessment.projects()) {
            sentence.accept(project.execution().explanation().text());
            for (IndicatorAssessment row : project.indicators()) {
                sentence.accept(row.score().explanation().text());
            }
        }
        if (assessment.department() != null) {
            for (UnitItemAssessment item : assessment.department().items()) {
                sentence.accept(item.explanation());
            }
        }
    }

    private SelfEvaluationReport changed(SelfEvaluationReport seed) {
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        for (ProjectSelfEvaluation project : seed.projects()) {
            if (random.nextInt(4) > 0) {
                projects.add(changed(project, seed.projects()));
            }
        }
        if (!projects.isEmpty() && random.nextInt(8) == 0) {
            projects.add(projects.get(0)); // the same project twice
        }
        UnitSelfEvaluation department =
                seed.department() == null || random.nextInt(6) == 0 ? seed.department() : changed(seed.department());
        return new SelfEvaluationReport(
                seed.fiscalYear(), seed.moneyUnit(), seed.unit(), department, projects, seed.narrative());
    }

    private ProjectSelfEvaluation changed(ProjectSelfEvaluation project, List<ProjectSelfEvaluation> all) {
        List<Indicator> rows = new ArrayList<>();
        for (Indicator row : project.indicators()) {
            if (random.nextInt(12) > 0) {
                rows.add(random.nextInt(3) == 0 ? row : changed(row));
            }
        }
        if (!rows.isEmpty() && random.nextInt(10) == 0) {
            rows.add(rows.get(random.nextInt(rows.size())));
        }
        Funds funds = project.funds();
        if (funds != null && random.nextInt(3) == 0) {
            Funds.FundsRow total = funds.total();
            Funds.FundsRow row = new Funds.FundsRow(
                    maybe(total == null ? null : total.initialBudget()),
                    maybe(total == null ? null : total.annualBudget()),
                    maybe(total == null ? null : total.executed()));
            Funds.ClaimedExecution claimed = random.nextBoolean()
                    ? funds.claimed()
                    : new Funds.ClaimedExecution(
                            pick("97.89%", "100%", "120%", "五成", null, "80%"), number(random.nextInt(12)));
            funds = new Funds(
                    row,
                    funds.fiscalAppropriation(),
                    funds.carryOver(),
                    funds.other(),
                    random.nextInt(6) == 0 ? null : funds.weight(),
                    claimed);
        }
        Goals goals = project.goals();
        if (random.nextInt(5) == 0) {
            ProjectSelfEvaluation other = all.get(random.nextInt(all.size()));
            goals = random.nextBoolean() ? other.goals() : new Goals(null, random.nextBoolean() ? null : "已完成");
        }
        ClaimedProject claimed = project.claimed();
        if (claimed != null && random.nextInt(3) == 0) {
            claimed = new ClaimedProject(
                    maybe(claimed.total()),
                    random.nextBoolean() ? claimed.summary() : null,
                    random.nextBoolean()
                            ? claimed.analysis()
                            : new ClaimedProject.Analysis(
                                    number(60 + random.nextInt(41)),
                                    claimed.analysis() == null
                                            ? null
                                            : claimed.analysis().text()));
        }
        return new ProjectSelfEvaluation(
                project.name(),
                project.competentDepartment(),
                project.implementingUnit(),
                project.filledBy(),
                funds,
                goals,
                rows,
                claimed,
                project.tableMissing() || random.nextInt(40) == 0);
    }

    private Indicator changed(Indicator row) {
        String target = random.nextInt(3) == 0 ? pick(TARGETS) : row.target();
        String actual =
                switch (random.nextInt(4)) {
                    case 0 -> pick(ACTUALS);
                    case 1 -> scaled(row.actual());
                    default -> row.actual();
                };
        BigDecimal weight = random.nextInt(5) == 0 ? maybe(row.weight()) : row.weight();
        BigDecimal claimed =
                switch (random.nextInt(5)) {
                    case 0 -> weight;
                    case 1 -> null;
                    case 2 -> weight == null ? BigDecimal.ONE : weight.add(BigDecimal.valueOf(random.nextInt(5)));
                    case 3 -> number(random.nextInt(20));
                    default -> row.claimedScore();
                };
        String reason = random.nextInt(4) == 0 ? pick(null, "", "受疫情影响", "因故延期") : row.deviationReason();
        Indicator.NotApplicable notApplicable =
                random.nextInt(15) == 0 ? new Indicator.NotApplicable(pick("本年度未发生", "", null)) : row.notApplicable();
        String claimedText = random.nextInt(15) == 0 ? pick("满分", "十五", "15分", "") : row.claimedScoreText();
        return new Indicator(
                random.nextInt(20) == 0 ? pick("产出指标", "成本指标", "其他指标", "") : row.level1(),
                random.nextInt(20) == 0 ? pick("数量指标", "时效指标", "满意度", "") : row.level2(),
                random.nextInt(25) == 0 ? pick("", "满意度", row.level2()) : row.level3(),
                target,
                actual,
                weight,
                claimed,
                reason,
                notApplicable,
                claimedText);
    }

    private UnitSelfEvaluation changed(UnitSelfEvaluation unit) {
        List<BigDecimal> figures = new ArrayList<>();
        for (BigDecimal figure :
                unit.budget() == null ? List.<BigDecimal>of() : unit.budget().figures()) {
            figures.add(random.nextInt(3) == 0 ? maybe(figure) : figure);
        }
        UnitSelfEvaluation.UnitBudget budget = unit.budget() == null || random.nextInt(10) == 0
                ? unit.budget()
                : UnitSelfEvaluation.UnitBudget.of(figures, unit.budget().text());
        List<UnitSelfEvaluation.ClaimedItem> items = new ArrayList<>();
        for (UnitSelfEvaluation.ClaimedItem item : unit.claimedItems()) {
            if (random.nextInt(10) > 0) {
                items.add(new UnitSelfEvaluation.ClaimedItem(
                        item.area(),
                        item.name(),
                        random.nextInt(3) == 0 ? maybe(item.claimedScore()) : item.claimedScore(),
                        random.nextInt(5) == 0 ? pick("达成", "部分达成", "", "完成率85%", null) : item.text()));
            }
        }
        Map<UnitFigure, BigDecimal> entered = new EnumMap<>(UnitFigure.class);
        entered.putAll(unit.figures());
        for (UnitFigure figure : UnitFigure.values()) {
            if (random.nextInt(3) == 0) {
                entered.put(figure, number(random.nextInt(30)));
            }
        }
        List<UnitSelfEvaluation.KeyWorkItem> plan = new ArrayList<>(unit.keyWorkPlan());
        if (!plan.isEmpty() && random.nextInt(4) == 0) {
            plan.remove(random.nextInt(plan.size()));
        }
        return new UnitSelfEvaluation(
                unit.profile(),
                budget,
                unit.projectExpenditure(),
                plan,
                items,
                random.nextBoolean() ? entered : Map.of());
    }

    /** A value as typed, its number scaled, or another kind of value. */
    private String scaled(String value) {
        if (value == null) {
            return pick(ACTUALS);
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(value);
        double factor = pick(0.3, 0.8, 0.97, 1.2, 2.5);
        while (m.find()) {
            BigDecimal scaled = new BigDecimal(m.group())
                    .multiply(BigDecimal.valueOf(factor))
                    .setScale(1, RoundingMode.HALF_UP);
            m.appendReplacement(out, scaled.stripTrailingZeros().toPlainString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private BigDecimal maybe(BigDecimal value) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> value == null ? number(random.nextInt(100)) : value.multiply(new BigDecimal("1.3"));
            case 2 -> value == null ? null : value.multiply(new BigDecimal("0.6"));
            default -> value;
        };
    }

    private static BigDecimal number(int value) {
        return BigDecimal.valueOf(value);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
