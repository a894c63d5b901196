package jixiao.evaluation.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import jixiao.evaluation.EvaluationChange;
import jixiao.evaluation.EvaluationSummary;
import jixiao.evaluation.FindingExplanation;
import jixiao.interchange.AssessmentJson;
import jixiao.scoring.Finding;

/** What the API says alike of a project and a whole-unit evaluation: the row, the findings, the history. */
final class EvaluationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJson() {}

    static ObjectNode summary(EvaluationSummary row) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", row.id());
        o.put("name", row.name());
        o.put("unit", row.unitName());
        o.put("fiscalYear", row.fiscalYear());
        o.put("status", row.status().name());
        o.put("statusLabel", row.status().label());
        o.put("version", row.version());
        o.put("total", row.total());
        o.put("grade", row.grade());
        o.put("errors", row.errors());
        o.put("warnings", row.warnings());
        o.put("claimedTotal", row.figures().claimedTotal());
        o.put("budget", row.figures().budget());
        o.put("executed", row.figures().executed());
        o.put("executionRate", row.figures().executionRate());
        o.put("recheckTotal", row.recheckTotal());
        return o;
    }

    /** The findings, each with the key an explanation is kept under and the explanation given, if any. */
    static ArrayNode findings(List<Finding> findings, Function<Finding, String> explanationOf) {
        ArrayNode out = AssessmentJson.findings(findings);
        for (int i = 0; i < out.size(); i++) {
            ObjectNode f = (ObjectNode) out.get(i);
            Finding finding = findings.get(i);
            f.put("key", FindingExplanation.keyOf(finding));
            f.put("explanation", explanationOf.apply(finding));
        }
        return out;
    }

    static ArrayNode history(List<EvaluationChange> changes) {
        ArrayNode out = MAPPER.createArrayNode();
        for (EvaluationChange change : changes) {
            ObjectNode c = out.addObject();
            c.put("at", change.at().toString());
            c.put("by", change.by());
            c.put("field", change.field());
            c.put("old", change.oldValue());
            c.put("new", change.newValue());
        }
        return out;
    }
}
