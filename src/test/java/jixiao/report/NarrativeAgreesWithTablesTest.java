package jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jixiao.interchange.InterchangeReader;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitItemAssessment;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No sentence of a generated 自评报告 contradicts its tables (issue 17, item 4): the report is read back as a reader
 * of the printed document would fill in a 自评表 from it (the tables as printed, the summary and 自评分析 paragraphs as
 * written, with the figures they state), and the project's own narrative checks find nothing in it. Run over the
 * seed, every golden case and random reports whose claims are wrong in every way the checks know (scores, rates,
 * totals, a 自评分析 that misstates its budget, execution rate and score).
 *
 * <p>The whole-unit items are the unit's texts word for word beside the unit's scores (checked below: the score a text
 * names is the table's). Where such a text misstates the unit's own budget figures, which the report does not
 * tabulate (the seed's "三公经费…控制率为 100%" against 9.3 of 13.5), that is the unit's error: a finding the review
 * opinion carries, and the report stays a draft until it is corrected or explained.
 */
class NarrativeAgreesWithTablesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final SelfEvaluationChecker CHECKER = new SelfEvaluationChecker(RuleSet.defaults());

    /** "产出指标：数量指标、…合计分值50分，自评分值48.42分" → the 一级 and its score. */
    private static final Pattern PART = Pattern.compile("([^：；，。]*?指标)：[^；]*?自评分值(\\d+(?:\\.\\d+)?)分");

    private static final Pattern EXECUTION = Pattern.compile("预算执行率指标分值[\\d.]+分，自评分值(\\d+(?:\\.\\d+)?)分");
    private static final Pattern TOTAL = Pattern.compile("共计(\\d+(?:\\.\\d+)?)分。$");
    private static final Pattern ANALYSIS_SCORE = Pattern.compile("^[一二三四五六七八九十]+、.+?\\s?(\\d+(?:\\.\\d+)?)分。");
    private static final Pattern ITEM_SCORE = Pattern.compile("得\\s*(\\d+(?:\\.\\d+)?)\\s*分");

    static Stream<Arguments> reports() throws Exception {
        List<Arguments> reports = new ArrayList<>();
        reports.add(Arguments.of("seed", SeedReport.report()));
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".source")) {
                    String resource = Files.readString(file).strip();
                    try (InputStream in = NarrativeAgreesWithTablesTest.class.getResourceAsStream(resource)) {
                        reports.add(Arguments.of("golden " + name, new InterchangeReader().read(in)));
                    }
                } else if (name.endsWith(".input.json")) {
                    reports.add(Arguments.of("golden " + name, new InterchangeReader().read(file)));
                }
            }
        }
        for (int seed = 1; seed <= 40; seed++) {
            reports.add(Arguments.of("random " + seed, RandomReports.report(new Random(seed))));
        }
        return reports.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theNarrativeChecksFindNothingInAGeneratedReport(String name, SelfEvaluationReport report) throws IOException {
        ReportAssessment assessment = CHECKER.assess(report);
        ReportDocument document =
                ReportDocument.of(report, assessment, Edition.of(assessment, LocalDate.of(2022, 3, 15)));

        SelfEvaluationReport printed = asPrinted(report, document);
        List<Finding> narrative = CHECKER.assess(printed).findings().stream()
                .filter(finding -> finding.code() == FindingCode.SUMMARY_MISMATCH)
                .filter(finding -> finding.project() != null)
                .toList();

        assertThat(narrative).as(name).isEmpty();
        assertThat(printed.projects()).hasSize(report.projects().size());
    }

    /**
     * The whole-unit part prints each item's text as the unit wrote it beside the unit's score for it: the score a
     * text names is the table's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void eachWholeUnitItemsTextNamesTheScoreTheTablePrints(String name, SelfEvaluationReport report) {
        ReportAssessment assessment = CHECKER.assess(report);
        if (assessment.department() == null) {
            return;
        }
        ReportDocument document =
                ReportDocument.of(report, assessment, Edition.of(assessment, LocalDate.of(2022, 3, 15)));
        Block.Table items = document.blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .filter(t -> t.header().contains("评分项目"))
                .findFirst()
                .orElseThrow();
        List<String> paragraphs = paragraphs(document);
        for (UnitItemAssessment item : assessment.department().items()) {
            String printed = items.rows().stream()
                    .filter(row -> row.get(1).equals(item.item().name()))
                    .findFirst()
                    .orElseThrow()
                    .get(3);
            for (String paragraph : paragraphs) {
                if (!paragraph.startsWith(Figures.prose(item.item().name()) + "：")) {
                    continue;
                }
                Matcher score = ITEM_SCORE.matcher(paragraph);
                String last = null;
                while (score.find()) {
                    last = score.group(1);
                }
                if (last != null) {
                    assertThat(Points.of(new BigDecimal(last)).toString())
                            .as("%s: %s", name, paragraph)
                            .isEqualTo(printed);
                }
            }
        }
    }

    private static List<String> paragraphs(ReportDocument document) {
        return document.blocks().stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(block -> ((Block.Paragraph) block).text())
                .toList();
    }

    /** The report as its printed document tells it: the sheets' figures as claims, the narrative's as written. */
    static SelfEvaluationReport asPrinted(SelfEvaluationReport report, ReportDocument document) {
        List<String> paragraphs = paragraphs(document);
        List<EvaluationSheet> sheets = document.sheets();
        List<ProjectSelfEvaluation> projects = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            EvaluationSheet sheet = sheets.get(i);
            ProjectSelfEvaluation original = report.projects().get(i);
            List<Indicator> indicators = new ArrayList<>();
            for (int r = 0; r < sheet.indicators().size(); r++) {
                IndicatorLine line = sheet.indicators().get(r);
                Indicator was = original.indicators().get(r);
                indicators.add(new Indicator(
                        was.level1(),
                        was.level2(),
                        was.level3(),
                        was.target(),
                        was.actual(),
                        was.weight(),
                        line.score().value(),
                        was.deviationReason()));
            }
            Funds funds = original.funds();
            Funds.ClaimedExecution claimedExecution = new Funds.ClaimedExecution(
                    sheet.funds().get(0).cells().get(5),
                    sheet.execution().score().value());
            Funds printedFunds = funds == null
                    ? new Funds(null, null, null, null, null, claimedExecution)
                    : new Funds(
                            funds.total(),
                            funds.fiscalAppropriation(),
                            funds.carryOver(),
                            funds.other(),
                            funds.weight(),
                            claimedExecution);
            String summary = paragraphs.stream()
                    .filter(p -> p.startsWith(sheet.projectName() + "："))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no summary of " + sheet.projectName()));
            String analysis = paragraphs.stream()
                    .filter(p -> p.matches("^[一二三四五六七八九十]+、.*")
                            && p.substring(p.indexOf('、') + 1).startsWith(Figures.prose(sheet.projectName())))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no 自评分析 of " + sheet.projectName()));
            projects.add(new ProjectSelfEvaluation(
                    sheet.projectName(),
                    original.competentDepartment(),
                    original.implementingUnit(),
                    original.filledBy(),
                    printedFunds,
                    original.goals(),
                    indicators,
                    new ClaimedProject(sheet.total().value(), summary(summary), analysis(analysis)),
                    original.tableMissing()));
        }
        return new SelfEvaluationReport(
                report.fiscalYear(),
                report.moneyUnit(),
                report.unit(),
                report.department(),
                projects,
                report.narrative());
    }

    /** The figures the summary paragraph states, by the part each 一级 counts in (效益, 满意度, otherwise 产出). */
    private static ClaimedProject.Summary summary(String text) {
        BigDecimal output = null;
        BigDecimal effect = null;
        BigDecimal satisfaction = null;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            BigDecimal value = new BigDecimal(part.group(2));
            String level1 = part.group(1);
            if (level1.contains("效益")) {
                effect = effect == null ? value : effect.add(value);
            } else if (level1.contains("满意")) {
                satisfaction = satisfaction == null ? value : satisfaction.add(value);
            } else {
                output = output == null ? value : output.add(value);
            }
        }
        Matcher execution = EXECUTION.matcher(text);
        Matcher total = TOTAL.matcher(text);
        return new ClaimedProject.Summary(
                output,
                effect,
                satisfaction,
                execution.find() ? new BigDecimal(execution.group(1)) : null,
                total.find() ? new BigDecimal(total.group(1)) : null,
                text);
    }

    private static ClaimedProject.Analysis analysis(String text) {
        Matcher score = ANALYSIS_SCORE.matcher(text);
        return new ClaimedProject.Analysis(score.find() ? new BigDecimal(score.group(1)) : null, text);
    }

    /** Reports whose claims are wrong in every way the narrative checks know, drawn from a seeded random. */
    static final class RandomReports {
        private RandomReports() {}

        private static final String[][] LEVELS = {
            {"产出指标", "数量指标"},
            {"产出指标", "质量指标"},
            {"产出指标", "时效指标"},
            {"产出指标", "成本指标"},
            {"效益指标", "社会效益指标"},
            {"效益指标", "可持续影响指标"},
            {"满意度指标", "服务对象满意度指标"}
        };

        static SelfEvaluationReport report(Random random) {
            List<ProjectSelfEvaluation> projects = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int p = 0; p < count; p++) {
                projects.add(project(random, p));
            }
            return new SelfEvaluationReport(
                    2021,
                    MoneyUnit.TEN_THOUSAND_YUAN,
                    new jixiao.scoring.BudgetUnit("某市某中心", null, null),
                    null,
                    projects);
        }

        private static ProjectSelfEvaluation project(Random random, int p) {
            List<Indicator> indicators = new ArrayList<>();
            int rows = 2 + random.nextInt(6);
            int left = 90;
            BigDecimal claimedSum = BigDecimal.ZERO;
            for (int r = 0; r < rows; r++) {
                String[] level = LEVELS[random.nextInt(LEVELS.length)];
                int weight =
                        r == rows - 1 ? left : Math.max(1, Math.min(left - (rows - r - 1), 5 + random.nextInt(25)));
                left -= weight;
                int target = 50 + random.nextInt(200);
                int actual = target * (60 + random.nextInt(60)) / 100;
                BigDecimal claimed =
                        random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(weight * 100 + 1), 2);
                if (claimed != null) {
                    claimedSum = claimedSum.add(claimed);
                }
                indicators.add(new Indicator(
                        level[0],
                        level[1],
                        "指标" + r,
                        "≥" + target + "件",
                        actual + "件",
                        BigDecimal.valueOf(weight),
                        claimed,
                        random.nextBoolean() ? "原因" + r : null));
            }
            BigDecimal budget = BigDecimal.valueOf(5 + random.nextInt(500));
            BigDecimal executed =
                    budget.multiply(BigDecimal.valueOf(30 + random.nextInt(80))).movePointLeft(2);
            FundsRow total = new FundsRow(budget, random.nextBoolean() ? budget : null, executed);
            BigDecimal claimedExecution = BigDecimal.valueOf(random.nextInt(1001), 2);
            Funds funds = new Funds(
                    total,
                    total,
                    null,
                    null,
                    BigDecimal.TEN,
                    new Funds.ClaimedExecution(random.nextInt(100) + "." + random.nextInt(10) + "%", claimedExecution));
            String name = "项目" + (p + 1);
            // the unit's own 自评分析 states wrong figures in its head, then says something of its own
            String analysis = "一、" + name + " " + random.nextInt(100) + " 分。" + name + "年初预算 " + random.nextInt(999)
                    + " 万元，实际支付 " + random.nextInt(999) + " 万元，预算执行率 " + random.nextInt(100) + "%；全年按计划推进各项工作"
                    + (random.nextBoolean() ? "，实际支出 " + random.nextInt(50) + " 万元用于设备。" : "。");
            ClaimedProject claimed = new ClaimedProject(
                    claimedSum.add(BigDecimal.valueOf(random.nextInt(500), 2)),
                    new ClaimedProject.Summary(
                            BigDecimal.valueOf(random.nextInt(60)),
                            BigDecimal.valueOf(random.nextInt(30)),
                            BigDecimal.valueOf(random.nextInt(10)),
                            claimedExecution,
                            BigDecimal.valueOf(random.nextInt(100)),
                            name + "：分别从三个方面进行评分，共计 1 分。"),
                    random.nextInt(5) == 0 ? null : new ClaimedProject.Analysis(BigDecimal.ONE, analysis));
            boolean missing = random.nextInt(8) == 0;
            return new ProjectSelfEvaluation(
                    name,
                    "某局",
                    "某中心",
                    "张三 1234567",
                    funds,
                    new Goals("完成年度任务" + p, "已完成"),
                    missing ? List.of() : indicators,
                    claimed,
                    missing);
        }
    }
}
