package jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;

/** Where a new 自评表 starts: the official form of the rule set, last year's table, rows from the library. */
class ProjectSkeletonTest {

    @Test
    void theEmptyFormHasTheLevel2IndicatorsOfTheRuleSetsLevel1Indicators() {
        ProjectSelfEvaluation form = ProjectSkeleton.empty("档案数字化", RuleSet.defaults());
        assertThat(form.indicators())
                .extracting(i -> i.level1() + "/" + i.level2())
                .containsExactly(
                        "产出指标/数量指标",
                        "产出指标/质量指标",
                        "产出指标/时效指标",
                        "产出指标/成本指标",
                        "效益指标/经济效益指标",
                        "效益指标/社会效益指标",
                        "效益指标/生态效益指标",
                        "效益指标/可持续影响指标",
                        "满意度指标/服务对象满意度指标");
        assertThat(form.funds().weight()).isEqualByComparingTo("10");
        assertThat(form.funds().weight().toPlainString()).isEqualTo("10");
        assertThat(form.goals()).isEqualTo(new Goals(null, null));
    }

    @Test
    void underA101RuleSetCostIsALevel1IndicatorOfItsOwn() {
        RuleSet defaults = RuleSet.defaults();
        Map<String, Points> weights = new LinkedHashMap<>();
        weights.put("成本", Points.of(10));
        weights.put("产出", Points.of(30));
        weights.put("效益", Points.of(25));
        weights.put("满意度", Points.of(5));
        RuleSet henan = new RuleSet(
                "豫财效〔2024〕",
                "2024.1",
                weights,
                Points.of(30),
                defaults.gradeBands(),
                defaults.reverseFormula(),
                defaults.scoreTolerance(),
                defaults.executionExplanationThreshold(),
                defaults.achievedFloor(),
                defaults.partialFloor(),
                defaults.overAchievementRatio());
        ProjectSelfEvaluation form = ProjectSkeleton.empty("档案数字化", henan);
        assertThat(form.indicators())
                .extracting(i -> i.level1() + "/" + i.level2())
                .startsWith("成本指标/经济成本指标", "成本指标/社会成本指标", "成本指标/生态环境成本指标", "产出指标/数量指标")
                .doesNotContain("产出指标/成本指标");
        assertThat(form.funds().weight()).isEqualByComparingTo("30");
    }

    @Test
    void lastYearsTableKeepsTargetsAndWeightsAndClearsWhatHappenedThisYear() {
        ProjectSelfEvaluation lastYear = new ProjectSelfEvaluation(
                "专家评审费",
                "三门峡市公共资源交易中心",
                "市公共资源交易中心",
                "赵雪梅",
                new Funds(
                        new Funds.FundsRow(BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("9.8")),
                        null,
                        null,
                        null,
                        BigDecimal.TEN,
                        new Funds.ClaimedExecution("98%", new BigDecimal("9.8"))),
                new Goals("保障评审", "已保障"),
                List.of(new Indicator(
                        "产出指标",
                        "数量指标",
                        "评审人次",
                        "≥200人次",
                        "145人",
                        BigDecimal.valueOf(15),
                        new BigDecimal("10.88"),
                        "疫情影响")),
                new ClaimedProject(new BigDecimal("89.24"), null, new ClaimedProject.Analysis(null, "一、专家评审费…")),
                false);
        ProjectSelfEvaluation carried = ProjectSkeleton.carriedOver("专家评审费", lastYear, RuleSet.defaults());
        assertThat(carried.indicators())
                .containsExactly(
                        new Indicator("产出指标", "数量指标", "评审人次", "≥200人次", null, BigDecimal.valueOf(15), null, null));
        assertThat(carried.goals()).isEqualTo(new Goals("保障评审", null));
        assertThat(carried.funds().total()).isEqualTo(new Funds.FundsRow(null, null, null));
        assertThat(carried.funds().claimed()).isNull();
        assertThat(carried.claimed()).isNull();
        assertThat(carried.competentDepartment()).isEqualTo("三门峡市公共资源交易中心");
    }

    @Test
    void aPickedRowTakesTheBlankRowOfItsGroupThenFollowsTheGroupsLastRow() {
        ProjectSelfEvaluation form = ProjectSkeleton.empty("档案数字化", RuleSet.defaults());
        Indicator visits = new Indicator("产出指标", "数量指标", "服务人次", "≥1000人次", null, BigDecimal.TEN, null, null);
        Indicator projects = new Indicator("产出指标", "数量指标", "完成项目数", "≥1个", null, BigDecimal.TEN, null, null);
        Indicator staff = new Indicator("满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", null, BigDecimal.TEN, null, null);
        List<Indicator> rows = ProjectSkeleton.withPicked(form, List.of(visits, projects, staff))
                .indicators();
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0)).isEqualTo(visits);
        assertThat(rows.get(1)).isEqualTo(projects);
        assertThat(rows.get(2).level2()).isEqualTo("质量指标");
        assertThat(rows.get(9)).isEqualTo(staff);
    }
}
