package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.scoring.RuleSet;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetFileTest {
    private final RuleSetFile file = new RuleSetFile();

    private static String defaultJson() {
        return new RuleSetFile().write(RuleSet.defaults());
    }

    @Test
    void theDefaultRuleSetReadsBackEqual() throws Exception {
        assertThat(file.read(file.write(RuleSet.defaults()))).isEqualTo(RuleSet.defaults());
    }

    @Test
    void theBundledDefaultFileIsTheDefaultRuleSet() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/rules/default.json")) {
            assertThat(file.read(in)).isEqualTo(RuleSet.defaults());
        }
    }

    @Test
    void theBundledDefaultFileIsWhatTheWriterWrites() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/rules/default.json")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(defaultJson());
        }
    }

    @Test
    void writesWeightsAsPlainNumbersLargestFirst() {
        assertThat(defaultJson())
                .contains("\"level1Weights\": {\n    \"产出\": 50,\n    \"效益\": 30,\n    \"满意度\": 10\n  }")
                .contains("\"reverseFormula\": \"linear2T\"")
                .contains("\"executionExplanationThreshold\": 0.90");
    }

    @Test
    void aProvincialRuleSetRoundTrips(@TempDir Path dir) throws Exception {
        Map<String, Points> weights = new LinkedHashMap<>();
        weights.put("成本", Points.of(10));
        weights.put("产出", Points.of(30));
        weights.put("效益", Points.of(25));
        weights.put("满意度", Points.of("5.5"));
        RuleSet henan = new RuleSet(
                "河南 2024",
                "2024.1",
                weights,
                Points.of(10),
                new RuleSet.GradeBands(Points.of(90), Points.of(80), Points.of(60)),
                RuleSet.ReverseFormula.RATIO,
                new java.math.BigDecimal("1"),
                new java.math.BigDecimal("0.85"),
                new java.math.BigDecimal("0.8"),
                new java.math.BigDecimal("0.6"),
                new java.math.BigDecimal("2"));
        Path path = dir.resolve("henan.json");

        file.write(henan, path);

        assertThat(file.read(path)).isEqualTo(henan);
        assertThat(Files.readString(path))
                .contains("\"reverseFormula\": \"ratio\"")
                .contains("\"满意度\": 5.5");
    }

    static Stream<Arguments> brokenRuleSets() {
        return Stream.of(
                Arguments.of("/name", "\"\"", "$.name", "不能为空白"),
                Arguments.of("/level1Weights", "[50, 30, 10]", "$.level1Weights", "数组 [50,30,10]"),
                Arguments.of("/level1Weights", "{}", "$.level1Weights", "至少要有一个"),
                Arguments.of("/level1Weights/产出", "\"50分\"", "$.level1Weights.产出", "\"50分\""),
                Arguments.of("/level1Weights/效益", "-30", "$.level1Weights.效益", "-30"),
                Arguments.of("/level1Weights/效益", "30.125", "$.level1Weights.效益", "30.125"),
                Arguments.of("/executionWeight", "null", "$.executionWeight", "null"),
                Arguments.of("/gradeBands/good", "95", "$.gradeBands", "良 95"),
                Arguments.of("/gradeBands/best", "100", "$.gradeBands.best", "\"best\""),
                Arguments.of("/reverseFormula", "\"LINEAR_2T\"", "$.reverseFormula", "\"LINEAR_2T\""),
                Arguments.of("/scoreTolerance", "-0.01", "$.scoreTolerance", "-0.01"),
                Arguments.of("/executionExplanationThreshold", "90", "$.executionExplanationThreshold", "90"),
                Arguments.of("/partialFloor", "0.9", "$.partialFloor", "0.9 > 0.80"),
                Arguments.of("/overAchievementRatio", "1", "$.overAchievementRatio", "1"),
                Arguments.of("/achievedFloor", "\"80%\"", "$.achievedFloor", "\"80%\""),
                Arguments.of("/tolerance", "0.01", "$.tolerance", "\"tolerance\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenRuleSets")
    void rejectsABrokenRuleSetNamingThePathAndValue(String pointer, String value, String path, String shown) {
        ObjectNode tree = (ObjectNode) SeedDocument.parse(defaultJson());
        com.fasterxml.jackson.core.JsonPointer at = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
        ((ObjectNode) tree.at(at.head())).set(at.last().getMatchingProperty(), SeedDocument.parse(value));

        InterchangeException e =
                catchThrowableOfType(InterchangeException.class, () -> file.read(SeedDocument.json(tree)));

        assertThat(e).isNotNull();
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.message()).contains(shown);
    }

    @Test
    void rejectsARuleSetWithAFieldMissing() {
        ObjectNode tree = (ObjectNode) SeedDocument.parse(defaultJson());
        tree.remove("overAchievementRatio");

        InterchangeException e =
                catchThrowableOfType(InterchangeException.class, () -> file.read(SeedDocument.json(tree)));

        assertThat(e.getMessage()).isEqualTo("$.overAchievementRatio：缺少必填字段 \"overAchievementRatio\"");
    }

    @Test
    void rejectsADuplicateKeyInARuleSet() {
        String json =
                defaultJson().replace("\"version\": \"2020.1\",", "\"version\": \"2020.1\", \"version\": \"2020.2\",");

        InterchangeException e = catchThrowableOfType(InterchangeException.class, () -> file.read(json));

        assertThat(e.path()).isEqualTo("$.version");
        assertThat(e.message()).contains("重复");
    }
}
