package jixiao.evaluation.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.InterchangeWriter;
import jixiao.scoring.Finding;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitItemAssessment;
import jixiao.scoring.UnitSelfEvaluation;

/**
 * The 部门（单位）整体自评 in the interchange format's JSON ({@code department}), read with the interchange reader's
 * checks and messages, and its assessment as JSON.
 */
final class DepartmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String IN_DOCUMENT = "$.department";

    private final InterchangeReader reader = new InterchangeReader();
    private final InterchangeWriter writer = new InterchangeWriter();

    JsonNode write(SelfEvaluationReport report) {
        try {
            return MAPPER.readTree(writer.write(report)).path("department");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code department} (at JSON path {@code at}) in the context of the evaluation's report. */
    UnitSelfEvaluation read(JsonNode department, SelfEvaluationReport context, String at) {
        if (department == null || !department.isObject()) {
            throw new Invalid(at, at + "：应为部门（单位）整体自评对象");
        }
        ObjectNode document = MAPPER.createObjectNode();
        document.put("format", SelfEvaluationReport.FORMAT);
        document.put("fiscalYear", context.fiscalYear());
        document.put("moneyUnit", context.moneyUnit().label());
        document.putObject("unit").put("name", context.unit().name());
        document.set("department", department);
        document.putArray("projects");
        try {
            return reader.read(document.toString()).department();
        } catch (InterchangeException e) {
            String path = e.path().startsWith(IN_DOCUMENT) ? at + e.path().substring(IN_DOCUMENT.length()) : at;
            throw new Invalid(path, path + "：" + e.message());
        }
    }

    /** Each framework item with its weight (and where it was inferred, how), claimed and computed score. */
    static ObjectNode assessment(UnitAssessment assessment) {
        ObjectNode out = MAPPER.createObjectNode();
        out.putObject("framework")
                .put("name", assessment.framework().name())
                .put("version", assessment.framework().version());
        ArrayNode items = out.putArray("items");
        for (UnitItemAssessment item : assessment.items()) {
            ObjectNode i = items.addObject();
            i.put("area", item.item().area());
            i.put("name", item.item().name());
            i.put("weight", item.item().weight().value());
            i.put("weightInferred", item.item().weightInferred());
            i.put("weightBasis", item.item().weightBasis());
            i.put(
                    "kind",
                    item.item().measure() instanceof jixiao.scoring.UnitFramework.Formula ? "formula" : "qualitative");
            i.put(
                    "claimedScore",
                    item.claimedScore() == null ? null : item.claimedScore().value());
            i.put("rate", item.rate() == null ? null : item.rate().value());
            i.put("basis", item.basis().name());
            i.put("score", item.score().value());
            i.put("explanation", item.explanation());
        }
        out.put("total", assessment.total().value());
        out.put("claimedTotal", assessment.claimedTotal().value());
        // while an item is unscored the total is not a result: no grade, the unscored items named
        out.put("complete", assessment.complete());
        out.put("grade", assessment.complete() ? assessment.grade().label() : null);
        com.fasterxml.jackson.databind.node.ArrayNode unscored = out.putArray("unscored");
        assessment.unscored().forEach(item -> unscored.add(item.item().name()));
        return out;
    }

    static List<Finding> ofItem(List<Finding> findings, String item) {
        return findings.stream().filter(f -> item.equals(f.indicator())).toList();
    }
}
