package jixiao.evaluation.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.InterchangeWriter;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;

/** A single project in the interchange format's JSON, read with the interchange reader's checks and messages. */
final class ProjectJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String IN_DOCUMENT = "$.projects[0]";

    private final InterchangeReader reader = new InterchangeReader();
    private final InterchangeWriter writer = new InterchangeWriter();

    JsonNode write(SelfEvaluationReport oneProject) {
        try {
            return MAPPER.readTree(writer.write(oneProject)).path("projects").path(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code project} (at JSON path {@code at}) in the context of the evaluation's report. */
    ProjectSelfEvaluation read(JsonNode project, SelfEvaluationReport context, String at) {
        if (project == null || !project.isObject()) {
            throw new Invalid(at, at + "：应为一个项目对象");
        }
        ObjectNode document = MAPPER.createObjectNode();
        document.put("format", SelfEvaluationReport.FORMAT);
        document.put("fiscalYear", context.fiscalYear());
        document.put("moneyUnit", context.moneyUnit().label());
        document.putObject("unit").put("name", context.unit().name());
        document.putArray("projects").add(project);
        try {
            return reader.read(document.toString()).projects().get(0);
        } catch (InterchangeException e) {
            String path = e.path().startsWith(IN_DOCUMENT) ? at + e.path().substring(IN_DOCUMENT.length()) : at;
            throw new Invalid(path, path + "：" + e.message());
        }
    }
}
