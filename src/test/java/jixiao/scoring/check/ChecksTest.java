package jixiao.scoring.check;

import static jixiao.scoring.ReportBuilder.project;
import static jixiao.scoring.ReportBuilder.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.ClaimedExecution;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportBuilder.ProjectBuilder;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.ProjectExpenditure;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private final SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());

    private List<Finding> findings(ProjectBuilder project) {
        return checker.assess(report().project(project).build()).findings();
    }

    private static BigDecimal n(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** The codes of the findings, less the reviewers' notice on tables with every indicator at full marks. */
    private static List<FindingCode> codes(List<Finding> findings) {
        return findings.stream()
                .map(Finding::code)
                .filter(code -> code != FindingCode.ALL_AT_FULL_MARKS)
                .toList();
    }

    @Test
    void aScoreAboveItsWeightOrBelowZeroIsFound() {
        List<Finding> found = findings(project("超分")
                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "50", "55")
                .indicator("效益指标", "社会效益指标", "效益", "提升", "提升", "30", "-1")
                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));

        assertThat(found)
                .filteredOn(f -> f.code() == FindingCode.SCORE_EXCEEDS_WEIGHT)
                .hasSize(2);
    }

    @Test
    void aQualitativeScoreBelowItsTierAndAMissingScoreAreFound() {
        List<Finding> found = findings(project("定性")
                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "50", null)
                .indicator("效益指标", "社会效益指标", "效益", "合格", "合格", "30", "20")
                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));

        assertThat(codes(found)).contains(FindingCode.QUALITATIVE_SCORE_OUT_OF_TIER, FindingCode.INCOMPLETE);
    }

    @Test
    void aWrongProportionalScoreIsAScoreMismatch() {
        List<Finding> found = findings(project("比例")
                .indicator("产出指标", "数量指标", "人数", "≥200人", "145人", "50", "40")
                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));

        assertThat(found)
                .filteredOn(f -> f.code() == FindingCode.SCORE_MISMATCH)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("36.25").contains("40"));
    }

    @Test
    void farOverAchievementWithoutAReasonIsFound() {
        List<Finding> found = findings(project("超额")
                .indicator("产出指标", "数量指标", "人数", "≥10人", "30人", "50", "50")
                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));

        assertThat(found)
                .filteredOn(f -> f.code() == FindingCode.DEVIATION_REASON_MISSING)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("3.0 倍"));
    }

    @Test
    void theSameIndicatorTwiceIsADuplicate() {
        List<Finding> found = findings(project("重复")
                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "25", "25")
                .indicator("产出指标", "数量指标", "人 数", "≥10人", "10人", "25", "25")
                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));

        assertThat(codes(found)).containsExactly(FindingCode.DUPLICATE_ITEM);
    }

    @Test
    void fundsRowsThatDoNotAddUpAndAWrongRateAreFound() {
        Funds funds = new Funds(
                new FundsRow(n("100"), n("100"), n("80")),
                new FundsRow(n("60"), n("60"), n("50")),
                new FundsRow(n("30"), n("30"), n("30")),
                null,
                n("10"),
                new ClaimedExecution("85%", n("8")));
        List<Finding> found = findings(project("资金").withStandardIndicators().funds(funds));

        assertThat(found)
                .filteredOn(f -> f.code() == FindingCode.TOTAL_MISMATCH)
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("年初预算数 100").contains("90"));
        assertThat(found)
                .filteredOn(f -> f.code() == FindingCode.EXECUTION_RATE_MISMATCH)
                .singleElement()
                .satisfies(f -> assertThat(f.isError()).isTrue());
    }

    @Test
    void anUnreadableClaimedRateIsReported() {
        Funds funds = new Funds(
                new FundsRow(n("100"), n("100"), n("100")),
                null,
                null,
                null,
                n("10"),
                new ClaimedExecution("百分百", n("10")));

        assertThat(codes(findings(project("率").withStandardIndicators().funds(funds))))
                .containsExactly(FindingCode.UNPARSEABLE_VALUE);
    }

    @Test
    void aCostActualThatIsNotTheExecutedAmountIsFound() {
        List<Finding> found = findings(project("成本")
                .indicator("产出指标", "数量指标", "人数", "≥10人", "10人", "40", "40")
                .indicator("产出指标", "成本指标", "年度预算100万元", "≤100万", "90万", "10", "10")
                .indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", "30", "30")
                .indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", "10", "10"));

        assertThat(found)
                .filteredOn(f -> f.code() == FindingCode.COST_TARGET_INCONSISTENT)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("90万").contains("100"));
    }

    @Test
    void narrativeFiguresAreCheckedAgainstTheTable() {
        ProjectSelfEvaluation project = new ProjectSelfEvaluation(
                "培训项目",
                "主管 001",
                "单位",
                "张三",
                ProjectBuilder.funds("100", "100", "90", "9"),
                new Goals("目标", "完成"),
                List.of(
                        new Indicator("产出指标", "数量指标", "人数", "≥10人", "10人", n("50"), n("50"), null),
                        new Indicator("效益指标", "社会效益指标", "效益", "≥10人", "10人", n("30"), n("30"), null),
                        new Indicator("满意度指标", "满意度", "满意度", "≥90%", "95%", n("10"), n("10"), null)),
                new ClaimedProject(
                        n("99"),
                        new ClaimedProject.Summary(
                                n("50"), n("30"), n("9"), n("9"), n("98"), "培训项目：产出50分，效益30分，满意度9分，执行率9分，共计98分"),
                        new ClaimedProject.Analysis(n("97"), "一、培训 97 分。年初预算 100 万元，实际支付 80 万元，预算执行率 80%。")),
                false);
        List<Finding> found = checker.assess(new SelfEvaluationReport(
                        2021, MoneyUnit.TEN_THOUSAND_YUAN, new BudgetUnit("单位", null, null), null, List.of(project)))
                .findings();

        assertThat(found)
                .filteredOn(f -> f.code() == FindingCode.SUMMARY_MISMATCH)
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("满意度指标自评 9 分"))
                .anySatisfy(m -> assertThat(m).contains("共计 98 分").contains("99"))
                .anySatisfy(m -> assertThat(m).contains("自评分析写 97 分"))
                .anySatisfy(m -> assertThat(m).contains("实际支付 80万元"))
                .anySatisfy(m -> assertThat(m).contains("预算执行率 80%"))
                .anySatisfy(m -> assertThat(m).contains("“培训”"));
    }

    private static SelfEvaluationReport withDepartment(UnitSelfEvaluation department, ProjectBuilder... projects) {
        var builder = report();
        for (ProjectBuilder p : projects) {
            builder.project(p);
        }
        SelfEvaluationReport plain = builder.build();
        return new SelfEvaluationReport(
                plain.fiscalYear(), plain.moneyUnit(), plain.unit(), department, plain.projects());
    }

    private static UnitBudget budget(String text) {
        return new UnitBudget(
                n("300"), n("300"), n("100"), n("200"), n("330"), n("130"), n("190"), n("10"), n("12"), null, n("0"),
                text);
    }

    @Test
    void wholeUnitFiguresAreCheckedAgainstEachOtherAndTheProjects() {
        UnitSelfEvaluation department = new UnitSelfEvaluation(
                null,
                budget("决算比预算多支出 20 万元。"),
                new ProjectExpenditure(
                        n("250"), n("150"), n("100"), n("90"), n("100"), "项目支出包括：培训项目 95 万元；宣传项目 90 万元。"),
                List.of(new KeyWorkItem(1, "甲", "甲工作"), new KeyWorkItem(1, "乙", "乙工作")),
                List.of(
                        new ClaimedItem("预算", "三公经费控制率", n("2"), "三公经费控制率为 100%。"),
                        new ClaimedItem("预算", "三公经费控制率", n("2"), "重复一项。"),
                        new ClaimedItem("预算", "预算执行率", n("10"), "预算执行率为 115%。"),
                        new ClaimedItem("预算", "结转结余率", n("1"), "结转结余率为 0%。"),
                        new ClaimedItem("预算", "专项资金细化率", n("2"), "细化为培训项目。"),
                        new ClaimedItem("预算", "资金使用合规性", n("2"), "实际支出为 330 元。"),
                        new ClaimedItem("重点", "重点工作计划完成率", n("14.25"), "完成 95%。")));
        SelfEvaluationReport report = withDepartment(
                department,
                project("培训项目").withStandardIndicators(),
                project("宣传项目").withStandardIndicators());

        ReportAssessment assessment = checker.assess(report);

        assertThat(assessment.unitFindings())
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("决算总支出 330").contains("320"))
                .anySatisfy(m -> assertThat(m).contains("多支出 20 万元").contains("30 万元"))
                .anySatisfy(m -> assertThat(m).contains("项目支出预算 250").contains("200"))
                .anySatisfy(m -> assertThat(m).contains("培训项目”").contains("95 万元"))
                .anySatisfy(m -> assertThat(m).contains("决算项目支出 190"))
                .anySatisfy(m -> assertThat(m).contains("正常预算 150"))
                .anySatisfy(m -> assertThat(m).contains("三公经费控制率写 100%").contains("120.00%"))
                .anySatisfy(m -> assertThat(m).contains("预算执行率写 115%").contains("110.00%"))
                .anySatisfy(m -> assertThat(m).contains("没有“宣传项目”"))
                .anySatisfy(m -> assertThat(m).contains("330 元"))
                .anySatisfy(m -> assertThat(m).contains("共 2 项").contains("1.9 项"))
                .anySatisfy(m -> assertThat(m).contains("序号 1 重复"))
                .anySatisfy(m -> assertThat(m).contains("出现了两次"));
    }

    @Test
    void aKeyWorkRateWithoutAPlanIsIncomplete() {
        UnitSelfEvaluation department = new UnitSelfEvaluation(
                null, null, null, List.of(), List.of(new ClaimedItem("重点", "重点工作计划完成率", n("15"), "100%")));

        assertThat(checker.assess(withDepartment(department, project("甲").withStandardIndicators()))
                        .unitFindings())
                .filteredOn(f -> f.severity() == jixiao.scoring.Severity.WARNING && f.indicator() == null)
                .extracting(Finding::code, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FindingCode.INCOMPLETE, "重点工作计划完成率已评分，但报告没有列出重点工作计划"));
    }

    @Test
    void theSameProjectTwiceIsADuplicate() {
        ReportAssessment assessment =
                checker.assess(report().project(project("甲").withStandardIndicators())
                        .project(project("甲").withStandardIndicators().goal("另一个目标"))
                        .build());

        assertThat(codes(assessment.unitFindings())).containsExactly(FindingCode.DUPLICATE_ITEM);
    }

    @Test
    void namesPrintedDifferentlyAreMatchedToTheirProject() {
        List<ProjectSelfEvaluation> projects = report().project(project("专家评审费"))
                .project(project("政府采购中心平台维护费"))
                .project(project("保安、保洁经费"))
                .build()
                .projects();

        assertThat(DepartmentChecks.ProjectExpenditureAgainstTables.bestMatch("评审专家费", projects)
                        .name())
                .isEqualTo("专家评审费");
        assertThat(DepartmentChecks.ProjectExpenditureAgainstTables.bestMatch("政府采购平台维护费", projects)
                        .name())
                .isEqualTo("政府采购中心平台维护费");
        assertThat(DepartmentChecks.ProjectExpenditureAgainstTables.bestMatch("保安保洁经费", projects)
                        .name())
                .isEqualTo("保安、保洁经费");
        assertThat(DepartmentChecks.ProjectExpenditureAgainstTables.bestMatch("项目支出预算", projects))
                .isNull();
    }

    /**
     * The 一级指标 sums, the weight total and the claimed total are the sums of the rows' {@link Points}, whether the
     * printed numbers are whole (added as longs) or not (weights of 3.333 become 3.33 points), on random tables.
     */
    @Test
    void weightAndClaimedSumsAreThoseOfTheRowsPoints() {
        SplittableRandom random = new SplittableRandom(23);
        String[] level1 = {"产出指标", "效益指标", "满意度指标"};
        for (int n = 0; n < 2_000; n++) {
            ProjectBuilder project = project("合计" + n);
            Points[] byLevel1 = {Points.ZERO, Points.ZERO, Points.ZERO};
            Points claimedSum = Points.ZERO;
            for (int row = random.nextInt(1, 8); row > 0; row--) {
                int level = random.nextInt(3);
                String weight = number(random);
                String claimed = number(random);
                project.indicator(level1[level], "指标" + row, "名称" + row, "提升", "提升", weight, claimed);
                if (weight != null) {
                    byLevel1[level] = byLevel1[level].plus(Points.of(weight));
                }
                claimedSum = claimedSum.plus(claimed == null ? Points.ZERO : Points.of(claimed));
            }
            project.claimedTotal("1000");
            List<Finding> found = findings(project);
            String levels = found.stream()
                    .filter(f -> f.code() == FindingCode.LEVEL1_WEIGHTS_NONSTANDARD)
                    .map(Finding::message)
                    .findFirst()
                    .orElse("");
            for (int level = 0; level < 3; level++) {
                if (byLevel1[level].isZero()) {
                    continue;
                }
                String stem = level1[level].replace("指标", "");
                String printed = stem + "指标 " + byLevel1[level] + " 分";
                boolean standard = byLevel1[level].equals(
                        RuleSet.defaults().level1Weights().get(stem));
                assertThat(levels.contains(printed))
                        .as(levels + " names " + printed)
                        .isNotEqualTo(standard);
            }
            Points total = byLevel1[0].plus(byLevel1[1]).plus(byLevel1[2]).plus(Points.of(10));
            if (!total.equals(Points.HUNDRED)) {
                assertThat(found)
                        .anySatisfy(f -> assertThat(f.message()).startsWith("各指标分值与预算执行率分值合计 " + total + " 分"));
            }
            boolean everyClaimed = found.stream().noneMatch(f -> f.message().startsWith("没有填写得分"));
            if (everyClaimed) {
                String sum = claimedSum.plus(Points.of(10)).toString();
                assertThat(found).anySatisfy(f -> assertThat(f.message()).endsWith("合计为 " + sum));
            }
        }
    }

    /** A weight or score as printed: whole mostly, sometimes with decimals, sometimes missing. */
    private static String number(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> random.nextInt(0, 30) + "." + random.nextInt(0, 1000);
            case 2 -> random.nextInt(0, 30) + ".5";
            default -> String.valueOf(random.nextInt(0, 40));
        };
    }
}
