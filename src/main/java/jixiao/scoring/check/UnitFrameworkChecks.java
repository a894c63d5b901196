package jixiao.scoring.check;

import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Finding;
import jixiao.scoring.FindingCode;
import jixiao.scoring.RuleSet;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.shared.Points;

/**
 * The 部门（单位）整体自评 against its framework: claimed scores against the framework's rules, items left unscored,
 * scored items the framework does not have, a framework that is not out of 100, and the key work plan's
 * 完成情况.
 */
final class UnitFrameworkChecks {
    private UnitFrameworkChecks() {}

    static void check(UnitSelfEvaluation unit, UnitAssessment assessment, RuleSet rules, List<Finding> out) {
        UnitFramework framework = assessment.framework();
        if (framework.totalWeight().compareTo(Points.HUNDRED) != 0) {
            out.add(Locate.unit()
                    .warning(
                            FindingCode.WEIGHTS_NOT_100,
                            "整体自评框架“" + framework.name() + "”各项分值合计 " + framework.totalWeight() + " 分，不是 100 分"));
        }
        List<String> stated = new ArrayList<>();
        for (UnitItemAssessment item : assessment.items()) {
            items(item, rules, out);
            if (item.basis() == UnitItemAssessment.Basis.STATED_RATE) {
                stated.add(item.item().name());
            }
        }
        if (!stated.isEmpty()) {
            out.add(Locate.unit()
                    .info(FindingCode.INCOMPLETE, String.join("、", stated) + "缺少计算所需的数据，按自评文字所写的比率计分；请补填这些数据以便核实"));
        }
        for (ClaimedItem claimed : unit.claimedItems()) {
            if (claimed.name() != null && UnitFrameworks.item(framework, claimed.name()) == null) {
                out.add(new Locate(null, claimed.name())
                        .warning(
                                FindingCode.LEVEL1_WEIGHTS_NONSTANDARD,
                                "评分项“" + claimed.name() + "”不在整体自评框架“" + framework.name() + "”中，未计入总分"));
            }
        }
        keyWorkPlan(unit, out);
    }

    private static void items(UnitItemAssessment item, RuleSet rules, List<Finding> out) {
        UnitFramework.Item frameworkItem = item.item();
        Locate at = new Locate(null, frameworkItem.name());
        Points claimed = item.claimedScore();
        Points w = frameworkItem.weight();
        if (claimed != null && (claimed.isGreaterThan(w) || claimed.isNegative())) {
            out.add(at.error(
                    FindingCode.SCORE_EXCEEDS_WEIGHT,
                    frameworkItem.name() + "自评 " + claimed + " 分，超出该项分值 0 ~ " + w + " 分"));
        }
        switch (item.basis()) {
            case FIGURES, STATED_RATE -> {
                if (claimed != null && !claimed.isWithin(item.score(), rules.scoreTolerance())) {
                    out.add(at.error(
                            FindingCode.SCORE_MISMATCH,
                            frameworkItem.name() + "自评 " + claimed + " 分，按评分规则应得 " + item.score() + " 分（"
                                    + item.explanation() + "）"));
                }
            }
            case CLAIMED -> out.add(at.warning(FindingCode.INCOMPLETE, item.explanation()));
            case MISSING ->
                out.add(at.warning(
                        FindingCode.INCOMPLETE,
                        "整体自评没有评“" + frameworkItem.name() + "”（" + w + " 分）：" + item.explanation()));
            case JUDGEMENT -> {
                // a judgement outside 0 ~ weight is reported above; inside, any score has its tier
            }
        }
    }

    /** Each item's 完成情况 given for all or none; an unfinished item says why. */
    private static void keyWorkPlan(UnitSelfEvaluation unit, List<Finding> out) {
        List<KeyWorkItem> plan = unit.keyWorkPlan();
        List<String> unknown = new ArrayList<>();
        boolean anyKnown = false;
        for (KeyWorkItem item : plan) {
            if (item.status() == null) {
                unknown.add(number(item));
                continue;
            }
            anyKnown = true;
            if (item.status() != KeyWorkStatus.COMPLETED
                    && (item.evidence() == null || item.evidence().isBlank())) {
                out.add(new Locate(null, "重点工作计划" + number(item))
                        .warning(
                                FindingCode.DEVIATION_REASON_MISSING,
                                "重点工作计划" + number(item) + "“" + item.title() + "”"
                                        + item.status().label() + "，没有说明原因"));
            }
        }
        if (anyKnown && !unknown.isEmpty()) {
            out.add(Locate.unit()
                    .warning(
                            FindingCode.INCOMPLETE,
                            "重点工作计划" + String.join("、", unknown) + "未填完成情况，重点工作计划完成率无法按逐项完成情况计算"));
        }
    }

    private static String number(KeyWorkItem item) {
        return item.no() == null ? "“" + item.title() + "”" : "第 " + item.no() + " 项";
    }
}
