package jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.shared.Points;

/**
 * `jixiao check FILE --json`: one object, {"projects": [...], "findings": [...]}. Scores are numbers with two
 * decimals; the execution rate is a fraction with four (0.8618).
 */
final class JsonReport {
    private JsonReport() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    static ObjectNode toJson(ReportAssessment assessment) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode rules = root.putObject("ruleSet");
        rules.put("name", assessment.ruleSet().name());
        rules.put("version", assessment.ruleSet().version());
        ArrayNode projects = root.putArray("projects");
        for (ProjectAssessment project : assessment.projects()) {
            ObjectNode p = projects.addObject();
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
                putPoints(i, "claimedScore", row.claimedScore());
                i.put("explanation", row.score().explanation().text());
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : assessment.findings()) {
            ObjectNode f = findings.addObject();
            f.put("code", finding.code().name());
            f.put("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
            f.put("project", finding.project());
            f.put("indicator", finding.indicator());
            f.put("message", finding.message());
        }
        return root;
    }

    static void write(ReportAssessment assessment, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJson(assessment));
        out.write('\n');
        out.flush();
    }

    private static void putPoints(ObjectNode node, String field, Points points) {
        if (points == null) {
            node.putNull(field);
        } else {
            node.put(field, points.value());
        }
    }
}
