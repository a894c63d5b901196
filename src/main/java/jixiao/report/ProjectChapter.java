package jixiao.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.report.Block.Heading;
import jixiao.report.Block.Paragraph;
import jixiao.report.EvaluationSheet.Execution;
import jixiao.report.EvaluationSheet.IndicatorLine;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Grade;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation.ProjectExpenditure;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import jixiao.shared.Ratio;

/**
 * 项目支出绩效自评报告: 基本情况, 工作开展情况, 结果及分析, 存在的问题和建议, 其他需要说明的问题. The unit's own texts are
 * printed where it wrote them; a sentence is generated only where it wrote none, and every figure in a generated
 * sentence is read from the {@link EvaluationSheet}s that the annex prints.
 */
final class ProjectChapter {
    private ProjectChapter() {}

    static List<Block> blocks(
            String unitName,
            int fiscalYear,
            String moneyUnit,
            List<EvaluationSheet> sheets,
            SelfEvaluationReport report,
            ReportAssessment assessment) {
        ReportNarrative narrative = report.narrative();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "项目支出绩效自评报告"));
        blocks.add(new Heading(2, "一、项目支出基本情况"));
        ProjectExpenditure expenditure =
                report.department() == null ? null : report.department().projectExpenditure();
        if (expenditure != null && UnitWords.written(expenditure.text())) {
            blocks.addAll(UnitWords.paragraphs(expenditure.text()));
        } else {
            blocks.add(Paragraph.body(overview(unitName, fiscalYear, moneyUnit, sheets)));
            if (!sheets.isEmpty()) {
                blocks.add(Paragraph.body(perProject(moneyUnit, sheets)));
            }
        }
        blocks.add(new Heading(2, "二、绩效自评工作开展情况"));
        if (UnitWords.written(narrative.organisation())) {
            // the notice the work answers is cited by the whole-unit part's opening; without that part, here
            if (report.department() == null && UnitWords.written(narrative.notice())) {
                blocks.add(Paragraph.body("根据" + Figures.tidy(narrative.notice()) + "的要求，本单位对" + fiscalYear + "年度的 "
                        + sheets.size() + " 个项目开展了绩效自评。"));
            }
            blocks.addAll(UnitWords.paragraphs(narrative.organisation()));
        } else {
            blocks.add(Paragraph.body(procedure(fiscalYear, sheets.size(), narrative.notice())));
        }
        blocks.add(new Heading(2, "三、绩效自评结果及分析"));
        if (!sheets.isEmpty()) {
            blocks.add(Paragraph.body(grades(sheets)));
            blocks.add(resultTable(moneyUnit, sheets));
            blocks.add(new Heading(3, "（一）自评结果"));
            for (EvaluationSheet sheet : sheets) {
                blocks.add(Paragraph.body(summary(sheet)));
            }
            blocks.add(new Heading(3, "（二）自评分析"));
            for (int i = 0; i < sheets.size(); i++) {
                ClaimedProject claimed = assessment.projects().get(i).project().claimed();
                String own = claimed == null || claimed.analysis() == null
                        ? null
                        : claimed.analysis().text();
                blocks.add(Paragraph.body(analysis(i + 1, sheets.get(i), own)));
            }
        }
        blocks.add(new Heading(2, "四、存在的问题和建议"));
        if (UnitWords.written(narrative.problems())) {
            blocks.addAll(UnitWords.paragraphs(narrative.problems()));
        } else {
            blocks.addAll(problems(sheets, assessment.ruleSet()));
        }
        // the unit's 改进措施 stand in the whole-unit part's 三、; without that part, with its problems here
        if (report.department() == null && UnitWords.written(narrative.improvements())) {
            blocks.addAll(UnitWords.paragraphs(narrative.improvements()));
        }
        blocks.add(new Heading(2, "五、其他需要说明的问题"));
        if (UnitWords.written(narrative.otherMatters())) {
            blocks.addAll(UnitWords.paragraphs(narrative.otherMatters()));
        } else {
            blocks.add(Paragraph.body("无。"));
        }
        return blocks;
    }

    private static String overview(String unitName, int fiscalYear, String moneyUnit, List<EvaluationSheet> sheets) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        int counted = 0;
        for (EvaluationSheet sheet : sheets) {
            Execution execution = sheet.execution();
            if (execution.budget() != null && execution.executed() != null) {
                budget = budget.add(execution.budget());
                executed = executed.add(execution.executed());
                counted++;
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(unitName)
                .append(fiscalYear)
                .append("年度纳入绩效自评的项目共 ")
                .append(sheets.size())
                .append(" 个");
        if (counted == 0) {
            return text.append("。").toString();
        }
        text.append("，预算合计 ")
                .append(Decimals.plain(budget))
                .append(" ")
                .append(moneyUnit)
                .append("，实际执行合计 ")
                .append(Decimals.plain(executed))
                .append(" ")
                .append(moneyUnit);
        if (budget.signum() != 0) {
            text.append("，总体预算执行率 ").append(Ratio.of(executed, budget));
        }
        text.append("。");
        if (counted < sheets.size()) {
            text.append("其中 ").append(sheets.size() - counted).append(" 个项目缺少预算数或执行数，未计入合计。");
        }
        text.append("预算数按全年预算数计，未填报全年预算数的以年初预算数计。");
        return text.toString();
    }

    private static String perProject(String moneyUnit, List<EvaluationSheet> sheets) {
        List<String> parts = new ArrayList<>();
        for (EvaluationSheet sheet : sheets) {
            Execution execution = sheet.execution();
            if (execution.rate() == null) {
                parts.add(sheet.projectName() + "：预算执行率无法计算");
            } else {
                parts.add(sheet.projectName() + "：" + budgetWords(execution) + " " + Decimals.plain(execution.budget())
                        + " " + moneyUnit + "，实际执行 " + Decimals.plain(execution.executed()) + " " + moneyUnit
                        + "，执行率 " + execution.rate());
            }
        }
        return "各项目预算及执行情况：" + String.join("；", parts) + "。";
    }

    /** Where the unit did not say how it organised the work: what was done, and by which rules it scored. */
    private static String procedure(int fiscalYear, int projects, String notice) {
        String basis = UnitWords.written(notice)
                ? "根据" + Figures.tidy(notice) + "的要求"
                : "根据财政部门关于开展" + fiscalYear + "年度预算绩效自评工作的要求";
        return basis + "，本单位对" + fiscalYear + "年度的 " + projects
                + " 个项目开展了绩效自评，逐项目填报项目支出绩效自评表（见附件1），对照年度绩效目标逐项核实完成情况并计分。";
    }

    private static String grades(List<EvaluationSheet> sheets) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (EvaluationSheet sheet : sheets) {
            counts.merge(sheet.grade(), 1, Integer::sum);
            sum = sum.add(sheet.total().value());
        }
        Points average = Points.of(sum.divide(BigDecimal.valueOf(sheets.size()), MathContext.DECIMAL64));
        List<String> parts = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            parts.add(grade.label() + " " + counts.getOrDefault(grade, 0) + " 个");
        }
        return sheets.size() + " 个项目自评得分平均 " + average + " 分，其中" + String.join("，", parts) + "。各项目得分如下表。";
    }

    private static Block.Table resultTable(String moneyUnit, List<EvaluationSheet> sheets) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (EvaluationSheet sheet : sheets) {
            Execution execution = sheet.execution();
            rows.add(List.of(
                    Integer.toString(++n),
                    sheet.projectName(),
                    Figures.amount(execution.budget()),
                    Figures.amount(execution.executed()),
                    Figures.rate(execution.rate()),
                    sheet.total().toString(),
                    sheet.grade().label()));
        }
        return new Block.Table(
                List.of("序号", "项目名称", "预算数（" + moneyUnit + "）", "执行数（" + moneyUnit + "）", "执行率", "总分", "等级"), rows);
    }

    /**
     * "{项目}：分别从三个方面进行评分，产出指标：数量指标、…四项指标合计分值 50 分，自评分值 48.42 分；…；预算执行率指标分值 10 分，
     * 自评分值 9.89 分；共计 97.99 分。" — the seed's summary paragraph, written from the sheet.
     */
    static String summary(EvaluationSheet sheet) {
        Execution execution = sheet.execution();
        String executionPart =
                "预算执行率指标分值 " + execution.weight() + " 分，自评分值 " + execution.score() + " 分；共计 " + sheet.total() + " 分。";
        if (sheet.indicators().isEmpty()) {
            return sheet.projectName() + "：" + sheet.indicatorsMissing() + "产出、效益、满意度指标得分按原文字说明计 "
                    + sheet.total().minus(execution.score()) + " 分；" + executionPart;
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (IndicatorLine line : sheet.indicators()) {
            groups.computeIfAbsent(line.level1(), key -> new Group()).add(line);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            String names = String.join("、", group.level2);
            String weight =
                    group.level2.size() > 1 ? names + Figures.items(group.level2.size()) + "指标合计分值 " : names + "分值 ";
            parts.add(entry.getKey() + "：" + weight + group.weight + " 分，自评分值 " + group.score + " 分");
        }
        return sheet.projectName() + "：分别从" + Figures.chinese(groups.size()) + "个方面进行评分，" + String.join("；", parts)
                + "；" + executionPart;
    }

    /** The indicators of one 一级指标: its 二级 names in order, Σ weights and Σ computed scores. */
    private static final class Group {
        private final Set<String> level2 = new LinkedHashSet<>();
        private Points weight = Points.ZERO;
        private Points score = Points.ZERO;

        void add(IndicatorLine line) {
            if (!line.level2().isEmpty()) {
                level2.add(line.level2());
            }
            weight = weight.plus(line.weight());
            score = score.plus(line.score());
        }
    }

    /**
     * "一、{项目} {总分} 分。全年预算 X 万元，实际支付 Y 万元，预算执行率 Z%。" from the table, then the unit's own account
     * ({@code own}, its head of figures left out: {@link UnitWords#analysisBody}); where the unit wrote none, the
     * indicators that lost points with their targets, results and the unit's 偏差原因.
     */
    static String analysis(int ordinal, EvaluationSheet sheet, String own) {
        Execution execution = sheet.execution();
        StringBuilder text = new StringBuilder();
        // "一、办公用房取暖97.99分。": no space for a justified line to stretch, except after a name that ends in a
        // digit ("项目1 85.69分"), whose score would otherwise run into it
        String name = sheet.projectName();
        boolean endsInDigit = !name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1));
        text.append(Figures.chinese(ordinal))
                .append("、")
                .append(name)
                .append(endsInDigit ? " " : "")
                .append(sheet.total())
                .append("分。");
        if (execution.rate() != null) {
            text.append(budgetWords(execution))
                    .append(" ")
                    .append(Decimals.plain(execution.budget()))
                    .append(" ")
                    .append(sheet.moneyUnit())
                    .append("，实际支付 ")
                    .append(Decimals.plain(execution.executed()))
                    .append(" ")
                    .append(sheet.moneyUnit())
                    .append("，预算执行率 ")
                    .append(execution.rate())
                    .append("。");
        }
        String body = UnitWords.analysisBody(own);
        if (!body.isEmpty()) {
            return text.append(body).toString();
        }
        if (sheet.indicators().isEmpty()) {
            return text.append(sheet.indicatorsMissing()).toString();
        }
        List<String> lost = new ArrayList<>();
        for (IndicatorLine line : sheet.indicators()) {
            if (line.lostPoints()) {
                String reason = line.deviationReason().isEmpty() ? "" : "，原因：" + line.deviationReason();
                lost.add("“" + line.level3() + "”年度指标值 " + line.target() + "，实际完成 " + line.actual() + "，得 "
                        + line.score() + " 分（分值 " + line.weight() + " 分）" + reason);
            }
        }
        if (lost.isEmpty()) {
            text.append("各项绩效指标均完成年度指标值。");
        } else {
            text.append("未完全完成的绩效指标：").append(String.join("；", lost)).append("。");
        }
        return text.toString();
    }

    /**
     * Where the unit wrote no 存在的问题: what the tables show, in the unit's voice: execution rates below the rule
     * set's threshold and indicators that lost points.
     */
    private static List<Block> problems(List<EvaluationSheet> sheets, RuleSet rules) {
        BigDecimal threshold = rules.executionExplanationThreshold();
        List<String> low = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (EvaluationSheet sheet : sheets) {
            Ratio rate = sheet.execution().rate();
            if (rate != null && rate.isBelow(threshold)) {
                low.add(sheet.projectName() + "（" + rate + "）");
            }
            for (IndicatorLine line : sheet.indicators()) {
                if (line.lostPoints()) {
                    missed.add(sheet.projectName() + "“" + line.level3() + "”");
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        if (!low.isEmpty()) {
            blocks.add(Paragraph.body("（" + Figures.chinese(++n) + "）部分项目预算执行率偏低。" + String.join("、", low) + "的预算执行率低于 "
                    + percent(threshold) + "。下一步将按项目进度执行预算，定期分析执行差异，及时纠正偏差。"));
        }
        if (!missed.isEmpty()) {
            blocks.add(Paragraph.body("（" + Figures.chinese(++n) + "）部分绩效指标未完全完成。" + String.join("、", missed)
                    + "未达到年度指标值。下一步将科学合理设定绩效目标，加强绩效运行监控，确保目标如期完成。"));
        }
        if (blocks.isEmpty()) {
            blocks.add(Paragraph.body("各项目预算执行和绩效目标完成情况良好，今后将继续加强预算绩效管理。"));
        }
        return blocks;
    }

    private static String budgetWords(Execution execution) {
        return execution.budgetLabel().equals("年初预算数") ? "年初预算（未填报全年预算数）" : "全年预算";
    }

    /** The note under every 自评表, with the rule set's own weights and tiers. */
    static String sheetNote(RuleSet rules) {
        List<String> weights = new ArrayList<>();
        for (Map.Entry<String, Points> level1 : level1Weights(rules)) {
            weights.add(level1.getKey() + "指标" + level1.getValue() + "分");
        }
        weights.add("预算资金执行率" + rules.executionWeight() + "分");
        String achieved = percent(rules.achievedFloor());
        String partial = percent(rules.partialFloor());
        return "注：1. 绩效自评采取打分评价的形式，原则上一级指标分值统一设置为：" + String.join("、", weights)
                + "。2. 偏差原因分析及改进措施：说明偏离目标、不能完成目标的原因及改进措施。3. 定性指标根据指标完成情况分为达成预期指标、"
                + "部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档，分别按照该指标对应分值区间100%-" + achieved + "（含）、" + achieved
                + "-" + partial + "（含）、" + partial + "-0%合理确定分值。定量指标完成指标值的，记该指标所赋全部分值；未完成的，按照完成值与指标值的比例计分。";
    }

    /** The rule set keeps its 一级 weights unordered; print them heaviest first (产出, 效益, 满意度), as forms do. */
    private static List<Map.Entry<String, Points>> level1Weights(RuleSet rules) {
        List<Map.Entry<String, Points>> entries =
                new ArrayList<>(rules.level1Weights().entrySet());
        entries.sort(Map.Entry.<String, Points>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries;
    }

    private static String percent(BigDecimal fraction) {
        return Decimals.plain(fraction.movePointRight(2)) + "%";
    }
}
