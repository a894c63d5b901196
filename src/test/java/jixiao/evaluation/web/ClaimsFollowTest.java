package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.shared.MoneyUnit;
import org.junit.jupiter.api.Test;

/**
 * In a new evaluation the claimed scores follow the computed ones until the clerk types another; 采用计算得分 makes the
 * computed score the claim of one row or of the whole table, and names what it did for the history.
 */
class ClaimsFollowTest {

    private static final RuleSet RULES = RuleSet.defaults();

    private static ProjectSelfEvaluation project(String actual, String claimed) {
        return new ProjectSelfEvaluation(
                "档案数字化",
                null,
                null,
                null,
                new Funds(
                        new Funds.FundsRow(BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("9")),
                        null,
                        null,
                        null,
                        BigDecimal.TEN,
                        null),
                new Goals("数字化全部档案", null),
                List.of(
                        new Indicator(
                                "产出指标",
                                "数量指标",
                                "扫描页数",
                                "≥1000页",
                                actual,
                                new BigDecimal("90"),
                                claimed == null ? null : new BigDecimal(claimed),
                                null),
                        new Indicator("产出指标", "数量指标", "新增指标", null, null, null, null, null)),
                null,
                false);
    }

    private static ProjectAssessment assess(ProjectSelfEvaluation project) {
        return new SelfEvaluationChecker(RULES).assess(project, 2022, MoneyUnit.TEN_THOUSAND_YUAN);
    }

    private static EvaluationForm following(String actual, String claimed) {
        ProjectSelfEvaluation project = project(actual, claimed);
        EvaluationForm form = EvaluationForm.of(project, 1);
        form.followComputed(assess(project));
        return form;
    }

    private static ProjectAssessment typed(EvaluationForm form) {
        return assess(form.toProject(project(null, null), EvaluationForm.newErrors()));
    }

    @Test
    void aBlankClaimFollowsTheComputedScoreAsTheActualValueChanges() {
        EvaluationForm form = following(null, null);
        form.getIndicators().get(0).setActual("800页");
        assertThat(form.applyFollowing(typed(form))).isTrue();
        assertThat(form.getIndicators().get(0).getClaimedScore()).isEqualTo("72");
        assertThat(form.getClaimedExecutionScore()).isEqualTo("9");

        form.getIndicators().get(0).setActual("900页");
        assertThat(form.applyFollowing(typed(form))).isTrue();
        assertThat(form.getIndicators().get(0).getClaimedScore()).isEqualTo("81");
    }

    @Test
    void aRowTheRulesCannotScoreStaysBlankAndSoDoesTheTotal() {
        EvaluationForm form = following("800页", null);
        form.applyFollowing(typed(form));
        assertThat(form.getIndicators().get(1).getClaimedScore()).isEmpty();
        assertThat(form.getClaimedTotal())
                .as("the second row has no score of the rules")
                .isEmpty();
    }

    @Test
    void aClaimTypedOverStopsFollowing() {
        EvaluationForm form = following("800页", null);
        form.applyFollowing(typed(form));
        form.getIndicators().get(0).setClaimedScore("75");
        form.getIndicators().get(0).setActual("900页");
        form.applyFollowing(typed(form));
        assertThat(form.getIndicators().get(0).getClaimedScore()).isEqualTo("75");
        assertThat(form.getIndicators().get(0).getClaimFollows()).isEmpty();
    }

    @Test
    void aFollowingTotalIsTheSumOfTheClaimsOnceTheClerkTypesARowsClaimOfHisOwn() {
        EvaluationForm form = following("800页", null);
        form.getIndicators().remove(1);
        form.applyFollowing(typed(form));
        assertThat(form.getClaimedTotal()).isEqualTo("81");

        form.getIndicators().get(0).setClaimedScore("70");
        form.applyFollowing(typed(form));
        assertThat(form.getClaimedTotal())
                .as("the 总分 of the claims: 70 typed and 9 for the 执行率, not the computed 81")
                .isEqualTo("79");
        assertThat(typed(form).findings())
                .as("the table the system filled in does not contradict itself")
                .extracting(Finding::code)
                .doesNotContain(FindingCode.TOTAL_MISMATCH);
    }

    @Test
    void aClaimOtherThanTheComputedScoreDoesNotFollowFromTheStart() {
        EvaluationForm form = following("800页", "70");
        assertThat(form.getIndicators().get(0).getClaimFollows()).isEmpty();
        form.applyFollowing(typed(form));
        assertThat(form.getIndicators().get(0).getClaimedScore()).isEqualTo("70");
    }

    @Test
    void adoptingTheComputedScoreOfARowNamesTheRowAndOfTheTableTheWholeTable() {
        EvaluationForm form = EvaluationForm.of(project("800页", "70"), 1);
        form.adopt(0, typed(form));
        assertThat(form.getIndicators().get(0).getClaimedScore()).isEqualTo("72");
        assertThat(form.getAdopted()).containsExactly("扫描页数");

        form.adopt(-1, typed(form));
        assertThat(form.getAdopted()).containsExactly(EvaluationForm.WHOLE_TABLE);
        assertThat(form.getClaimedExecutionScore()).isEqualTo("9");
        assertThat(form.getClaimedTotal()).isEqualTo(typed(form).total().toString());
    }
}
