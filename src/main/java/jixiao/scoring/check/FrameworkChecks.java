package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.ACCURACY;
import static jixiao.scoring.CheckCategory.COMPLETENESS;
import static jixiao.scoring.CheckCategory.QUALITY;
import static jixiao.scoring.Severity.ERROR;
import static jixiao.scoring.Severity.INFO;
import static jixiao.scoring.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Check;
import jixiao.scoring.FindingCode;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitItemAssessment.Basis;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.shared.Points;

/**
 * The 部门（单位）整体自评 against its framework: the framework out of 100, claimed scores against the framework's
 * rules, items left unscored, scored items the framework does not have, and the key work plan's 完成情况.
 */
final class FrameworkChecks {
    private FrameworkChecks() {}

    private static List<UnitItemAssessment> items(WholeUnit unit) {
        return unit.assessment() == null ? List.of() : unit.assessment().items();
    }

    /** 整体自评框架各项分值合计不是 100 分. */
    static final class FrameworkNot100 implements UnitCheck {
        static final Check CHECK = Check.of(
                "FRAMEWORK_WEIGHTS_NOT_100",
                FindingCode.WEIGHTS_NOT_100,
                ACCURACY,
                WARNING,
                "整体自评框架各评分项的分值合计不是 100 分。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            if (unit.assessment() == null) {
                return;
            }
            UnitFramework framework = unit.assessment().framework();
            if (framework.totalWeight().compareTo(Points.HUNDRED) != 0) {
                out.add(
                        Locate.wholeUnit(),
                        "整体自评框架“" + framework.name() + "”各项分值合计 " + framework.totalWeight() + " 分，不是 100 分");
            }
        }
    }

    /** 整体自评的评分项自评得分超出该项分值. */
    static final class ItemExceedsWeight implements UnitCheck {
        static final Check CHECK = Check.of(
                "UNIT_ITEM_EXCEEDS_WEIGHT",
                FindingCode.SCORE_EXCEEDS_WEIGHT,
                ACCURACY,
                ERROR,
                "整体自评某评分项的自评得分高于该项分值，或低于 0。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            for (UnitItemAssessment item : items(unit)) {
                Points claimed = item.claimedScore();
                Points weight = item.item().weight();
                if (claimed != null && (claimed.isGreaterThan(weight) || claimed.isNegative())) {
                    out.add(
                            Locate.unitItem(item.item().name()),
                            item.item().name() + "自评 " + claimed + " 分，超出该项分值 0 ~ " + weight + " 分");
                }
            }
        }
    }

    /** 缺少计算所需的数据，按自评得分计，无法核算. */
    static final class ItemNotComputable implements UnitCheck {
        static final Check CHECK = Check.of(
                "UNIT_ITEM_NOT_COMPUTABLE",
                FindingCode.INCOMPLETE,
                COMPLETENESS,
                WARNING,
                "整体自评某评分项缺少计算所需的数据，也没有写明比率，无法核算，暂按自评得分计。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            for (UnitItemAssessment item : items(unit)) {
                if (item.basis() == Basis.CLAIMED) {
                    out.add(Locate.unitItem(item.item().name()), item.explanation());
                }
            }
        }
    }

    /** 整体自评的评分项自评得分与按评分规则计算的不同. */
    static final class ItemScoreMismatch implements UnitCheck {
        static final Check CHECK = Check.of(
                "UNIT_ITEM_SCORE_MISMATCH",
                FindingCode.SCORE_MISMATCH,
                ACCURACY,
                ERROR,
                "整体自评某评分项的自评得分与按框架的评分规则（由数据或自评文字所写比率）计算的得分不同。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            for (UnitItemAssessment item : items(unit)) {
                Points claimed = item.claimedScore();
                if ((item.basis() == Basis.FIGURES || item.basis() == Basis.STATED_RATE)
                        && claimed != null
                        && !claimed.isWithin(item.score(), unit.rules().scoreTolerance())) {
                    out.add(
                            Locate.unitItem(item.item().name()),
                            item.item().name() + "自评 " + claimed + " 分，按评分规则应得 " + item.score() + " 分（"
                                    + item.explanation() + "）");
                }
            }
        }
    }

    /** 整体自评没有评框架中的某一项. */
    static final class ItemNotScored implements UnitCheck {
        static final Check CHECK = Check.of(
                "UNIT_ITEM_NOT_SCORED",
                FindingCode.INCOMPLETE,
                COMPLETENESS,
                WARNING,
                "整体自评没有给框架中的某评分项评分，也没有可计算的数据，计 0 分。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            for (UnitItemAssessment item : items(unit)) {
                if (item.basis() == Basis.MISSING) {
                    out.add(
                            Locate.unitItem(item.item().name()),
                            "整体自评没有评“" + item.item().name() + "”（" + item.item().weight() + " 分）："
                                    + item.explanation());
                }
            }
        }
    }

    /** 缺少数据，按自评文字所写比率计分: which items, so that the unit fills in their figures. */
    static final class StatedRateUsed implements UnitCheck {
        static final Check CHECK = Check.of(
                "STATED_RATE_USED",
                FindingCode.INCOMPLETE,
                COMPLETENESS,
                INFO,
                "整体自评的评分项缺少计算所需的数据，按自评文字所写的比率计分；请补填数据以便核实。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            List<String> stated = new ArrayList<>();
            for (UnitItemAssessment item : items(unit)) {
                if (item.basis() == Basis.STATED_RATE) {
                    stated.add(item.item().name());
                }
            }
            if (!stated.isEmpty()) {
                out.add(Locate.wholeUnit(), String.join("、", stated) + "缺少计算所需的数据，按自评文字所写的比率计分；请补填这些数据以便核实");
            }
        }
    }

    /** 评分项不在整体自评框架中，未计入总分. */
    static final class ItemNotInFramework implements UnitCheck {
        static final Check CHECK = Check.of(
                "UNIT_ITEM_NOT_IN_FRAMEWORK",
                FindingCode.LEVEL1_WEIGHTS_NONSTANDARD,
                QUALITY,
                WARNING,
                "整体自评评了框架中没有的评分项，该项未计入总分。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitAssessment assessment = unit.assessment();
            UnitSelfEvaluation department = unit.department();
            if (assessment == null || department == null) { // one is scored from the other: both or neither
                return;
            }
            UnitFramework framework = assessment.framework();
            for (ClaimedItem claimed : department.claimedItems()) {
                if (claimed.name() != null && UnitFrameworks.item(framework, claimed.name()) == null) {
                    out.add(
                            Locate.unitItem(claimed.name()),
                            "评分项“" + claimed.name() + "”不在整体自评框架“" + framework.name() + "”中，未计入总分");
                }
            }
        }
    }

    /** 重点工作未完成（部分完成）须说明原因. */
    static final class KeyWorkReasonMissing implements UnitCheck {
        static final Check CHECK = Check.of(
                "KEY_WORK_REASON_MISSING",
                FindingCode.DEVIATION_REASON_MISSING,
                COMPLETENESS,
                WARNING,
                "重点工作计划中未完成或部分完成的条目没有说明原因。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (unit.assessment() == null || department == null) { // one is scored from the other: both or neither
                return;
            }
            for (KeyWorkItem item : department.keyWorkPlan()) {
                if (item.status() != null
                        && item.status() != KeyWorkStatus.COMPLETED
                        && Texts.isBlank(item.evidence())) {
                    out.add(
                            Locate.unitItem("重点工作计划" + number(item)),
                            "重点工作计划" + number(item) + "“" + item.title() + "”"
                                    + item.status().label() + "，没有说明原因");
                }
            }
        }
    }

    /** 重点工作计划部分条目未填完成情况. */
    static final class KeyWorkStatusPartlyGiven implements UnitCheck {
        static final Check CHECK = Check.of(
                "KEY_WORK_STATUS_PARTLY_GIVEN",
                FindingCode.INCOMPLETE,
                COMPLETENESS,
                WARNING,
                "重点工作计划有的条目填了完成情况、有的没有填，完成率无法按逐项完成情况计算。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(WholeUnit unit, Findings out) {
            UnitSelfEvaluation department = unit.department();
            if (unit.assessment() == null || department == null) { // one is scored from the other: both or neither
                return;
            }
            List<String> unknown = new ArrayList<>();
            boolean anyKnown = false;
            for (KeyWorkItem item : department.keyWorkPlan()) {
                if (item.status() == null) {
                    unknown.add(number(item));
                } else {
                    anyKnown = true;
                }
            }
            if (anyKnown && !unknown.isEmpty()) {
                out.add(Locate.wholeUnit(), "重点工作计划" + String.join("、", unknown) + "未填完成情况，重点工作计划完成率无法按逐项完成情况计算");
            }
        }
    }

    private static String number(KeyWorkItem item) {
        return item.no() == null ? "“" + item.title() + "”" : "第 " + item.no() + " 项";
    }
}
