package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation;
import jixiao.shared.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeWriterTest {
    private final InterchangeReader reader = new InterchangeReader();
    private final InterchangeWriter writer = new InterchangeWriter();

    @Test
    void readingWhatWasWrittenGivesAnEqualReport() throws Exception {
        SelfEvaluationReport seed = reader.read(SeedDocument.text());

        SelfEvaluationReport again = reader.read(writer.write(seed));

        assertThat(again).isEqualTo(seed);
    }

    @Test
    void writesTheFixturesTreeWithItsFieldOrderAndNulls() throws Exception {
        String written = writer.write(reader.read(SeedDocument.text()));

        assertThat(canonical(SeedDocument.parse(written))).isEqualTo(canonical(SeedDocument.tree()));
    }

    @Test
    void writesTheFixtureTextUnchanged() throws Exception {
        String written = writer.write(reader.read(SeedDocument.text()));

        assertThat(written).isEqualTo(SeedDocument.text());
    }

    @Test
    void writesChineseUnescapedAndNumbersWithoutExponent() {
        SelfEvaluationReport report = report(new Indicator(
                "产出指标", "数量指标", "人数", "≥200人", "145人", new BigDecimal("1E+2"), new BigDecimal("0.000001"), null));

        String written = writer.write(report);

        assertThat(written)
                .contains("\"level3\": \"人数\"")
                .contains("\"weight\": 100,")
                .contains("\"claimedScore\": 0.000001,")
                .doesNotContain("\\u")
                .doesNotContain("E+")
                .doesNotContain("E-")
                .endsWith("}\n");
    }

    @Test
    void writesAbsentPartsAsNullAndOmitsAFalseTableMissing() {
        String written = writer.write(report(new Indicator(null, null, null, null, null, null, null, null)));

        assertThat(written)
                .contains("\"department\": null")
                .contains("\"funds\": null")
                .contains("\"target\": null")
                .doesNotContain("tableMissing")
                .doesNotContain("narrative");
    }

    @Test
    void writesAnEmptyArrayAsTwoBrackets() {
        SelfEvaluationReport report = new SelfEvaluationReport(
                2024,
                MoneyUnit.YUAN,
                new BudgetUnit("某局", null, null),
                new UnitSelfEvaluation(null, null, null, null, null),
                List.of());

        assertThat(writer.write(report)).contains("\"projects\": []").contains("\"keyWorkPlan\": []");
    }

    @Test
    void writesAFreeFormStaffMapAsGiven() throws Exception {
        Map<String, Object> staff = new LinkedHashMap<>();
        staff.put("在编", 12);
        staff.put("备注", null);
        staff.put("科室", List.of("办公室", true));
        staff.put("下属", Map.of("名称", "中心"));
        List<String> noDepartments = new ArrayList<>();
        SelfEvaluationReport report = new SelfEvaluationReport(
                2024,
                MoneyUnit.YUAN,
                new BudgetUnit("某局", null, null),
                new UnitSelfEvaluation(
                        new UnitSelfEvaluation.Profile(staff, noDepartments, null), null, null, null, null),
                List.of());

        SelfEvaluationReport again = reader.read(writer.write(report));

        Map<String, Object> read = again.department().profile().staff();
        assertThat(List.copyOf(read.keySet())).containsExactly("在编", "备注", "科室", "下属");
        assertThat(read.get("在编")).isEqualTo(new BigDecimal("12"));
        assertThat(read.get("科室")).isEqualTo(List.of("办公室", true));
        assertThat(read.get("下属")).isEqualTo(Map.of("名称", "中心"));
    }

    @Test
    void writesToAFileAndAStreamInUtf8(@TempDir Path dir) throws Exception {
        SelfEvaluationReport seed = reader.read(SeedDocument.text());
        Path file = dir.resolve("out.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(seed, file);
        writer.write(seed, out);

        assertThat(Files.readAllBytes(file)).isEqualTo(SeedDocument.bytes());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.write(seed));
    }

    private static SelfEvaluationReport report(Indicator indicator) {
        return new SelfEvaluationReport(
                2024,
                MoneyUnit.TEN_THOUSAND_YUAN,
                new BudgetUnit("某局", null, null),
                null,
                List.of(new ProjectSelfEvaluation(
                        "项目甲", null, null, null, null, null, List.of(indicator), null, false)));
    }

    /**
     * The tree as text with field order kept and numbers compared by value (10.0 and 10 print alike), so that a
     * difference shows as a readable diff.
     */
    private static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        canonical(node, "", out);
        return out.toString();
    }

    private static void canonical(JsonNode node, String indent, StringBuilder out) {
        if (node.isObject()) {
            out.append("{\n");
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                out.append(indent).append("  ").append(member.getKey()).append(": ");
                canonical(member.getValue(), indent + "  ", out);
            }
            out.append(indent).append("}\n");
        } else if (node.isArray()) {
            out.append("[\n");
            for (JsonNode item : node) {
                out.append(indent).append("  - ");
                canonical(item, indent + "  ", out);
            }
            out.append(indent).append("]\n");
        } else if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            out.append("number ")
                    .append(
                            value.signum() == 0
                                    ? "0"
                                    : value.stripTrailingZeros().toPlainString())
                    .append('\n');
        } else {
            out.append(node.getNodeType()).append(' ').append(node).append('\n');
        }
    }
}
