package jixiao.scoring.check;

import static jixiao.scoring.CheckCategory.ACCURACY;
import static jixiao.scoring.CheckCategory.COMPLETENESS;
import static jixiao.scoring.CheckCategory.QUALITY;
import static jixiao.scoring.Severity.ERROR;
import static jixiao.scoring.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jixiao.scoring.Check;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Indicator;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.value.ChineseText;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/** The 自评表 as a whole: its parts present, its weights and sums, and the 项目资金 block adding up. */
final class TableChecks {
    private TableChecks() {}

    /** 报告中没有该项目的自评表. */
    static final class TableMissing implements ProjectCheck {
        static final Check CHECK =
                Check.of("TABLE_MISSING", FindingCode.INCOMPLETE, COMPLETENESS, ERROR, "报告提到的项目没有附绩效自评表，其指标和得分无法核验。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            if (table.project().tableMissing()) {
                out.add(table.at(), "报告中没有这个项目的绩效自评表，指标及得分无法核验");
            }
        }
    }

    /** 表头和年度总体目标: 主管部门, 实施单位, 填表人, 预期目标, 实际完成情况. */
    static final class HeaderBlank implements ProjectCheck {
        static final Check CHECK = Check.of(
                "TABLE_HEADER_BLANK",
                FindingCode.INCOMPLETE,
                COMPLETENESS,
                WARNING,
                "自评表的主管部门、实施单位、填表人或年度总体目标（预期目标、实际完成情况）没有填写。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            ProjectSelfEvaluation project = table.project();
            if (project.tableMissing()) {
                return;
            }
            List<String> missing = new ArrayList<>();
            if (Texts.isBlank(project.competentDepartment())) {
                missing.add("主管部门及代码");
            }
            if (Texts.isBlank(project.implementingUnit())) {
                missing.add("实施单位");
            }
            if (Texts.isBlank(project.filledBy())) {
                missing.add("填表人及联系方式");
            }
            if (project.goals() == null || Texts.isBlank(project.goals().expected())) {
                missing.add("年度总体目标（预期目标）");
            }
            if (project.goals() == null || Texts.isBlank(project.goals().achieved())) {
                missing.add("年度总体目标（实际完成情况）");
            }
            if (!missing.isEmpty()) {
                out.add(table.at(), "自评表没有填写：" + String.join("、", missing));
            }
        }
    }

    /** 自评表没有绩效指标. */
    static final class NoIndicators implements ProjectCheck {
        static final Check CHECK =
                Check.of("NO_INDICATORS", FindingCode.INCOMPLETE, COMPLETENESS, ERROR, "自评表没有任何绩效指标。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            if (!table.project().tableMissing() && !table.hasRows()) {
                out.add(table.at(), "自评表没有绩效指标");
            }
        }
    }

    /** 各指标分值与预算执行率分值合计应为 100 分. */
    static final class WeightsNot100 implements ProjectCheck {
        static final Check CHECK =
                Check.of("WEIGHTS_NOT_100", FindingCode.WEIGHTS_NOT_100, ACCURACY, ERROR, "各指标分值与预算执行率分值合计不是 100 分。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            if (!table.hasRows()) {
                return;
            }
            // weights have two decimals, so their sum is exact and compares as the Points made from it would
            BigDecimal total =
                    table.execution().weight().value().add(table.level1Weights().total());
            if (total.compareTo(Points.HUNDRED.value()) != 0) {
                out.add(table.at(), "各指标分值与预算执行率分值合计 " + Points.of(total) + " 分，应为 100 分");
            }
        }
    }

    /** 一级指标分值与规则集规定的不同 (财预〔2020〕10号: 产出 50, 效益 30, 满意度 10, 预算执行率 10). */
    static final class Level1WeightsNonstandard implements ProjectCheck {
        static final Check CHECK = Check.of(
                "LEVEL1_WEIGHTS_NONSTANDARD",
                FindingCode.LEVEL1_WEIGHTS_NONSTANDARD,
                QUALITY,
                WARNING,
                "各一级指标的分值合计（及预算执行率分值）与规则集规定的一级指标分值不同，或出现规则集没有的一级指标。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            if (!table.hasRows()) {
                return;
            }
            RuleSet rules = table.rules();
            List<String> differences = table.level1Weights().differences(rules);
            Points executionWeight = table.execution().weight();
            if (!executionWeight.equals(rules.executionWeight())) {
                differences.add("预算执行率 " + executionWeight + " 分（规定 " + rules.executionWeight() + " 分）");
            }
            if (!differences.isEmpty()) {
                out.add(table.at(), "一级指标分值与规则集“" + rules.name() + "”不同：" + String.join("；", differences));
            }
        }
    }

    /** 表中总分 = Σ 各指标填报得分 + 预算执行率得分. */
    static final class ClaimedTotal implements ProjectCheck {
        static final Check CHECK =
                Check.of("TOTAL_MISMATCH", FindingCode.TOTAL_MISMATCH, ACCURACY, ERROR, "表中总分不等于各指标填报得分与预算执行率得分之和。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            Points total = table.claimedTotal();
            if (!table.hasRows() || total == null || !table.everyRowClaimed()) {
                return;
            }
            Points claimed = table.claimedExecution();
            boolean claimedExecution = claimed != null;
            Points executionScore =
                    claimed != null ? claimed : table.execution().score();
            BigDecimal sum = table.claimedRowSum().add(executionScore.value());
            if (total.value().compareTo(sum) != 0) {
                out.add(
                        table.at(),
                        "表中总分 " + total + "，而各指标填报得分与预算执行率得分（" + executionScore + (claimedExecution ? "" : "，表中未填，按规则计")
                                + "）合计为 " + Points.of(sum));
            }
        }
    }

    /** 同一指标（二级和三级指标相同）出现两次. */
    static final class DuplicateIndicator implements ProjectCheck {
        static final Check CHECK = Check.of(
                "DUPLICATE_INDICATOR", FindingCode.DUPLICATE_ITEM, QUALITY, WARNING, "同一张自评表中同一指标（二级、三级指标相同）出现不止一次。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            List<IndicatorAssessment> rows = table.rows();
            String[] names = new String[rows.size()];
            String[] level2s = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Indicator indicator = rows.get(i).indicator();
                names[i] = ChineseText.normalize(indicator.name());
                level2s[i] = ChineseText.normalize(indicator.level2());
                for (int earlier = 0; earlier < i; earlier++) { // about ten rows: each against the ones before it
                    if (names[earlier].equals(names[i]) && level2s[earlier].equals(level2s[i])) {
                        out.add(
                                new Locate(table.project().name(), indicator.name()),
                                "指标“" + indicator.name() + "”重复出现（第 " + (earlier + 1) + " 行和第 " + (i + 1) + " 行）");
                        break;
                    }
                }
            }
        }
    }

    /** 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by column. */
    static final class FundsRowsSum implements ProjectCheck {
        static final Check CHECK = Check.of(
                "FUNDS_ROWS_SUM",
                FindingCode.TOTAL_MISMATCH,
                ACCURACY,
                ERROR,
                "项目资金表中“年度资金总额”的年初预算数、全年预算数或全年执行数不等于其中各项（当年财政拨款、上年结转、其他资金）之和。");

        @Override
        public Check check() {
            return CHECK;
        }

        @Override
        public void run(ProjectTable table, Findings out) {
            Funds funds = table.project().funds();
            if (funds == null || funds.total() == null) {
                return;
            }
            @Nullable FundsRow[] parts = {funds.fiscalAppropriation(), funds.carryOver(), funds.other()};
            if (parts[0] == null && parts[1] == null && parts[2] == null) {
                return;
            }
            column("年初预算数", funds.total().initialBudget(), parts, FundsRow::initialBudget, table.at(), out);
            column("全年预算数", funds.total().annualBudget(), parts, FundsRow::annualBudget, table.at(), out);
            column("全年执行数", funds.total().executed(), parts, FundsRow::executed, table.at(), out);
        }

        private static void column(
                String column,
                @Nullable BigDecimal total,
                @Nullable FundsRow[] parts,
                Function<FundsRow, @Nullable BigDecimal> value,
                Locate at,
                Findings out) {
            if (total == null) {
                return;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (FundsRow part : parts) {
                BigDecimal amount = part == null ? null : value.apply(part);
                if (amount != null) {
                    sum = sum.add(amount);
                    any = true;
                }
            }
            if (any && sum.compareTo(total) != 0) {
                out.add(
                        at,
                        "项目资金“年度资金总额”的" + column + " " + Decimals.plain(total) + "，与其中各项之和 " + Decimals.plain(sum)
                                + " 不符");
            }
        }
    }
}
