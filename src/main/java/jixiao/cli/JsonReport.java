package jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import jixiao.interchange.AssessmentJson;
import jixiao.scoring.ReportAssessment;

/** `jixiao check FILE --json`: one object, {"ruleSet", "projects": [...], "findings": [...]}. */
final class JsonReport {
    private JsonReport() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    static void write(ReportAssessment assessment, OutputStream out) throws IOException {
        MAPPER.writeValue(out, AssessmentJson.report(assessment));
        out.write('\n');
        out.flush();
    }
}
