package jixiao.scoring.check;

import java.math.BigDecimal;
import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.Attainment;
import jixiao.scoring.rule.IndicatorScore;
import jixiao.shared.Points;

/** The claimed score of one indicator against the rule's, and the 偏差原因 the rules ask for. */
final class IndicatorChecks {
    private IndicatorChecks() {}

    /**
     * @param claimed the row's claimed score (converted once, {@link TableClaims}), or null where none was printed
     */
    static void check(String project, IndicatorAssessment row, Points claimed, RuleSet rules, List<Finding> out) {
        IndicatorScore score = row.score();
        List<Finding> notes = score.notes();
        for (int i = 0; i < notes.size(); i++) { // by index: most rows have no note, and no iterator is made
            out.add(at(project, row).place(notes.get(i)));
        }
        Points weight = score.weight();
        Points computed = score.score();
        if (claimed == null) {
            out.add(at(project, row).warning(FindingCode.INCOMPLETE, "没有填写得分；按规则应得 " + computed + " 分"));
        } else if (claimed.isNegative() || claimed.isGreaterThan(weight)) {
            out.add(at(project, row)
                    .error(
                            FindingCode.SCORE_EXCEEDS_WEIGHT,
                            "填报得分 " + claimed + " 超出 0～" + weight + " 分的范围；"
                                    + score.explanation().text()));
        } else if (score.byRule() && !agrees(claimed, computed, rules.scoreTolerance())) {
            out.add(mismatch(at(project, row), score, claimed));
        }
        if (isBlank(row.indicator().deviationReason())) {
            if (computed.isLessThan(weight)) {
                out.add(at(project, row)
                        .warning(
                                FindingCode.DEVIATION_REASON_MISSING,
                                "得分 " + computed + " 低于分值 " + weight + "，没有填写偏差原因分析及改进措施"));
            } else if (score.attainment() == Attainment.MET
                    && score.achievement() != null
                    && score.achievement().isAtLeast(rules.overAchievementRatio())) {
                out.add(at(project, row)
                        .warning(
                                FindingCode.DEVIATION_REASON_MISSING,
                                "实际完成值是指标值的 " + score.achievement().ratio().toPlainString()
                                        + " 倍，指标值可能定得过低，应在偏差原因分析中说明（财预〔2020〕10号）"));
            }
        }
    }

    /** Where a finding about the row goes; made only for a finding, as most rows have none. */
    private static Locate at(String project, IndicatorAssessment row) {
        return new Locate(project, row.indicator().name());
    }

    /**
     * Whether a claimed score is within the tolerance of the rule's; equal scores (most of them) are told without
     * computing the difference.
     */
    static boolean agrees(Points claimed, Points computed, BigDecimal tolerance) {
        return claimed.compareTo(computed) == 0 || claimed.isWithin(computed, tolerance);
    }

    private static Finding mismatch(Locate at, IndicatorScore score, Points claimed) {
        String why = score.explanation().text();
        Points computed = score.score();
        if (score.tier() != null) {
            return at.error(
                    FindingCode.QUALITATIVE_SCORE_OUT_OF_TIER,
                    "填报得分 " + claimed + " 不在“" + score.tier().label() + "”档的分值区间内；" + why);
        }
        if (score.attainment() == Attainment.MET && claimed.isLessThan(score.weight())) {
            return at.error(
                    FindingCode.TARGET_MET_SCORE_REDUCED,
                    "指标已完成，应得满分 " + score.weight() + "，填报 " + claimed + " 分；" + why);
        }
        if (score.attainment() == Attainment.MISSED && claimed.equals(score.weight())) {
            return at.error(
                    FindingCode.TARGET_MISSED_FULL_SCORE, "指标未完成却填报满分 " + claimed + "，按规则应得 " + computed + " 分；" + why);
        }
        return at.error(FindingCode.SCORE_MISMATCH, "按规则应得 " + computed + " 分，填报 " + claimed + " 分；" + why);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
