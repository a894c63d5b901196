package jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.shared.Decimals;

/**
 * Where a new 项目支出绩效自评表 starts: the official form's skeleton for the rule set in force, last year's table of
 * the same project, and rows picked from the 常用指标库.
 */
final class ProjectSkeleton {
    private ProjectSkeleton() {}

    /**
     * The 二级指标 of each 一级指标 of the official form (财预〔2020〕10号 附件: 产出 {数量, 质量, 时效, 成本}, 效益 {经济,
     * 社会, 生态, 可持续影响}, 满意度 {服务对象满意度}); where the rule set makes 成本 a 一级指标 of its own
     * (财预〔2021〕101号), it has {经济成本, 社会成本, 生态环境成本} and 产出 no 成本指标.
     */
    private static final Map<String, List<String>> LEVEL2 = Map.of(
            "产出", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            "成本", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"),
            "效益", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度", List.of("服务对象满意度指标"));

    /**
     * The empty form: one row per 二级指标 of each 一级指标 of the rule set (in its order), the 项目资金 block with the
     * rule set's 预算执行率 weight, 年度总体目标 to be written. The weights of the rows are the unit's to set.
     */
    static ProjectSelfEvaluation empty(String name, RuleSet rules) {
        boolean costOfItsOwn = rules.level1Weights().containsKey("成本");
        List<Indicator> rows = new ArrayList<>();
        for (String stem : rules.level1Weights().keySet()) {
            List<String> level2 = LEVEL2.getOrDefault(stem, List.of(""));
            for (String name2 : level2) {
                if (costOfItsOwn && stem.equals("产出") && name2.equals("成本指标")) {
                    continue;
                }
                rows.add(
                        new Indicator(stem + "指标", name2.isEmpty() ? null : name2, null, null, null, null, null, null));
            }
        }
        return new ProjectSelfEvaluation(
                name,
                null,
                null,
                null,
                new Funds(new FundsRow(null, null, null), null, null, null, weight(rules), null),
                new Goals(null, null),
                rows,
                null,
                false);
    }

    /**
     * Last year's table carried into a new year: the same project, its indicators with their targets and weights and
     * its 预期目标; the actual values, scores, deviation reasons, amounts and the analysis are this year's to write.
     */
    static ProjectSelfEvaluation carriedOver(String name, ProjectSelfEvaluation lastYear, RuleSet rules) {
        List<Indicator> rows = new ArrayList<>();
        for (Indicator row : lastYear.indicators()) {
            rows.add(new Indicator(
                    row.level1(), row.level2(), row.level3(), row.target(), null, row.weight(), null, null));
        }
        Funds funds = lastYear.funds();
        return new ProjectSelfEvaluation(
                name,
                lastYear.competentDepartment(),
                lastYear.implementingUnit(),
                lastYear.filledBy(),
                new Funds(
                        new FundsRow(null, null, null),
                        null,
                        null,
                        null,
                        funds != null && funds.weight() != null ? funds.weight() : weight(rules),
                        null),
                new Goals(lastYear.goals() == null ? null : lastYear.goals().expected(), null),
                rows,
                null,
                false);
    }

    /**
     * The table with rows picked from the 常用指标库, each placed after the last row of its 一级 and 二级指标 (a blank
     * skeleton row of that 二级 gives way to the first one picked), or after the last row of its 一级, or at the end.
     */
    static ProjectSelfEvaluation withPicked(ProjectSelfEvaluation project, List<Indicator> picked) {
        List<Indicator> rows = new ArrayList<>(project.indicators());
        for (Indicator pick : picked) {
            int blank = -1;
            int lastOfLevel2 = -1;
            int lastOfLevel1 = -1;
            for (int i = 0; i < rows.size(); i++) {
                Indicator row = rows.get(i);
                if (same(row.level1(), pick.level1())) {
                    lastOfLevel1 = i;
                    if (same(row.level2(), pick.level2())) {
                        lastOfLevel2 = i;
                        if (isBlank(row)) {
                            blank = i;
                        }
                    }
                }
            }
            if (blank >= 0) {
                rows.set(blank, pick);
            } else if (lastOfLevel2 >= 0) {
                rows.add(lastOfLevel2 + 1, pick);
            } else if (lastOfLevel1 >= 0) {
                rows.add(lastOfLevel1 + 1, pick);
            } else {
                rows.add(pick);
            }
        }
        return new ProjectSelfEvaluation(
                project.name(),
                project.competentDepartment(),
                project.implementingUnit(),
                project.filledBy(),
                project.funds(),
                project.goals(),
                rows,
                project.claimed(),
                false);
    }

    /** The rule set's 预算执行率 weight as the form writes it ("10", not "10.00"). */
    private static BigDecimal weight(RuleSet rules) {
        return new BigDecimal(Decimals.plain(rules.executionWeight().value()));
    }

    /** A skeleton row: a 一级 and 二级 name, nothing typed. */
    private static boolean isBlank(Indicator row) {
        return row.level3() == null && row.target() == null && row.actual() == null && row.weight() == null;
    }

    private static boolean same(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
