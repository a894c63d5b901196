package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jixiao.evaluation.FindingExplanation;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.Severity;
import jixiao.shared.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation row's key: a partial re-score leaves out the rows whose key the browser posted, so any change of
 * what the row shows must change the key, and nothing else may.
 */
class SheetRowTest {

    private static final RuleSet RULES = RuleSet.defaults();

    /** A 定性 row (a tier select) with a finding, in the state an edit may change. */
    record Shown(
            int index, String actual, String claimed, String tier, Severity severity, Locale locale, String explained) {
        Shown(int index, String actual, String claimed, String tier, Severity severity, Locale locale) {
            this(index, actual, claimed, tier, severity, locale, null);
        }

        static Shown base() {
            return new Shown(2, "合格", "10", "", Severity.WARNING, Locale.SIMPLIFIED_CHINESE);
        }

        SheetRow row() {
            EvaluationForm.IndicatorRow typed = new EvaluationForm.IndicatorRow();
            typed.setLevel1("效益指标");
            typed.setLevel2("社会效益指标");
            typed.setLevel3("档案管理规范");
            typed.setTarget("合格");
            typed.setActual(actual);
            typed.setWeight("10");
            typed.setClaimedScore(claimed);
            typed.setTier(tier);
            typed.setTierScore("10");
            Indicator indicator = new Indicator(
                    "效益指标", "社会效益指标", "档案管理规范", "合格", actual, BigDecimal.TEN, new BigDecimal(claimed), null);
            ProjectSelfEvaluation project =
                    new ProjectSelfEvaluation("档案整理", null, null, null, null, null, List.of(indicator), null, false);
            IndicatorAssessment scored = new SelfEvaluationChecker(RULES)
                    .assess(project, 2021, MoneyUnit.TEN_THOUSAND_YUAN)
                    .indicators()
                    .get(0);
            TierChoice tierChoice = TierChoice.of(scored, RULES, claimed, tier, "10", actual);
            Finding finding = new Finding(FindingCode.VAGUE_TARGET, severity, "档案整理", "档案管理规范", "说明");
            List<FindingExplanation> explanations = explained == null
                    ? List.of()
                    : List.of(new FindingExplanation(
                            FindingExplanation.keyOf(finding),
                            explained,
                            "tianbao",
                            LocalDateTime.of(2022, 3, 1, 9, 0)));
            List<FindingLines.FindingLine> findings =
                    FindingLines.explainedBy(explanations).of(List.of(finding));
            List<IndicatorGroups.Position> groups = IndicatorGroups.of(List.of(typed));
            return SheetRow.of(index, typed, groups.get(0), scored, tierChoice, findings, locale);
        }
    }

    @Test
    void theSameRowHasTheSameKey() {
        assertThat(Shown.base().row().explanationKey())
                .startsWith("2:")
                .isEqualTo(Shown.base().row().explanationKey());
        assertThat(Shown.base().row().tier()).as("a 定性 row").isNotNull();
    }

    static Stream<Arguments> changes() {
        Shown base = Shown.base();
        return Stream.of(
                Arguments.of("another row", new Shown(3, "合格", "10", "", Severity.WARNING, base.locale())),
                Arguments.of("another actual value", new Shown(2, "基本合格", "10", "", Severity.WARNING, base.locale())),
                Arguments.of("another claimed score", new Shown(2, "合格", "7", "", Severity.WARNING, base.locale())),
                Arguments.of(
                        "another tier chosen", new Shown(2, "合格", "10", "PARTIAL", Severity.WARNING, base.locale())),
                Arguments.of("another finding", new Shown(2, "合格", "10", "", Severity.ERROR, base.locale())),
                Arguments.of("another language", new Shown(2, "合格", "10", "", Severity.WARNING, Locale.ENGLISH)),
                Arguments.of(
                        "the finding explained",
                        new Shown(2, "合格", "10", "", Severity.WARNING, base.locale(), "已按规定核实")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anyChangeOfWhatTheExplanationRowShowsChangesItsKey(String change, Shown changed) {
        assertThat(changed.row().explanationKey())
                .isNotEqualTo(Shown.base().row().explanationKey());
    }
}
