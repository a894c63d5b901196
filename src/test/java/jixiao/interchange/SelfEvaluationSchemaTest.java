package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schema says what the reader accepts: the seed passes, every structural defect fails. */
class SelfEvaluationSchemaTest {
    private static final String SCHEMA = "/schema/self-evaluation-1.schema.json";

    private static final JsonSchema schema = load();

    private static JsonSchema load() {
        try (InputStream in = SelfEvaluationSchemaTest.class.getResourceAsStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> validate(String json) {
        return schema.validate(SeedDocument.parse(json));
    }

    @Test
    void theSeedFixtureIsValid() {
        assertThat(validate(SeedDocument.text())).isEmpty();
    }

    @Test
    void theWritersOutputIsValid() throws Exception {
        String written = new InterchangeWriter().write(new InterchangeReader().read(SeedDocument.text()));

        assertThat(validate(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jixiao.interchange.StructuralDefect#all")
    void rejectsWhatTheReaderRejectsForItsStructure(StructuralDefect defect) {
        assertThat(validate(defect.json())).as(defect.description()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/projects/0/indicators/0/target|\"0\"",
                "/projects/0/indicators/0/target|0.5",
                "/projects/0/indicators/0/claimedScore|-3",
                "/projects/0/indicators|[]",
                "/projects|[]",
                "/department|null",
                "/projects/0/tableMissing|null",
                "/department/profile/staff|{\"科室\": [\"办公室\", 2, true, null], \"下属\": {\"名称\": \"中心\"}}",
            })
    void acceptsWhatTheReaderAccepts(String change) throws Exception {
        String[] parts = change.split("\\|", 2);
        String json = SeedDocument.with(parts[0], parts[1]);

        new InterchangeReader().read(json);
        assertThat(validate(json)).isEmpty();
    }
}
