package jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Severity;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;

class ReviewOpinionTest {

    private static String text(ReviewOpinion opinion) {
        return Blocks.text(opinion.blocks());
    }

    private static Block.Table table(ReviewOpinion opinion, String column) {
        return Blocks.table(opinion.blocks(), column);
    }

    @Test
    void theSeedsOpinionSetsTheUnitsScoresAgainstTheRulesAndGroupsTheFindingsByCategory() {
        ReviewOpinion opinion = SeedReport.review();

        assertThat(opinion.title()).isEqualTo("关于三门峡市公共资源交易中心2021年度预算绩效自评材料的审核意见");
        assertThat(opinion.rechecked()).isFalse();
        Block.Table projects = table(opinion, "自评分");
        assertThat(projects.header()).containsExactly("序号", "项目名称", "自评分", "计算分", "差异", "自评等级", "审核等级");
        assertThat(projects.rows()).anySatisfy(row -> assertThat(row)
                .containsExactly("10", "交易平台建设及电子化建设", "83.59", "93.59", "-10", "良", "优"));
        // the platforms the unit scored 0 though they were built, with the rule's arithmetic
        assertThat(opinion.projects())
                .filteredOn(p -> p.name().equals("交易平台建设及电子化建设"))
                .singleElement()
                .satisfies(p -> assertThat(p.rows()).anySatisfy(row -> {
                    assertThat(row.indicator()).isEqualTo("公共服务平台建设");
                    assertThat(row.claimed()).hasToString("0");
                    assertThat(row.computed()).hasToString("5");
                }));
        assertThat(opinion.categories()).first().satisfies(c -> assertThat(c.count(Severity.ERROR))
                .isPositive());
        int all = opinion.categories().stream().mapToInt(c -> c.lines().size()).sum();
        assertThat(all).isEqualTo(SeedReport.assessment().findings().size());
        String text = text(opinion);
        assertThat(text)
                .contains("（一）")
                .contains(FindingCode.SUMMARY_MISMATCH.title())
                .contains("整改要求：")
                // the seed's 110 findings and 4 of the reviewers' plausibility checks (GoldenTest): two tables with
                // every indicator at full marks (提示), a cost of 479.7万 against 1314万 without a reason and a training
                // the 自评分析 places in May against the period 6月-11月 (警告)
                .contains("自评材料共发现问题114处，其中错误27处、警告81处、提示6处")
                .doesNotContain("SUMMARY_MISMATCH");
        assertThat(opinion.blocks()).contains(new Block.Signature("审核人：", "2022年3月15日"));
    }

    @Test
    void theWholeUnitItemsMarkInferredWeightsAndTheTotalIsIncomplete() {
        Block.Table items = table(SeedReport.review(), "评分项目");
        assertThat(items.header()).containsExactly("评分项目", "分值", "自评得分", "计算得分", "说明");
        assertThat(items.rows()).anySatisfy(row -> assertThat(row).startsWith("政府采购执行率", "2*", "2", "0.01"));
        assertThat(items.rows()).anySatisfy(row -> assertThat(row).startsWith("履职效益", "25*", "未评分", "未评分"));
        assertThat(items.rows().get(items.rows().size() - 1))
                .startsWith("合计", "", "59.25", "未完成评分", "未完成评分（未评分：履职效益、满意度）");
        assertThat(text(SeedReport.review())).contains("标 * 的分值为推定值").contains("总分不评定等级");
    }

    /** The bureau's 复核 (issue 14): a 复核分 column and the reviewer's opinion appear only where they are recorded. */
    @Test
    void aRecordedRecheckAddsTheRecheckScoresTheOpinionTheReviewerAndTheDate() {
        Recheck recheck = new Recheck(
                List.of(
                        Recheck.Score.ofIndicator("专家评审费", 0, Points.of("8"), "指标值无法衡量，扣 30%", "未提供专家签到表"),
                        Recheck.Score.ofExecution("专家评审费", Points.of("3"), null, "执行率按决算数计")),
                "专家评审费的评审人数未达目标，请补充佐证材料。",
                "财政局 李审核",
                LocalDate.of(2022, 5, 20));

        ReviewOpinion opinion =
                ReviewOpinion.of(SeedReport.report(), SeedReport.assessment(), recheck, Map.of(), SeedReport.DATE);

        assertThat(opinion.rechecked()).isTrue();
        Block.Table projects = table(opinion, "自评分");
        assertThat(projects.header()).contains("复核分");
        // 89.24 computed, less 10.88 → 8 and 3.48 → 3 on 复核
        assertThat(projects.rows())
                .anySatisfy(row -> assertThat(row).startsWith("8", "专家评审费", "89.24", "89.24", "85.88", "+3.36"));
        assertThat(projects.rows())
                .anySatisfy(row ->
                        assertThat(row).startsWith("1", "办公用房取暖", "97.99").contains("—"));
        Block.Table rows = opinion.blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .filter(t -> t.header().contains("复核分") && t.header().contains("指标"))
                .filter(t -> t.rows().stream().anyMatch(r -> r.get(0).equals("评审专家人数")))
                .findFirst()
                .orElseThrow();
        assertThat(rows.rows()).anySatisfy(row -> assertThat(row)
                .startsWith("评审专家人数", "15", "10.88", "10.88", "8")
                .last()
                .asString()
                .contains("复核扣分原因：指标值无法衡量，扣 30%")
                .contains("复核说明：未提供专家签到表"));
        String text = text(opinion);
        assertThat(text).contains("专家评审费的评审人数未达目标，请补充佐证材料。").contains("复核平均");
        assertThat(opinion.blocks()).contains(new Block.Signature("审核人：财政局 李审核", "2022年5月20日"));
    }

