package jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportBuilder;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {

    private static List<String> headings(ReportDocument document) {
        return document.blocks().stream()
                .filter(Block.Heading.class::isInstance)
                .map(block -> ((Block.Heading) block).text())
                .toList();
    }

    private static String text(ReportDocument document) {
        return document.blocks().stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(block -> ((Block.Paragraph) block).text())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theSeedReportHasTheSeedsStructure() {
        assertThat(headings(SeedReport.document()))
                .containsSubsequence(
                        "部门（单位）整体自评报告",
                        "一、基本情况",
                        "（一）部门概况",
                        "（二）部门财务情况",
                        "（三）重点工作计划",
                        "二、绩效自评工作开展情况",
                        "三、改进措施和有关建议",
                        "项目支出绩效自评报告",
                        "一、项目支出基本情况",
                        "二、绩效自评工作开展情况",
                        "三、绩效自评结果及分析",
                        "（一）自评结果",
                        "（二）自评分析",
                        "四、存在的问题和建议",
                        "附件1：项目支出绩效自评表");
        assertThat(SeedReport.document().sheets()).hasSize(10);
        assertThat(SeedReport.document().title()).isEqualTo("三门峡市公共资源交易中心2021年度预算绩效自评报告");
    }

    @Test
    void theExpertFeesSheetPrintsTheComputedScoreAndRate() {
        EvaluationSheet sheet = SeedReport.sheet("专家评审费");

        IndicatorLine experts = sheet.indicators().get(0);
        assertThat(experts.cells()).containsExactly("产出指标", "数量指标", "评审专家人数", "≥200人", "145人", "15", "10.88", "");
        assertThat(sheet.funds().get(0).cells()).containsExactly("年度资金总额", "21", "21", "7.3", "10", "34.76%", "3.48");
        assertThat(sheet.funds().get(1).cells()).containsExactly("其中：当年财政拨款", "21", "21", "7.3", "—", "34.76%", "—");
        assertThat(sheet.weightTotal()).hasToString("100");
        assertThat(sheet.total()).hasToString("89.24");
    }

    @Test
    void officialFiguresAreTheComputedScoresNotTheClaimedOnes() {
        // the seed claims 0 for two platforms that were built (1个 of 1个) and a total of 83.59
        EvaluationSheet sheet = SeedReport.sheet("交易平台建设及电子化建设");
        assertThat(sheet.indicators().get(1).score()).hasToString("5");
        assertThat(sheet.total()).hasToString("93.59");
        assertThat(ProjectChapter.summary(sheet)).endsWith("共计 93.59 分。");
    }

    @Test
    void theSummaryParagraphFollowsTheSeedsWording() {
        assertThat(ProjectChapter.summary(SeedReport.sheet("专家评审费")))
                .isEqualTo("专家评审费：分别从三个方面进行评分，产出指标：数量指标、质量指标、时效指标、成本指标四项指标合计分值 50 分，自评分值 45.88 分；"
                        + "效益指标：生态效益指标、可持续影响指标两项指标合计分值 30 分，自评分值 30 分；"
                        + "满意度指标：服务对象满意度指标分值 10 分，自评分值 9.88 分；预算执行率指标分值 10 分，自评分值 3.48 分；共计 89.24 分。");
    }

    @Test
    void theAnalysisGivesBudgetExecutionAndTheIndicatorsThatLostPoints() {
        String analysis = ProjectChapter.analysis(8, SeedReport.sheet("专家评审费"));

        assertThat(analysis)
                .startsWith("八、专家评审费 89.24 分。全年预算 21 万元，实际支付 7.3 万元，预算执行率 34.76%。")
                .contains("“评审专家人数”分值 15 分，得 10.88 分（正向指标：实际 145人 未达到 ≥200人，按完成比例计分 15 × 145 ÷ 200 = 10.88）")
                .doesNotContain("评标公证率");
        assertThat(ProjectChapter.analysis(3, SeedReport.sheet("机房专项电费"))).endsWith("各项绩效指标均得满分。");
    }

    @Test
    void aProjectWithoutATableKeepsItsPlaceAndSaysWhatIsMissing() {
        EvaluationSheet sheet = SeedReport.sheet("培训宣传等专项业务费");

        assertThat(sheet.indicators()).isEmpty();
        assertThat(sheet.indicatorsMissing()).contains("未附本项目的绩效指标表");
        assertThat(sheet.weightTotal()).isNull();
        assertThat(ProjectChapter.analysis(6, sheet)).contains("年初预算（未填报全年预算数） 43 万元", "预算执行率 99.77%");
        assertThat(ProjectChapter.summary(sheet)).contains("预算执行率指标分值 10 分，自评分值 9.98 分", "共计 99.92 分");
    }

    @Test
    void mergedCellsSpanTheirGroupsAndNothingMore() {
        assertThat(SeedReport.sheet("办公用房取暖").indicators())
                .extracting(IndicatorLine::level1Rows)
                .containsExactly(4, 0, 0, 0, 2, 0, 2, 0);
        assertThat(SeedReport.sheet("办公用房取暖").indicators())
                .extracting(IndicatorLine::level2Rows)
                .containsExactly(1, 1, 1, 1, 1, 1, 2, 0);
        for (EvaluationSheet sheet : SeedReport.document().sheets()) {
            assertThat(sheet.indicators().stream()
                            .mapToInt(IndicatorLine::level1Rows)
                            .sum())
                    .as(sheet.projectName())
                    .isEqualTo(sheet.indicators().size());
            assertThat(sheet.indicators().stream()
                            .mapToInt(IndicatorLine::level2Rows)
                            .sum())
                    .as(sheet.projectName())
                    .isEqualTo(sheet.indicators().size());
        }
    }

    @Test
    void theUnitPartIsWrittenFromItsFigures() {
        String text = text(SeedReport.document());

        assertThat(text)
                .contains("收入预算 1111.9 万元，支出预算 1111.9 万元（其中：基本支出 741.97 万元，项目支出 370 万元）")
                .contains("决算总支出 1304.06 万元（其中：基本支出 877.19 万元，项目支出 426.87 万元），为支出预算的 117.28%")
                .contains("事业编制（市本级）：48")
                .contains("共 9 个职能科室")
                .contains("62、实现政府采购远程异地评标系统")
                .contains("重点工作计划完成率（得分 14.25 分）：根据 2021 年度全年重点工作任务完成情况")
                .contains("部门整体自评得分 " + SeedReport.assessment().unit().total() + " 分，等级为“"
                        + SeedReport.assessment().unit().grade().label() + "”。")
                .contains("专家评审费（34.76%）")
                .contains("超出支出预算 1111.9 万元 共 192.16 万元");
    }

    @Test
    void theWholeUnitScoresAreTheFrameworksWithTheClaimBesideThemAndInferredWeightsMarked() {
        jixiao.scoring.UnitAssessment unit = SeedReport.assessment().unit();
        Block.Table table = SeedReport.document().blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .filter(t -> t.header().contains("评分项目"))
                .findFirst()
                .orElseThrow();
        assertThat(table.rows()).hasSize(unit.items().size() + 1);
        for (int i = 0; i < unit.items().size(); i++) {
            jixiao.scoring.UnitItemAssessment item = unit.items().get(i);
            assertThat(table.rows().get(i))
                    .containsSubsequence(
                            item.item().name(),
                            item.item().weight() + "*",
                            item.score().toString(),
                            item.claimedScore() == null
                                    ? "—"
                                    : item.claimedScore().toString(),
                            item.explanation());
        }
        assertThat(table.rows().get(unit.items().size()))
                .containsExactly(
                        "合计",
                        "",
                        unit.framework().totalWeight().toString(),
                        unit.total().toString(),
                        unit.claimedTotal().toString(),
                        "等级：" + unit.grade().label());
        assertThat(text(SeedReport.document())).contains("标 * 的分值为推定值");
    }

    @Test
    void theProjectOverviewAddsUpTheTables() {
        assertThat(text(SeedReport.document()))
                .contains("纳入绩效自评的项目共 10 个，预算合计 1684 万元，实际执行合计 826.84 万元，总体预算执行率 49.10%")
                .contains("对2021年度的 10 个项目开展了绩效自评")
                .contains("自评得分平均");
    }

    @Test
    void findingsAreCountedByCodeAndTheErrorsSpelledOut() {
        ReportDocument document = SeedReport.document();
        Block.Table byCode = document.blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .filter(table -> table.header().contains("代码"))
                .findFirst()
                .orElseThrow();
        int total = SeedReport.assessment().findings().size();

        assertThat(byCode.rows().stream()
                        .mapToInt(row -> Integer.parseInt(row.get(5)))
                        .sum())
                .isEqualTo(total);
        assertThat(byCode.rows()).anySatisfy(row -> assertThat(row).startsWith("文字说明与表格不符", "SUMMARY_MISMATCH"));
        assertThat(text(document))
                .contains("共有问题 " + total + " 处")
                .contains("交易平台建设及电子化建设“公共服务平台建设”：指标已完成，应得满分 5，填报 0 分")
                .contains("部门整体：三公经费控制率写 100%");
    }

    @Test
    void withoutWholeUnitDataTheReportStartsWithTheProjects() {
        SelfEvaluationReport report = ReportBuilder.report()
                .project(ReportBuilder.project("培训项目").withStandardIndicators().claimedTotal("100"))
                .build();
        ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);

        ReportDocument document = ReportDocument.of(report, assessment);

        assertThat(headings(document)).first().isEqualTo("项目支出绩效自评报告");
        assertThat(headings(document)).doesNotContain("部门（单位）整体自评报告");
        assertThat(text(document)).contains("未发现问题");
        assertThat(document.sheets()).singleElement().satisfies(sheet -> assertThat(sheet.total())
                .hasToString("100"));
    }

    @Test
    void theNoteUnderEachSheetQuotesTheRuleSet() {
        assertThat(ProjectChapter.sheetNote(RuleSet.defaults()))
                .contains("产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分")
                .contains("100%-80%（含）、80%-60%（含）、60%-0%")
                .contains("财预〔2020〕10号");
    }

    @Test
    void tableColumnsAreAsWideAsTheirText() {
        Block.Table table = new Block.Table(List.of("序号", "项目名称"), List.of(List.of("1", "交易平台建设及电子化建设")));
        assertThat(table.columnWeights()).containsExactly(6, 24);
    }

    @Test
    void chineseOrdinals() {
        List<String> ordinals = new ArrayList<>();
        for (int n : new int[] {1, 2, 9, 10, 11, 20, 23, 99, 100}) {
            ordinals.add(Figures.chinese(n));
        }
        assertThat(ordinals).containsExactly("一", "二", "九", "十", "十一", "二十", "二十三", "九十九", "100");
        assertThat(Figures.items(2)).isEqualTo("两项");
        assertThat(Figures.items(4)).isEqualTo("四项");
    }

    @Test
    void strayPdfSpacesBetweenChineseCharactersAreDropped() {
        assertThat(Figures.tidy(" 服务对象 满意度指标 ")).isEqualTo("服务对象满意度指标");
        assertThat(Figures.tidy("4个保安 3个保洁")).isEqualTo("4个保安 3个保洁");
        assertThat(Figures.tidy(null)).isEmpty();
    }
}
