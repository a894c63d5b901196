package jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.scoring.FindingCode;
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

    private static Block.Table table(ReportDocument document, String column) {
        return Blocks.table(document.blocks(), column);
    }

    @Test
    void theSeedReportHasTheSeedsStructureWithACoverContentsAndSignature() {
        ReportDocument document = SeedReport.document();
        assertThat(headings(document))
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
                        "五、其他需要说明的问题");
        assertThat(document.blocks().get(0)).isInstanceOf(Block.Contents.class);
        assertThat(document.cover())
                .isEqualTo(new OfficialDocument.Cover("预算绩效自评报告", "三门峡市公共资源交易中心", "（2021年度）", "2022年3月15日"));
        assertThat(document.blocks())
                .contains(new Block.Signature("三门峡市公共资源交易中心", "2022年3月15日"))
                .containsOnlyOnce(new Block.Paragraph(ReportDocument.ANNEX, Block.Style.ANNEX));
        assertThat(document.sheets()).hasSize(10);
        assertThat(document.title()).isEqualTo("三门峡市公共资源交易中心2021年度预算绩效自评报告");
    }

    @Test
    void aReportWithUnresolvedErrorsIsADraftAndOneWithoutIsNot() {
        assertThat(SeedReport.document().draftMark()).isEqualTo("草稿：尚有 27 处错误未更正或说明，不作为正式报告报送");
        ReportDocument resolved = ReportDocument.of(
                SeedReport.report(), SeedReport.assessment(), new Edition(LocalDate.of(2022, 3, 15), 0));
        assertThat(resolved.draftMark()).isNull();
    }

    @Test
    void theSheetsPrintTheUnitsScoresAndTheirSum() {
        EvaluationSheet experts = SeedReport.sheet("专家评审费");
        assertThat(experts.indicators().get(0).cells())
                .containsExactly("产出指标", "数量指标", "评审专家人数", "≥200人", "145人", "15", "10.88", "");
        assertThat(experts.funds().get(0).cells()).containsExactly("年度资金总额", "21", "21", "7.3", "10", "34.76%", "3.48");
        assertThat(experts.weightTotal()).hasToString("100");
        assertThat(experts.total()).hasToString("89.24");

        // the unit claims 0 for two platforms it built (the rules give 5 each): its report prints its own scores
        EvaluationSheet platform = SeedReport.sheet("交易平台建设及电子化建设");
        assertThat(platform.indicators().get(1).score()).hasToString("0");
        assertThat(platform.total()).hasToString("83.59");
        assertThat(ProjectChapter.summary(platform)).endsWith("共计 83.59 分。");
    }

    @Test
    void theSummaryParagraphFollowsTheSeedsWording() {
        assertThat(Figures.prose(ProjectChapter.summary(SeedReport.sheet("专家评审费"))))
                .isEqualTo("专家评审费：分别从三个方面进行评分，产出指标：数量指标、质量指标、时效指标、成本指标四项指标合计分值50分，自评分值45.88分；"
                        + "效益指标：生态效益指标、可持续影响指标两项指标合计分值30分，自评分值30分；"
                        + "满意度指标：服务对象满意度指标分值10分，自评分值9.88分；预算执行率指标分值10分，自评分值3.48分；共计89.24分。");
    }

    @Test
    void theAnalysisIsTheUnitsOwnWordsUnderAHeadWrittenFromTheTable() {
        String text = text(SeedReport.document());
        // the unit wrote "预算执行率 9.89%" where its table says 97.89%: the head is the table's, the rest the unit's
        assertThat(text)
                .contains("一、办公用房取暖97.99分。全年预算9万元，实际支付8.81万元，预算执行率97.89%。供暖面积应为2812平方米，依根办公室查验实际供暖面积未完全达到2812平方米")
                .doesNotContain("9.89%")
                .contains("(一)党性教育培训工作。5月份单位组织赴井冈山干部教育学院进行党性教育培训")
                .contains("等保")
                .contains("不见面开标")
                .contains("远程异地评标");
    }

    @Test
    void whereTheUnitWroteNoAnalysisTheTablesSayWhatWasMissed() {
        String analysis = ProjectChapter.analysis(8, SeedReport.sheet("专家评审费"), null);

        assertThat(analysis)
                .startsWith("八、专家评审费89.24分。全年预算 21 万元，实际支付 7.3 万元，预算执行率 34.76%。")
                .contains("“评审专家人数”年度指标值 ≥200人，实际完成 145人，得 10.88 分（分值 15 分）")
                .doesNotContain("按完成比例计分")
                .doesNotContain("评标公证率");
        assertThat(ProjectChapter.analysis(3, SeedReport.sheet("机房专项电费"), "  ")).endsWith("各项绩效指标均完成年度指标值。");
    }

    @Test
    void theUnitsHeadOfFiguresIsLeftOutOfItsAnalysis() {
        assertThat(UnitWords.analysisBody("一、办公用房取暖 97.99 分。办公用房取暖年初预算 9 万元，实际支付 8.81 万元，预算执行率 9.89%；供暖面积应为 2812 平方米。"))
                .isEqualTo("供暖面积应为 2812 平方米。");
        assertThat(UnitWords.analysisBody(
                        "十、交易平台建设及电子化建设 83.59 分万元。年初预算 1314 万元，实际支付 479.7 万元，预算执行率为 36.5%。目前已经在运行的两个平台。"))
                .isEqualTo("目前已经在运行的两个平台。");
        assertThat(UnitWords.analysisBody("七、政府采购平台维护费 96.47 分。年初预算 20 万元，实际支付 16.8 万元，预算执行率为 84%。年初预通过与第三方合作。"))
                .isEqualTo("年初预通过与第三方合作。");
        assertThat(UnitWords.analysisBody("中心全年无事故。")).isEqualTo("中心全年无事故。");
        assertThat(UnitWords.analysisBody(null)).isEmpty();
    }

    @Test
    void theReportPrintsTheUnitsOwnTexts() {
        String text = text(SeedReport.document());

        assertThat(text)
                .as("the notice")
                .contains("根据三门峡市财政局关于开展2021年度市级预算绩效自评工作的通知（三财效【2022】3号）的要求")
                .as("部门财务情况 with its explanation of the overrun")
                .contains("决算比预算多支出192.16万元，主要原因是2020年度部分项目支出反应在2021年度")
                .as("项目支出基本情况")
                .contains("追加项目预算1314万元，实际支出479.7万元")
                .as("who organised the work")
                .contains("由主要领导安排部署，财务科牵头负责具体实施")
                .as("存在的问题")
                .contains("严格按项目和进度执行预算，合理安排资金支出")
                .as("改进措施, both points")
                .contains("（一）强化预算执行，提高预算完成率")
                .contains("（二）加强业务管理，高效推进平台服务提升")
                .as("其他需要说明的问题")
                .contains("主要原因是疫情导致政府采购项目减少");
    }

    @Test
    void noFindingCodeCheckMessageOrReviewersSentenceIsInTheUnitsReport() {
        String text = text(SeedReport.document()) + headings(SeedReport.document());
        for (FindingCode code : FindingCode.values()) {
            assertThat(text).doesNotContain(code.name());
        }
        assertThat(text).doesNotContain("原填报", "问题类别", "按规则复核");
    }

    @Test
    void eachWholeUnitItemIsTheUnitsTextWithTheUnitsScoreAndNoOtherScoreBesideIt() {
        String text = text(SeedReport.document());
        assertThat(text)
                .contains("政府采购执行率：2021年度部门预算支出项目资金为370万元，其中政府采购项目支出2.66万元，其余资金不涉及采购，采购执行率为0.7%。根据评分细则该项得2分。")
                .contains("三公经费控制率：2021年度三公经费预算批复数为13.5万元，实际支出为9.3万元，控制率为100%。")
                .doesNotContain("（得分")
                .doesNotContain("68.89%");
        Block.Table items = table(SeedReport.document(), "评分项目");
        assertThat(items.header()).containsExactly("评价方面", "评分项目", "分值", "自评得分");
        assertThat(items.rows()).anySatisfy(row -> assertThat(row).containsExactly("预算和财务管理", "政府采购执行率", "2", "2"));
        assertThat(items.rows()).noneSatisfy(row -> assertThat(row.get(2)).endsWith("*"));
    }

    @Test
    void whileItemsAreUnscoredTheWholeUnitTotalIsIncompleteNotGraded() {
        Block.Table items = table(SeedReport.document(), "评分项目");
        assertThat(items.rows()).anySatisfy(row -> assertThat(row).containsExactly("履职效益", "履职效益", "25", "未评分"));
        assertThat(items.rows().get(items.rows().size() - 1)).containsExactly("合计", "", "100", "未完成评分");
        assertThat(text(SeedReport.document()))
                .contains("履职效益（25分）、满意度（10分）尚未评分，部门整体自评未完成评分")
                .contains("自评得分合计59.25分")
                .contains("评分项目及分值依据“部门整体支出绩效自评共性指标（三门峡市 2021 推定）”（版本 2021.1）")
                .doesNotContain("等级为“差”");
    }

    @Test
    void withoutWholeUnitDataTheReportStartsWithTheProjects() {
        SelfEvaluationReport report = ReportBuilder.report()
                .project(ReportBuilder.project("培训项目").withStandardIndicators().claimedTotal("100"))
                .build();
        ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);

        ReportDocument document = ReportDocument.of(report, assessment, Edition.of(assessment, SeedReport.DATE));

        assertThat(headings(document)).first().isEqualTo("项目支出绩效自评报告");
        assertThat(headings(document)).doesNotContain("部门（单位）整体自评报告");
        assertThat(text(document)).contains("无。");
        assertThat(document.draftMark()).isNull();
        assertThat(document.sheets()).singleElement().satisfies(sheet -> assertThat(sheet.total())
                .hasToString("100"));
    }

    /** Without a 部门（单位）整体自评 (whose part cites the notice and holds 改进措施) no text of the unit's is lost. */
    @Test
    void withoutWholeUnitDataTheNoticeAndTheImprovementsArePrintedInTheProjectsPart() {
        SelfEvaluationReport projects = ReportBuilder.report()
                .project(ReportBuilder.project("培训项目").withStandardIndicators().claimedTotal("100"))
                .build();
        SelfEvaluationReport report = DocumentPicturesTest.withNarrative(
                projects,
                new jixiao.scoring.ReportNarrative(
                        "三门峡市财政局关于开展2021年度市级预算绩效自评工作的通知（三财效〔2022〕3号）",
                        "馆领导班子专题研究部署，办公室牵头。",
                        "培训场地不足。",
                        "下一步将统筹安排培训场地。",
                        null));
        ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);

        String text = text(ReportDocument.of(report, assessment, Edition.of(assessment, SeedReport.DATE)));

        assertThat(text)
                .contains("三财效〔2022〕3号")
                .contains("馆领导班子专题研究部署，办公室牵头。")
                .contains("培训场地不足。")
                .contains("下一步将统筹安排培训场地。");
        assertThat(text.indexOf("三财效")).isLessThan(text.indexOf("馆领导班子"));
    }

    @Test
    void theNoteUnderEachSheetQuotesTheRuleSet() {
        assertThat(ProjectChapter.sheetNote(RuleSet.defaults()))
                .contains("产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分")
                .contains("100%-80%（含）、80%-60%（含）、60%-0%");
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
        }
    }

    @Test
    void tableColumnsAreAsWideAsTheirTextAndProseIsFlushLeft() {
        Block.Table table =
                new Block.Table(List.of("序号", "项目名称"), List.of(List.of("1", "交易平台建设及电子化建设，含公共服务平台和交易监督平台")));
        assertThat(table.columnWeights()).containsExactly(6, 30);
        assertThat(table.alignedLeft(0)).isFalse();
        assertThat(table.alignedLeft(1)).isTrue();
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
    void strayPdfSpacesAreDroppedAndProseHasNoSpaceBesideAFigure() {
        assertThat(Figures.tidy(" 服务对象 满意度指标 ")).isEqualTo("服务对象满意度指标");
        assertThat(Figures.tidy("4个保安 3个保洁")).isEqualTo("4个保安 3个保洁");
        assertThat(Figures.tidy(null)).isEmpty();
        assertThat(Figures.prose("根据评分细则该指标得 3 分，GB/T 22239 标准")).isEqualTo("根据评分细则该指标得3分，GB/T 22239标准");
    }
}