    /** A 复核 of the 部门（单位）整体自评 (issue 14): a 复核分 column for every item, its deduction in the explanation. */
    @Test
    void aRecheckOfTheWholeUnitAddsTheItemsRecheckScores() {
        var items = SeedReport.assessment().department().items();
        List<Recheck.ItemScore> rechecked = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rechecked.add(new Recheck.ItemScore(i, items.get(i).score(), null, null));
        }
        int plan = 0;
        while (!items.get(plan).item().name().equals("重点工作计划完成率")) {
            plan++;
        }
        rechecked.set(plan, new Recheck.ItemScore(plan, Points.of("10"), "佐证材料只能证明部分完成（扣该项分值的 30%）", "未附完成台账"));

        ReviewOpinion opinion = ReviewOpinion.of(
                SeedReport.report(),
                SeedReport.assessment(),
                new Recheck(List.of(), rechecked, null, null, null),
                Map.of(),
                SeedReport.DATE);

        assertThat(opinion.blocks())
                .filteredOn(Block.Paragraph.class::isInstance)
                .map(block -> ((Block.Paragraph) block).text())
                .as("the opening says the whole unit was rechecked")
                .anySatisfy(text -> assertThat(text).contains("收悉").contains("并进行了复核"));
        Block.Table table = table(opinion, "评分项目");
        assertThat(table.header()).containsExactly("评分项目", "分值", "自评得分", "计算得分", "复核分", "说明");
        Points computed = items.get(plan).score();
        assertThat(table.rows()).anySatisfy(row -> assertThat(row)
                .startsWith("重点工作计划完成率", "15*")
                .contains(computed.toString(), "10")
                .last()
                .asString()
                .contains("复核扣分原因：佐证材料只能证明部分完成（扣该项分值的 30%）")
                .contains("复核说明：未附完成台账"));
        // the 复核 total: the computed items, with 10 for the plan's item
        Points total =
                SeedReport.assessment().department().total().minus(computed).plus(Points.of("10"));
        assertThat(table.rows().get(table.rows().size() - 1)).startsWith("合计", "", "59.25", "未完成评分", total.toString());
    }

    @Test
    void theUnitsExplanationOfAFindingIsPrintedWithIt() {
        Finding explained = SeedReport.assessment().findings().get(0);
        ReviewOpinion opinion = ReviewOpinion.of(
                SeedReport.report(),
                SeedReport.assessment(),
                Recheck.NONE,
                Map.of(explained, "面积按合同计算"),
                SeedReport.DATE);

        assertThat(text(opinion)).contains("单位说明：面积按合同计算");
    }

    @Test
    void oneEvaluationsOpinionIsAboutItsTable() {
        var report = SeedReport.report()
                .withProjects(List.of(SeedReport.report().projects().get(7)));
        var one = new jixiao.scoring.SelfEvaluationReport(
                report.fiscalYear(), report.moneyUnit(), report.unit(), null, report.projects());
        var assessment = new jixiao.scoring.SelfEvaluationChecker(jixiao.scoring.RuleSet.defaults()).assess(one);

        ReviewOpinion opinion = ReviewOpinion.of(one, assessment, Recheck.NONE, Map.of(), SeedReport.DATE);

        assertThat(opinion.title()).isEqualTo("关于三门峡市公共资源交易中心“专家评审费”项目2021年度绩效自评表的审核意见");
        assertThat(opinion.department()).isNull();
        assertThat(opinion.cover()).isNull();
        assertThat(opinion.draftMark()).isNull();
    }
}
