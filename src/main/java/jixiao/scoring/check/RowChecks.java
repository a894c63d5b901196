package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.ACCURACY;
import static jixiao.scoring.CheckCategory.COMPLETENESS;
import static jixiao.scoring.CheckCategory.QUALITY;
import static jixiao.scoring.Severity.ERROR;
import static jixiao.scoring.Severity.INFO;
import static jixiao.scoring.Severity.WARNING;

import java.math.BigDecimal;
import jixiao.scoring.Check;
import jixiao.scoring.CheckParameter;
import jixiao.scoring.FindingCode;
import jixiao.scoring.RuleSet;
import jixiao.scoring.rule.Achievement;
import jixiao.scoring.rule.Attainment;
import jixiao.scoring.rule.IndicatorScore;
import jixiao.scoring.rule.RuleNotes;
import jixiao.shared.Points;

/** One 绩效指标 row: its claimed score against the rule's, and the 偏差原因 the rules ask for. */
final class RowChecks {
    private RowChecks() {}

    /**
     * Whether a claimed score is within the tolerance of the rule's; equal scores (most of them) are told without
     * computing the difference.
     */
    static boolean agrees(Points claimed, Points computed, BigDecimal tolerance) {
        return claimed.compareTo(computed) == 0 || claimed.isWithin(computed, tolerance);
    }

    /** A claimed score typed in Chinese numerals ("九点五"), read as the number it says: the reader is told which. */
    static final class ScoreInWords implements RowCheck {
        static final Check CHECK = Check.of(
                "SCORE_IN_WORDS", FindingCode.VALUE_INTERPRETED, QUALITY, INFO, "填报得分用中文数字书写（如“九点五”），按其数值读取（9.5 分）。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            String text = row.indicator().claimedScoreText();
            if (text != null && row.claimed() != null) {
                out.add(row.at(), "填报得分“" + text + "”按 " + row.claimed() + " 分读取");
            }
        }
    }

