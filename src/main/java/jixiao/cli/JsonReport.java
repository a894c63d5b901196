package jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import jixiao.interchange.AssessmentJson;
import jixiao.scoring.ReportAssessment;

/**
 * `jixiao check FILE --json`: one object, {"ruleSet", "projects": [...], "findings": [...]}; with {@code --lang en}
 * the findings' messages and the scores' explanations are in English (codes and values stay as they are).
 */
final class JsonReport {
    private JsonReport() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    static void write(ReportAssessment assessment, OutputStream out, Language in) throws IOException {
        JsonNode report = AssessmentJson.report(assessment);
        if (in != Language.ZH) {
            translate(report, in);
        }
        MAPPER.writeValue(out, report);
        out.write('\n');
        out.flush();
    }

    /** The engine's sentences of the tree (every "message" and "explanation") in the language. */
    private static void translate(JsonNode node, Language in) {
        if (node instanceof ObjectNode object) {
            for (String field : TRANSLATED) {
                JsonNode value = object.get(field);
                if (value != null && value.isTextual()) {
                    object.put(field, in.sentence(value.asText()));
                }
            }
        }
        node.forEach(child -> translate(child, in));
    }

    private static final java.util.List<String> TRANSLATED = java.util.List.of("message", "explanation");
}
