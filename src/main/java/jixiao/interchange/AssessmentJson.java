package jixiao.interchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitItemAssessment;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * An assessment as JSON, the same for the command line ({@code check --json}) and the API: scores are numbers with
 * two decimals, the execution rate a fraction with four (0.8618), {@code project} and {@code indicator} of a finding
 * null where it is not about one.
 */
public final class AssessmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AssessmentJson() {}

    public static ObjectNode report(ReportAssessment assessment) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode rules = root.putObject("ruleSet");
        rules.put("name", assessment.ruleSet().name());
        rules.put("version", assessment.ruleSet().version());
        ArrayNode projects = root.putArray("projects");
        for (ProjectAssessment project : assessment.projects()) {
            projects.add(project(project, false));
        }
        UnitAssessment department = assessment.department();
        if (department != null) {
            root.set("department", department(department));
        }
        root.set("findings", findings(assessment.findings()));
        return root;
    }

    /**
     * The 部门（单位）整体自评 scored: the framework, each item (weight, whether it is inferred, claimed and computed
     * score, rate, basis, explanation), total and grade.
     */
    public static ObjectNode department(UnitAssessment department) {
        ObjectNode d = MAPPER.createObjectNode();
        ObjectNode framework = d.putObject("framework");
        framework.put("name", department.framework().name());
        framework.put("version", department.framework().version());
        d.put("total", department.total().value());
        // while an item is unscored the total is not a result: no grade, the unscored items named
        d.put("complete", department.complete());
        d.put("grade", department.complete() ? department.grade().label() : null);
        ArrayNode unscored = d.putArray("unscored");
        department.unscored().forEach(item -> unscored.add(item.item().name()));
        ArrayNode items = d.putArray("items");
        for (UnitItemAssessment item : department.items()) {
            ObjectNode i = items.addObject();
            i.put("area", item.item().area());
            i.put("name", item.item().name());
            i.put("weight", item.item().weight().value());
            i.put("weightInferred", item.item().weightInferred());
            i.put("weightBasis", item.item().weightBasis());
            i.put("kind", item.item().measure() instanceof UnitFramework.Formula ? "formula" : "qualitative");
            if (item.rate() == null) {
                i.putNull("rate");
            } else {
                i.put("rate", item.rate().value().setScale(4, RoundingMode.HALF_UP));
            }
            i.put("basis", item.basis().name().toLowerCase(Locale.ROOT));
            i.put("score", item.score().value());
            points(i, "claimedScore", item.claimedScore());
            i.put("explanation", item.explanation());
        }
        return d;
    }

    /** One project; with {@code withFindings} its findings are included under "findings". */
    public static ObjectNode project(ProjectAssessment project, boolean withFindings) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("name", project.project().name());
        p.put("total", project.total().value());
        p.put("grade", project.grade().label());
        ObjectNode execution = p.putObject("execution");
        if (project.execution().rate() == null) {
            execution.putNull("rate");
        } else {
            execution.put("rate", project.execution().rate().value().setScale(4, RoundingMode.HALF_UP));
        }
        execution.put("score", project.execution().score().value());
        execution.put("explanation", project.execution().explanation().text());
        ArrayNode indicators = p.putArray("indicators");
        for (IndicatorAssessment row : project.indicators()) {
            ObjectNode i = indicators.addObject();
            i.put("level1", row.indicator().level1());
            i.put("level2", row.indicator().level2());
            i.put("level3", row.indicator().level3());
            i.put("target", row.indicator().target());
            i.put("actual", row.indicator().actual());
            i.put("weight", row.score().weight().value());
            i.put("kind", row.score().kind().code());
            i.put("score", row.computedScore().value());
            points(i, "claimedScore", row.claimedScore());
            i.put("explanation", row.score().explanation().text());
        }
        if (withFindings) {
            p.set("findings", findings(project.findings()));
        }
        return p;
    }

    private static void points(ObjectNode object, String field, @Nullable Points points) {
        if (points == null) {
            object.putNull(field);
        } else {
            object.put(field, points.value());
        }
    }

    public static ArrayNode findings(List<Finding> findings) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Finding finding : findings) {
            ObjectNode f = out.addObject();
            f.put("code", finding.code().name());
            f.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            f.put("project", finding.project());
            f.put("indicator", finding.indicator());
            f.put("message", finding.message());
        }
        return out;
    }
}
