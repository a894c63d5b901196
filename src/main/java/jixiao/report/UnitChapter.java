package jixiao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.report.Block.Heading;
import jixiao.report.Block.Paragraph;
import jixiao.scoring.Grade;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.RuleSet;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.scoring.UnitSelfEvaluation.ClaimedItem;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import jixiao.scoring.UnitSelfEvaluation.Profile;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import jixiao.shared.Ratio;

/**
 * 部门（单位）整体自评报告: 基本情况 (概况, 财务情况, 重点工作计划), the items of the whole-unit framework with the unit's
 * scores and its own words on each, and 改进措施. The unit's texts are printed where it wrote them; a generated
 * sentence stands only where it wrote none, and says nothing the data do not say.
 */
final class UnitChapter {
    private UnitChapter() {}

    static List<Block> blocks(
            String unitName,
            int fiscalYear,
            String moneyUnit,
            UnitSelfEvaluation department,
            List<EvaluationSheet> sheets,
            ReportNarrative narrative,
            ReportAssessment assessment) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "部门（单位）整体自评报告"));
        String basis = UnitWords.written(narrative.notice())
                ? "根据" + Figures.tidy(narrative.notice()) + "的要求"
                : "根据财政部门关于开展" + fiscalYear + "年度预算绩效自评工作的要求";
        blocks.add(Paragraph.body(basis + "，" + unitName + "对本单位" + fiscalYear + "年度部门（单位）整体支出绩效情况进行了自评，现将自评情况报告如下："));
        blocks.add(new Heading(2, "一、基本情况"));
        int section = 0;
        Profile profile = department.profile();
        if (profile != null) {
            blocks.add(new Heading(3, "（" + Figures.chinese(++section) + "）部门概况"));
            int item = 0;
            if (profile.staff() != null && !profile.staff().isEmpty()) {
                blocks.add(new Heading(4, (++item) + ". 人员构成情况"));
                blocks.add(Paragraph.body(staff(profile.staff())));
            }
            List<String> departments = nonNull(profile.internalDepartments());
            List<String> functions = nonNull(profile.functions());
            if (!departments.isEmpty() || !functions.isEmpty()) {
                blocks.add(new Heading(4, (++item) + ". 机构设置及职能"));
                if (!departments.isEmpty()) {
                    blocks.add(Paragraph.body(
                            unitName + "内设" + String.join("、", departments) + "共 " + departments.size() + " 个职能科室。"));
                }
                if (!functions.isEmpty()) {
                    blocks.add(Paragraph.body(functions(functions)));
                }
            }
        }
        if (department.budget() != null) {
            blocks.add(new Heading(3, "（" + Figures.chinese(++section) + "）部门财务情况"));
            if (UnitWords.written(department.budget().text())) {
                blocks.addAll(UnitWords.paragraphs(department.budget().text()));
            } else {
                blocks.add(Paragraph.body(finances(unitName, fiscalYear, moneyUnit, department.budget())));
            }
        }
        if (!department.keyWorkPlan().isEmpty()) {
            blocks.add(new Heading(3, "（" + Figures.chinese(++section) + "）重点工作计划"));
            blocks.addAll(keyWorkPlan(department.keyWorkPlan()));
        }
        blocks.add(new Heading(2, "二、绩效自评工作开展情况"));
        blocks.addAll(
                assessment.department() == null
                        ? claimedItems(department.claimedItems())
                        : scoredItems(assessment.department(), assessment.ruleSet()));
        blocks.add(new Heading(2, "三、改进措施和有关建议"));
        if (UnitWords.written(narrative.improvements())) {
            blocks.addAll(UnitWords.paragraphs(narrative.improvements()));
        } else {
            blocks.addAll(improvements(fiscalYear, moneyUnit, department.budget(), sheets, assessment));
        }
        return blocks;
    }

    /** Staff as printed, free-form: "事业编制（市本级）：48；离退休：10；二级机构：三门峡市政府采购服务中心（…）". */
    private static String staff(Map<String, Object> staff) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : staff.entrySet()) {
            parts.add(key(entry.getKey()) + "：" + value(entry.getValue()));
        }
        return "人员构成：" + String.join("；", parts) + "。";
    }

    /** The interchange writes qualifiers with an underscore ("事业编制_市本级"); print them in brackets. */
    private static String key(String key) {
        int underscore = key.indexOf('_');
        return underscore < 0
                ? key
                : key.substring(0, underscore) + "（"
                        + key.substring(underscore + 1).replace('_', '，') + "）";
    }

    private static String value(Object value) {
        if (value instanceof BigDecimal number) {
            return Decimals.plain(number);
        }
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(value(item));
            }
            return String.join("、", items);
        }
        if (value instanceof Map<?, ?> map) {
            Object name = map.get("name");
            List<String> details = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey().equals("name")) {
                    continue;
                }
                details.add(
                        entry.getValue() instanceof String text
                                ? text
                                : key(String.valueOf(entry.getKey())) + " " + value(entry.getValue()));
            }
            String head = name == null ? "" : value(name);
            return details.isEmpty() ? head : head + "（" + String.join("，", details) + "）";
        }
        return value == null ? "" : value.toString();
    }

    private static String functions(List<String> functions) {
        List<String> items = new ArrayList<>();
        int n = 0;
        for (String function : functions) {
            items.add("（" + (++n) + "）" + stripEnd(function));
        }
        return "主要职能：" + String.join("；", items) + "。";
    }

    private static String stripEnd(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "；;。".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** 部门财务情况 from the figures only; the printed paragraph's own explanations are not repeated. */
    static String finances(String unitName, int fiscalYear, String moneyUnit, UnitBudget budget) {
        StringBuilder text = new StringBuilder(unitName).append(fiscalYear).append("年度");
        List<String> budgets = new ArrayList<>();
        add(budgets, "收入预算", budget.incomeBudget(), moneyUnit);
        add(budgets, "支出预算", budget.expenditureBudget(), moneyUnit);
        List<String> budgetParts = new ArrayList<>();
        add(budgetParts, "基本支出", budget.basicExpenditureBudget(), moneyUnit);
        add(budgetParts, "项目支出", budget.projectExpenditureBudget(), moneyUnit);
        text.append(String.join("，", budgets));
        if (!budgetParts.isEmpty()) {
            text.append(budgets.isEmpty() ? "预算" : "")
                    .append("（其中：")
                    .append(String.join("，", budgetParts))
                    .append("）");
        }
        text.append("。");
        if (budget.finalExpenditure() != null) {
            text.append(fiscalYear)
                    .append("年度决算总支出 ")
                    .append(Decimals.plain(budget.finalExpenditure()))
                    .append(" ")
                    .append(moneyUnit);
            List<String> finalParts = new ArrayList<>();
            add(finalParts, "基本支出", budget.finalBasicExpenditure(), moneyUnit);
            add(finalParts, "项目支出", budget.finalProjectExpenditure(), moneyUnit);
            if (!finalParts.isEmpty()) {
                text.append("（其中：").append(String.join("，", finalParts)).append("）");
            }
            BigDecimal planned = budget.expenditureBudget();
            if (planned != null && planned.signum() != 0) {
                text.append("，为支出预算的 ").append(Ratio.of(budget.finalExpenditure(), planned));
            }
            text.append("。");
        }
        if (budget.threePublicBudget() != null || budget.threePublicActual() != null) {
            List<String> parts = new ArrayList<>();
            add(parts, "预算", budget.threePublicBudget(), moneyUnit);
            add(parts, "实际支出", budget.threePublicActual(), moneyUnit);
            text.append("三公经费").append(String.join("，", parts)).append("。");
        }
        if (budget.governmentProcurementActual() != null) {
            text.append("政府采购支出 ")
                    .append(Decimals.plain(budget.governmentProcurementActual()))
                    .append(" ")
                    .append(moneyUnit)
                    .append("。");
        }
        if (budget.carryOverBalance() != null) {
            text.append("结转结余 ")
                    .append(Decimals.plain(budget.carryOverBalance()))
                    .append(" ")
                    .append(moneyUnit)
                    .append("。");
        }
        return text.toString();
    }

    private static void add(List<String> parts, String label, BigDecimal amount, String moneyUnit) {
        if (amount != null) {
            parts.add(label + " " + Decimals.plain(amount) + " " + moneyUnit);
        }
    }

    /**
     * The key work plan as printed, one paragraph an item; where the unit recorded each item's 完成情况, as a table
     * with the responsible department, the deadline and the evidence.
     */
    private static List<Block> keyWorkPlan(List<KeyWorkItem> plan) {
        List<Block> blocks = new ArrayList<>();
        boolean tracked = plan.stream().anyMatch(item -> item.status() != null);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (KeyWorkItem item : plan) {
            n++;
            int no = item.no() == null ? n : item.no();
            String text = item.text() != null && !item.text().isBlank() ? item.text() : item.title();
            if (tracked) {
                rows.add(List.of(
                        String.valueOf(no),
                        orDash(item.title() != null ? item.title() : text),
                        orDash(item.responsibleDepartment()),
                        orDash(item.deadline()),
                        item.status() == null ? "未填" : item.status().label(),
                        orDash(item.evidence())));
            } else {
                blocks.add(Paragraph.body(no + "、" + (text == null ? "" : text.strip())));
            }
        }
        if (tracked) {
            long completed = plan.stream()
                    .filter(item -> item.status() == UnitSelfEvaluation.KeyWorkStatus.COMPLETED)
                    .count();
            blocks.add(Paragraph.body("年度重点工作计划共 " + plan.size() + " 项，已完成 " + completed + " 项。"));
            blocks.add(new Block.Table(List.of("序号", "重点工作", "责任科室", "完成时限", "完成情况", "佐证材料或未完成原因"), rows));
        }
        return blocks;
    }

    /**
     * The framework's items by area with the unit's scores (the rule's score only where the unit gave none but its
     * figures give one), a note naming the framework and its version, the unit's own words on each item, and the total:
     * a result only where every item is scored, otherwise 未完成评分 with the unscored items named.
     */
    private static List<Block> scoredItems(UnitAssessment assessment, RuleSet rules) {
        List<Block> blocks = new ArrayList<>();
        UnitFramework framework = assessment.framework();
        blocks.add(
                Paragraph.body("部门整体绩效从" + String.join("、", areaNames(framework.areas())) + "等方面进行自评，各项目分值及自评得分如下表。"));
        List<List<String>> rows = new ArrayList<>();
        Points scored = Points.ZERO;
        Points scoredWeight = Points.ZERO;
        boolean inferred = false;
        for (UnitItemAssessment item : assessment.items()) {
            inferred |= item.item().weightInferred();
            Points score = submitted(item);
            if (score != null) {
                scored = scored.plus(score);
                scoredWeight = scoredWeight.plus(item.item().weight());
            }
            rows.add(List.of(
                    areaNames(List.of(item.item().area())).stream()
                            .findFirst()
                            .orElse(item.item().area()),
                    item.item().name(),
                    item.item().weight().toString(),
                    score == null ? "未评分" : score.toString()));
        }
        rows.add(List.of(
                "合计",
                "",
                framework.totalWeight().toString(),
                assessment.complete() ? scored.toString() : UnitAssessment.INCOMPLETE));
        blocks.add(new Block.Table(List.of("评价方面", "评分项目", "分值", "自评得分"), rows));
        blocks.add(new Paragraph(
                "注：评分项目及分值依据“" + framework.name() + "”（版本 " + framework.version() + "）"
                        + (inferred ? "，其中分值为依据自评报告推定的分值，以财政部门发布的评分标准为准" : "") + "。",
                Block.Style.NOTE));
        String area = null;
        int areaNo = 0;
        for (UnitItemAssessment item : assessment.items()) {
            ClaimedItem claimed = item.claimed();
            if (claimed == null || !UnitWords.written(claimed.text())) {
                continue;
            }
            if (!item.item().area().equals(area)) {
                area = item.item().area();
                blocks.add(new Heading(
                        4,
                        (++areaNo) + ". "
                                + areaNames(List.of(area)).stream().findFirst().orElse(area)));
            }
            blocks.add(Paragraph.body(UnitWords.named(item.item().name(), claimed.text())));
        }
        if (assessment.complete()) {
            Grade grade = rules.grade(scored);
            blocks.add(Paragraph.body("部门整体自评得分 " + scored + " 分，等级为“" + grade.label() + "”。"));
        } else {
            List<String> open = new ArrayList<>();
            for (UnitItemAssessment item : assessment.unscored()) {
                open.add(item.item().name() + "（" + item.item().weight() + " 分）");
            }
            blocks.add(Paragraph.body(String.join("、", open) + "尚未评分，部门整体自评" + UnitAssessment.INCOMPLETE
                    + "，总分和等级待全部项目评分后确定；已评分项目分值合计 " + scoredWeight + " 分，自评得分合计 " + scored + " 分。"));
        }
        return blocks;
    }

    /** The unit's score of an item; where it gave none, the rule's score from its figures; null where nobody scored it. */
    static Points submitted(UnitItemAssessment item) {
        if (item.claimedScore() != null) {
            return item.claimedScore();
        }
        return item.basis() == UnitItemAssessment.Basis.MISSING ? null : item.score();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text.strip();
    }

    /** The scored items grouped by area, as the unit claimed them, where no framework scored them. */
    private static List<Block> claimedItems(List<ClaimedItem> items) {
        List<Block> blocks = new ArrayList<>();
        if (items.isEmpty()) {
            blocks.add(Paragraph.body("本单位未填报部门整体自评的评分项目。"));
            return blocks;
        }
        Map<String, List<ClaimedItem>> byArea = new LinkedHashMap<>();
        for (ClaimedItem item : items) {
            byArea.computeIfAbsent(item.area() == null ? "" : item.area().strip(), area -> new ArrayList<>())
                    .add(item);
        }
        blocks.add(Paragraph.body("部门整体绩效从" + String.join("、", areaNames(byArea.keySet())) + "等方面进行自评，各项自评得分为本单位填报数。"));
        Points sum = Points.ZERO;
        for (Map.Entry<String, List<ClaimedItem>> area : byArea.entrySet()) {
            if (!area.getKey().isEmpty()) {
                blocks.add(new Heading(4, area.getKey()));
            }
            for (ClaimedItem item : area.getValue()) {
                String score =
                        item.claimedScore() == null ? "未填报得分" : "自评得分 " + Decimals.plain(item.claimedScore()) + " 分";
                if (item.claimedScore() != null) {
                    sum = sum.plus(Points.of(item.claimedScore()));
                }
                String name = item.name() == null ? "" : item.name().strip();
                String text = item.text() == null ? "" : item.text().strip();
                if (text.startsWith(name + "：") || text.startsWith(name + ":")) {
                    text = text.substring(name.length() + 1);
                }
                blocks.add(Paragraph.body(name + "（" + score + "）：" + text));
            }
        }
        blocks.add(Paragraph.body("以上各项自评得分合计 " + sum + " 分。"));
        return blocks;
    }

    /** "1. 工作目标管理" → "工作目标管理". */
    private static List<String> areaNames(Iterable<String> areas) {
        List<String> names = new ArrayList<>();
        for (String area : areas) {
            String name = area.replaceFirst("^[0-9一二三四五六七八九十]+\\s*[.．、]\\s*", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Improvements that follow from the figures: execution rates, spending over budget, the findings. */
    private static List<Block> improvements(
            int fiscalYear,
            String moneyUnit,
            UnitBudget budget,
            List<EvaluationSheet> sheets,
            ReportAssessment assessment) {
        List<String> points = new ArrayList<>();
        BigDecimal threshold = assessment.ruleSet().executionExplanationThreshold();
        List<String> low = new ArrayList<>();
        for (EvaluationSheet sheet : sheets) {
            Ratio rate = sheet.execution().rate();
            if (rate != null && rate.isBelow(threshold)) {
                low.add(sheet.projectName() + "（" + rate + "）");
            }
        }
        if (!low.isEmpty()) {
            points.add("强化预算执行，提高预算执行率。" + String.join("、", low) + "的预算执行率低于 "
                    + Decimals.plain(threshold.movePointRight(2)) + "%，应严格按项目和进度执行预算，定期分析预算执行差异，及时纠正执行偏差。");
        }
        if (budget != null
                && budget.finalExpenditure() != null
                && budget.expenditureBudget() != null
                && budget.finalExpenditure().compareTo(budget.expenditureBudget()) > 0) {
            points.add("提高预算编制的完整性和准确性。" + fiscalYear + "年度决算总支出 " + Decimals.plain(budget.finalExpenditure()) + " "
                    + moneyUnit + "，超出支出预算 " + Decimals.plain(budget.expenditureBudget()) + " " + moneyUnit + " 共 "
                    + Decimals.plain(budget.finalExpenditure().subtract(budget.expenditureBudget())) + " " + moneyUnit
                    + "，应将可预见的支出完整编入年初预算。");
        }
        List<Block> blocks = new ArrayList<>();
        if (points.isEmpty()) {
            blocks.add(Paragraph.body("本单位将继续按规定开展预算绩效管理，强化绩效目标管理和结果应用。"));
            return blocks;
        }
        int n = 0;
        for (String point : points) {
            blocks.add(Paragraph.body("（" + Figures.chinese(++n) + "）" + point));
        }
        return blocks;
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
