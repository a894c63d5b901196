package jixiao.integration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.SelfEvaluationReport;

/**
 * Builds {@code self-evaluation/1} documents for the integration tests. A clean project scores 100 and has no
 * finding of severity error (every target met, scores as the rules give them, budget fully executed).
 */
public final class ReportDocument {

    private final ObjectNode root = Api.JSON.createObjectNode();
    private final String unitName;

    private ReportDocument(String unitName, int fiscalYear) {
        this.unitName = unitName;
        root.put("format", "self-evaluation/1");
        root.put("fiscalYear", fiscalYear);
        root.put("moneyUnit", "万元");
        root.putObject("unit").put("name", unitName).putNull("code");
        root.putArray("projects");
    }

    public static ReportDocument forUnit(String unitName) {
        return new ReportDocument(unitName, 2023);
    }

    public ReportDocument fiscalYear(int year) {
        root.put("fiscalYear", year);
        return this;
    }

    public ReportDocument withCleanProject(String name) {
        return withProject(cleanProject(name, unitName));
    }

    public ReportDocument withProject(ObjectNode project) {
        ((ArrayNode) root.get("projects")).add(project);
        return this;
    }

    public ObjectNode json() {
        return root.deepCopy();
    }

    public String text() {
        return root.toString();
    }

    public SelfEvaluationReport report() {
        try {
            return new InterchangeReader().read(text());
        } catch (InterchangeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project that meets every target; its goals name it, so that no two clean projects share a goal. */
    public static ObjectNode cleanProject(String name, String unitName) {
        ObjectNode p = Api.JSON.createObjectNode();
        p.put("name", name);
        p.put("competentDepartment", unitName);
        p.put("implementingUnit", unitName);
        p.put("filledBy", "李明 12345");
        ObjectNode funds = p.putObject("funds");
        fundsRow(funds.putObject("total"));
        fundsRow(funds.putObject("fiscalAppropriation"));
        funds.putNull("carryOver");
        funds.putNull("other");
        funds.put("weight", 10);
        funds.putObject("claimed").put("executionRate", "100%").put("score", 10);
        p.putObject("goals").put("expected", "完成" + name).put("achieved", "已完成" + name);
        ArrayNode indicators = p.putArray("indicators");
        indicator(indicators, "产出指标", "数量指标", "完成件数", "≥1000件", "1200件", 20);
        indicator(indicators, "产出指标", "质量指标", "验收合格率", "≥95%", "98%", 10);
        indicator(indicators, "产出指标", "时效指标", "完成时间", "12月", "11月", 10);
        indicator(indicators, "产出指标", "成本指标", "项目成本", "≤20万元", "20万元", 10);
        indicator(indicators, "效益指标", "社会效益指标", "办事效率提高", "≥30%", "35%", 30);
        indicator(indicators, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", 10);
        ObjectNode claimed = p.putObject("claimed");
        claimed.put("total", 100);
        claimed.putNull("summary");
        claimed.putNull("analysis");
        return p;
    }

    private static void fundsRow(ObjectNode row) {
        row.put("initialBudget", 20).put("annualBudget", 20).put("executed", 20);
    }

    private static void indicator(
            ArrayNode indicators,
            String level1,
            String level2,
            String level3,
            String target,
            String actual,
            int weight) {
        indicators
                .addObject()
                .put("level1", level1)
                .put("level2", level2)
                .put("level3", level3)
                .put("target", target)
                .put("actual", actual)
                .put("weight", weight)
                .put("claimedScore", new BigDecimal(weight))
                .putNull("deviationReason");
    }
}
