package jixiao.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The 自评表 of the demo region's units, written as a unit writes them: seven rows of the usual 一级/二级 skeleton
 * (数量, 质量, 时效, 成本, 效益, 满意度 and the 预算执行率), targets a county sets, results that reach them or fall short.
 * A unit that {@linkplain Plan#claimsFull() claims full marks} keeps 100 in every row whatever it reached (the error
 * reviewers find most often); the others claim what the rules give, so that they can be sent on.
 */
final class DemoProjects {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One project as the demo fills it in.
     *
     * @param budget the year's budget in 万元
     * @param executedPercent how much of it was spent
     * @param reachedPercent how much of the quantity target was reached
     * @param benefitReached the 效益 rate reached in percent (the target is ≥ 95 %)
     * @param satisfaction the surveyed satisfaction in percent (the target is ≥ 90 %)
     * @param claimsFull whether the unit claims full marks in every row regardless
     */
    record Plan(
            String name,
            int budget,
            int executedPercent,
            String output,
            String measure,
            int target,
            int reachedPercent,
            String quality,
            String benefit,
            int benefitReached,
            int satisfaction,
            boolean claimsFull) {

        /** The same project with the 效益 rate it reached. */
        Plan reachingBenefit(int percent) {
            return with(percent, claimsFull);
        }

        /** The same project, its unit claiming full marks in every row whatever was reached. */
        Plan claimingFullMarks() {
            return with(benefitReached, true);
        }

        private Plan with(int reached, boolean full) {
            return new Plan(
                    name,
                    budget,
                    executedPercent,
                    output,
                    measure,
                    target,
                    reachedPercent,
                    quality,
                    benefit,
                    reached,
                    satisfaction,
                    full);
        }
    }

    private DemoProjects() {}

    /** The unit's report of the year with these projects, each claiming as its plan says. */
    static SelfEvaluationReport report(String unit, int year, List<Plan> plans) {
        ObjectNode root = document(unit, year);
        ArrayNode projects = (ArrayNode) root.get("projects");
        for (Plan plan : plans) {
            projects.add(project(unit, plan));
        }
        SelfEvaluationReport filled = read(root);
        SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());
        for (int i = 0; i < plans.size(); i++) {
            if (!plans.get(i).claimsFull()) {
                claimAsComputed((ObjectNode) projects.get(i), checker.assess(filled, i));
            }
        }
        return read(root);
    }

    private static ObjectNode document(String unit, int year) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "self-evaluation/1");
        root.put("fiscalYear", year);
        root.put("moneyUnit", "万元");
        root.putObject("unit").put("name", unit).putNull("code");
        root.putArray("projects");
        return root;
    }

    private static ObjectNode project(String unit, Plan plan) {
        ObjectNode p = JSON.createObjectNode();
        p.put("name", plan.name());
        p.put("competentDepartment", unit);
        p.put("implementingUnit", unit);
        p.put("filledBy", "演示填报人");
        BigDecimal budget = BigDecimal.valueOf(plan.budget());
        BigDecimal executed = percentOf(budget, plan.executedPercent());
        ObjectNode funds = p.putObject("funds");
        fundsRow(funds.putObject("total"), budget, executed);
        fundsRow(funds.putObject("fiscalAppropriation"), budget, executed);
        funds.putNull("carryOver");
        funds.putNull("other");
        funds.put("weight", 10);
        funds.putObject("claimed").put("executionRate", "100%").put("score", 10);
        p.putObject("goals")
                .put(
                        "expected",
                        "完成" + plan.output() + plan.target() + plan.measure() + "，" + plan.benefit() + "达到95%以上")
                .put(
                        "achieved",
                        "完成" + plan.output()
                                + percentOf(BigDecimal.valueOf(plan.target()), plan.reachedPercent())
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + plan.measure());
        ArrayNode rows = p.putArray("indicators");
        String reached = percentOf(BigDecimal.valueOf(plan.target()), plan.reachedPercent())
                .stripTrailingZeros()
                .toPlainString();
        row(rows, "产出指标", "数量指标", plan.output(), "≥" + plan.target() + plan.measure(), reached + plan.measure(), 20);
        row(rows, "产出指标", "质量指标", plan.quality(), "≥95%", "98%", 10);
        row(rows, "产出指标", "时效指标", "完成时间", "12月", "11月", 10);
        row(rows, "产出指标", "成本指标", "项目成本", "≤" + plan.budget() + "万元", executed.toPlainString() + "万元", 10);
        row(rows, "效益指标", "社会效益指标", plan.benefit(), "≥95%", plan.benefitReached() + "%", 30);
        row(rows, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", plan.satisfaction() + "%", 10);
        ObjectNode claimed = p.putObject("claimed");
        claimed.put("total", 100);
        claimed.putNull("summary");
        claimed.putNull("analysis");
        return p;
    }

    /** The unit takes the scores the rules give (采用计算得分) for every row, the 执行率 and the total. */
    private static void claimAsComputed(ObjectNode project, ProjectAssessment assessed) {
        ArrayNode rows = (ArrayNode) project.get("indicators");
        List<IndicatorAssessment> scored = assessed.indicators();
        for (int i = 0; i < scored.size(); i++) {
            ((ObjectNode) rows.get(i))
                    .put("claimedScore", scored.get(i).computedScore().value());
        }
        ObjectNode funds = (ObjectNode) project.get("funds");
        ObjectNode claimedFunds = (ObjectNode) funds.get("claimed");
        claimedFunds.put("score", assessed.execution().score().value());
        if (assessed.execution().rate() != null) {
            claimedFunds.put(
                    "executionRate",
                    assessed.execution().rate().percent(2).stripTrailingZeros().toPlainString() + "%");
        }
        ((ObjectNode) project.get("claimed")).put("total", assessed.total().value());
    }

    private static void fundsRow(ObjectNode row, BigDecimal budget, BigDecimal executed) {
        row.put("initialBudget", budget).put("annualBudget", budget).put("executed", executed);
    }

    private static void row(
            ArrayNode rows, String level1, String level2, String level3, String target, String actual, int weight) {
        rows.addObject()
                .put("level1", level1)
                .put("level2", level2)
                .put("level3", level3)
                .put("target", target)
                .put("actual", actual)
                .put("weight", weight)
                .put("claimedScore", new BigDecimal(weight))
                .putNull("deviationReason");
    }

    private static BigDecimal percentOf(BigDecimal whole, int percent) {
        return whole.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static SelfEvaluationReport read(ObjectNode root) {
        try {
            return new InterchangeReader().read(root.toString());
        } catch (InterchangeException e) {
            throw new IllegalStateException("the demo's own document does not read: " + e.getMessage(), e);
        }
    }
}
