package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import jixiao.scoring.CheckSetting;
import jixiao.scoring.RuleSet;
import jixiao.scoring.Severity;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published schema of the rule set format says what the reader accepts: the written sets pass, broken ones fail. */
class RuleSetSchemaTest {
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = RuleSetSchemaTest.class.getResourceAsStream("/schema/rule-set-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String full() {
        return new RuleSetFile()
                .write(RuleSet.layout101()
                        .withDeviation(new RuleSet.Deviation(true, new BigDecimal("0.3"), Points.of("2.5")))
                        .withExecutionCaps(RuleSet.ExecutionCap.provincial())
                        .withCheck("VAGUE_TARGET", CheckSetting.off())
                        .withCheck("GOAL_COPIED", CheckSetting.severity(Severity.INFO)));
    }

    @Test
    void everySetTheWriterWritesIsValid() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/rules/default.json")) {
            assertThat(SCHEMA.validate(SeedDocument.parse(new String(in.readAllBytes(), "UTF-8"))))
                    .isEmpty();
        }
        assertThat(SCHEMA.validate(SeedDocument.parse(new RuleSetFile().write(RuleSet.layout101()))))
                .isEmpty();
        assertThat(SCHEMA.validate(SeedDocument.parse(full()))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/name|\"\"",
                "/level1Weights|{}",
                "/level1Weights/效益|-30",
                "/level1Weights/效益|30.125",
                "/gradeBands/best|100",
                "/reverseFormula|\"LINEAR_2T\"",
                "/executionExplanationThreshold|90",
                "/overAchievementRatio|1",
                "/unprintedWeights|\"none\"",
                "/deviation/share|0",
                "/deviation/extra|1",
                "/executionCaps|[{\"below\": 1.2, \"atMost\": 89}]",
                "/executionCaps|[{\"below\": 0.8, \"atMost\": 101}]",
                "/notApplicable|\"yes\"",
                "/checks/VAGUE_TARGET|{\"severity\": \"fatal\"}",
                "/checks/vague|{}",
                "/tolerance|0.01"
            })
    void aBrokenSetIsInvalid(String pointer, String value) throws Exception {
        ObjectNode tree = (ObjectNode) SeedDocument.parse(full());
        com.fasterxml.jackson.core.JsonPointer at = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
        ((ObjectNode) tree.at(at.head())).set(at.last().getMatchingProperty(), SeedDocument.parse(value));

        assertThat(SCHEMA.validate(tree)).as(pointer).isNotEmpty();
        assertThat(new RuleSetFile().problems(SeedDocument.json(tree), null))
                .as(pointer)
                .isNotEmpty();
    }
}