    /** 没有填写得分. */
    static final class ScoreNotClaimed implements RowCheck {
        static final Check CHECK =
                Check.of("SCORE_NOT_CLAIMED", FindingCode.INCOMPLETE, COMPLETENESS, WARNING, "指标没有填写得分。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            if (row.claimed() == null && !row.score().isExcluded()) {
                out.add(row.at(), "没有填写得分；按规则应得 " + row.score().score() + " 分");
            }
        }
    }

    /** 得分超出 0～分值. */
    static final class ScoreExceedsWeight implements RowCheck {
        static final Check CHECK = Check.of(
                "SCORE_EXCEEDS_WEIGHT", FindingCode.SCORE_EXCEEDS_WEIGHT, ACCURACY, ERROR, "填报得分高于该指标的分值，或低于 0。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            if (outOfRange(row)) {
                out.add(
                        row.at(),
                        "填报得分 " + row.claimed() + " 超出 0～" + row.score().weight() + " 分的范围；"
                                + row.score().explanation().text());
            }
        }
    }

    private static boolean outOfRange(Row row) {
        Points claimed = row.claimed();
        return claimed != null
                && (claimed.isNegative() || claimed.isGreaterThan(row.score().weight()));
    }

    /**
     * Whether the claimed score, inside 0～分值, disagrees with the score a rule computed (beyond the rule set's
     * tolerance). Which of the four checks below reports it depends on why.
     */
    static boolean disagrees(Row row) {
        IndicatorScore score = row.score();
        return row.claimed() != null
                && !outOfRange(row)
                && score.byRule()
                && !score.isExcluded()
                && !agrees(row.claimed(), score.score(), row.table().rules().scoreTolerance());
    }

    /** 定性指标的得分不在所属档次的分值区间内 (财预〔2020〕10号: 达成 80%-100%, 部分达成 60%-80%, 未达成 0-60%). */
    static final class QualitativeScoreOutOfTier implements RowCheck {
        static final Check CHECK = Check.of(
                "QUALITATIVE_SCORE_OUT_OF_TIER",
                FindingCode.QUALITATIVE_SCORE_OUT_OF_TIER,
                ACCURACY,
                ERROR,
                "定性指标的填报得分不在实际完成情况所属档次（达成、部分达成、未达成）的分值区间内。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            if (row.disagrees() && score.tier() != null) {
                out.add(
                        row.at(),
                        "填报得分 " + row.claimed() + " 不在“" + score.tier().label() + "”档的分值区间内；"
                                + score.explanation().text());
            }
        }
    }

    /** 指标已完成却扣分. */
    static final class TargetMetScoreReduced implements RowCheck {
        static final Check CHECK = Check.of(
                "TARGET_MET_SCORE_REDUCED",
                FindingCode.TARGET_MET_SCORE_REDUCED,
                ACCURACY,
                ERROR,
                "实际完成值已达到指标值，应得满分，填报得分却低于分值。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            Points claimed = row.disagreeingClaim();
            if (claimed != null
                    && score.tier() == null
                    && score.attainment() == Attainment.MET
                    && claimed.isLessThan(score.weight())) {
                out.add(
                        row.at(),
                        "指标已完成，应得满分 " + score.weight() + "，填报 " + claimed + " 分；"
                                + score.explanation().text());
            }
        }
    }

    /** 指标未完成（或逾期）却得满分. */
    static final class TargetMissedFullScore implements RowCheck {
        static final Check CHECK = Check.of(
                "TARGET_MISSED_FULL_SCORE",
                FindingCode.TARGET_MISSED_FULL_SCORE,
                ACCURACY,
                ERROR,
                "实际完成值未达到指标值（或时效指标逾期），填报得分却是满分。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            Points claimed = row.disagreeingClaim();
            if (claimed != null && isMissedAtFullMarks(score, claimed)) {
                out.add(
                        row.at(),
                        "指标未完成却填报满分 " + claimed + "，按规则应得 " + score.score() + " 分；"
                                + score.explanation().text());
            }
        }
    }

    private static boolean isMissedAtFullMarks(IndicatorScore score, Points claimed) {
        return score.tier() == null && score.attainment() == Attainment.MISSED && claimed.equals(score.weight());
    }

    /** 得分与规则计算的得分不符 (any other disagreement). */
    static final class ScoreMismatch implements RowCheck {
        static final Check CHECK =
                Check.of("SCORE_MISMATCH", FindingCode.SCORE_MISMATCH, ACCURACY, ERROR, "填报得分与按评分规则计算的得分不同，超出规则集的容差。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            Points claimed = row.disagreeingClaim();
            if (claimed != null
                    && score.tier() == null
                    && !(score.attainment() == Attainment.MET && claimed.isLessThan(score.weight()))
                    && !isMissedAtFullMarks(score, claimed)) {
                out.add(
                        row.at(),
                        "按规则应得 " + score.score() + " 分，填报 " + claimed + " 分；"
                                + score.explanation().text());
            }
        }
    }

    /** 扣分的指标须填写偏差原因分析及改进措施 (财预〔2020〕10号 自评表). */
    static final class ReasonForLostPoints implements RowCheck {
        static final Check CHECK = Check.of(
                "REASON_FOR_LOST_POINTS",
                FindingCode.DEVIATION_REASON_MISSING,
                COMPLETENESS,
                WARNING,
                "指标得分低于分值，却没有填写偏差原因分析及改进措施。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            IndicatorScore score = row.score();
            // a deviation's lost points are the rule's answer to the missing reason (INDICATOR_DEVIATION says so)
            if (!row.hasReason()
                    && score.score().isLessThan(score.weight())
                    && !score.isNoted(RuleNotes.INDICATOR_DEVIATION)) {
                out.add(row.at(), "得分 " + score.score() + " 低于分值 " + score.weight() + "，没有填写偏差原因分析及改进措施");
            }
        }
    }

    /** 实际完成值远超指标值，应说明指标值是否定得过低 (财预〔2020〕10号). */
    static final class ReasonForFarOverTarget implements RowCheck {
        static final Check CHECK = Check.of(
                        "REASON_FOR_FAR_OVER_TARGET",
                        FindingCode.DEVIATION_REASON_MISSING,
                        COMPLETENESS,
                        WARNING,
                        "实际完成值达到指标值的规定倍数以上（指标值可能定得过低），却没有在偏差原因分析中说明。")
                .with(CheckParameter.ofRuleSet(
                        "overAchievementRatio",
                        "实际完成值达到指标值的此倍数须说明原因",
                        RuleSet.defaults().overAchievementRatio()));

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(Row row, Findings out) {
            Achievement achievement = row.score().achievement();
            if (achievement != null && applies(row)) {
                out.add(
                        row.at(),
                        "实际完成值是指标值的 " + achievement.ratio().toPlainString() + " 倍，指标值可能定得过低，应在偏差原因分析中说明（财预〔2020〕10号）");
            }
        }

        /** Whether the row is met far over its target without a reason (and without a lost point to explain). */
        static boolean applies(Row row) {
            IndicatorScore score = row.score();
            return !row.hasReason()
                    && !score.score().isLessThan(score.weight())
                    && score.attainment() == Attainment.MET
                    && score.achievement() != null
                    && score.achievement().isAtLeast(row.table().rules().overAchievementRatio());
        }
    }
}
