package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jixiao.report.DocumentFormat;
import jixiao.report.Edition;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.Points;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field the {@code self-evaluation/1} format leaves optional may be left out (null), or given as an empty object
 * or array, and the report is still read, scored by every kind of rule set, written back unchanged and given as JSON;
 * with all of them left out (or empty) it is laid out as a workbook and a Word document: an absent part is a finding, never
 * an exception (issue 15: "a {@code department} without a {@code budget} must not throw"). The cases are the seed's
 * fields, each left out wherever it occurs, so a field added to the format is covered without a new case.
 */
class OptionalFieldsTest {
    /** The fields the format requires (the schema's {@code required}): the others are the cases. */
    private static final Set<String> REQUIRED = Set.of(
            "$.format",
            "$.fiscalYear",
            "$.moneyUnit",
            "$.unit",
            "$.unit.name",
            "$.projects",
            "$.projects[].name",
            "$.projects[].indicators");

    /** Scored by the default, the 101号 layout and a province's rules (deviation, caps, weights given, 不适用). */
    private static final List<RuleSet> RULE_SETS = List.of(
            RuleSet.defaults(),
            RuleSet.layout101(),
            RuleSet.defaults()
                    .withDeviation(new RuleSet.Deviation(true, new BigDecimal("0.30"), Points.of(2)))
                    .withExecutionCaps(List.of(
                            new RuleSet.ExecutionCap(new BigDecimal("0.8"), Points.of(89)),
                            new RuleSet.ExecutionCap(new BigDecimal("0.6"), Points.of(69))))
                    .withWeighing(
                            RuleSet.UnprintedWeights.SHARED_WITHIN_LEVEL1, RuleSet.NotApplicable.ACROSS_INDICATORS));

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aReportWithoutTheFieldIsReadScoredAndWrittenBack(String name, Consumer<ObjectNode> change) throws Exception {
        SelfEvaluationReport report = read(change);

        for (RuleSet rules : RULE_SETS) {
            ReportAssessment assessment = new SelfEvaluationChecker(rules).assess(report);
            assertThat(AssessmentJson.report(assessment).path("findings").isArray())
                    .isTrue();
        }
        assertThat(new InterchangeReader().read(new InterchangeWriter().write(report)))
                .isEqualTo(report);
    }

    /** The documents, for the two cases that leave out most: a few seconds, not one per field. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everything")
    void aReportWithoutAnyOptionalFieldIsLaidOut(String name, Consumer<ObjectNode> change) throws Exception {
        SelfEvaluationReport report = read(change);
        ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);

        // the PDF lays out the same composed document as the Word file (ReportDocument), more slowly
        for (DocumentFormat format : List.of(DocumentFormat.XLSX, DocumentFormat.DOCX)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(report, assessment, Edition.of(assessment, LocalDate.of(2022, 3, 15)), out);
            assertThat(out.size()).as(format + " of " + name).isPositive();
        }
    }

    private static SelfEvaluationReport read(Consumer<ObjectNode> change) throws InterchangeException {
        ObjectNode document = smallSeed();
        change.accept(document);
        return new InterchangeReader().read(document.toString());
    }

    static Stream<Arguments> everything() {
        return cases().filter(c -> ((String) c.get()[0]).startsWith("every"));
    }

    /** Each optional field left out (null) wherever it occurs; each optional object or array given empty. */
    static Stream<Arguments> cases() {
        Set<String> shapes = new TreeSet<>();
        collect(smallSeed(), "$", shapes);
        List<Arguments> cases = new ArrayList<>();
        for (String shape : shapes) {
            if (REQUIRED.contains(shape)) {
                continue;
            }
            cases.add(Arguments.of(shape + " = null", change(shape, node -> JsonNodeFactory.instance.nullNode())));
            JsonNode example = first(smallSeed(), shape);
            if (example != null && example.isObject()) {
                cases.add(Arguments.of(shape + " = {}", change(shape, node -> JsonNodeFactory.instance.objectNode())));
            } else if (example != null && example.isArray()) {
                cases.add(Arguments.of(shape + " = []", change(shape, node -> JsonNodeFactory.instance.arrayNode())));
            }
        }
        cases.add(Arguments.of(
                "every optional field null", everywhere(shapes, node -> JsonNodeFactory.instance.nullNode())));
        cases.add(Arguments.of(
                "every optional object and array empty",
                everywhere(
                        shapes,
                        node -> node == null || !node.isContainerNode()
                                ? node
                                : node.isObject()
                                        ? JsonNodeFactory.instance.objectNode()
                                        : JsonNodeFactory.instance.arrayNode())));
        return cases.stream();
    }

    /** Each optional field changed, the outer ones first (a field inside an emptied object is gone with it). */
    private static Consumer<ObjectNode> everywhere(
            Set<String> shapes, java.util.function.UnaryOperator<JsonNode> value) {
        return document -> {
            for (String shape : shapes) {
                if (!REQUIRED.contains(shape)) {
                    change(shape, value).accept(document);
                }
            }
        };
    }

    /**
     * The seed cut to two projects and three key work items: every field of the format occurs, and a case takes
     * milliseconds.
     */
    private static ObjectNode smallSeed() {
        ObjectNode seed = SeedDocument.tree().deepCopy();
        ArrayNode projects = (ArrayNode) seed.get("projects");
        while (projects.size() > 2) {
            projects.remove(projects.size() - 1);
        }
        ArrayNode keyWork = (ArrayNode) seed.get("department").get("keyWorkPlan");
        while (keyWork.size() > 3) {
            keyWork.remove(keyWork.size() - 1);
        }
        // the fields the seed does not print: a key work item's 完成情况, a row marked 不适用, a claimed score in words
        ((ObjectNode) keyWork.get(0))
                .put("responsibleDepartment", "办公室")
                .put("deadline", "2021年12月")
                .put("status", "partial")
                .put("evidence", "见附件");
        ObjectNode row = (ObjectNode) projects.get(0).get("indicators").get(0);
        row.putObject("notApplicable").put("reason", "本年度未安排");
        ((ObjectNode) projects.get(0).get("indicators").get(1)).put("claimedScore", "九点五");
        return seed;
    }

    /** Every member's path without indices ({@code $.projects[].funds.total}); not into the free-form staff. */
    private static void collect(JsonNode node, String shape, Set<String> shapes) {
        if (node.isObject() && !shape.endsWith(".staff")) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String path = shape + "." + member.getKey();
                shapes.add(path);
                collect(member.getValue(), path, shapes);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, shape + "[]", shapes));
        }
    }

    private static Consumer<ObjectNode> change(String shape, java.util.function.UnaryOperator<JsonNode> value) {
        return document -> apply(document, "$", shape, value);
    }

    private static void apply(
            JsonNode node, String at, String shape, java.util.function.UnaryOperator<JsonNode> value) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (String name : List.copyOf(
                    object.properties().stream().map(Map.Entry::getKey).toList())) {
                String path = at + "." + name;
                if (path.equals(shape)) {
                    object.set(name, value.apply(object.get(name)));
                } else if (shape.startsWith(path + ".") || shape.startsWith(path + "[]")) {
                    apply(object.get(name), path, shape, value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> apply(element, at + "[]", shape, value));
        }
    }

    private static JsonNode first(JsonNode node, String shape) {
        List<JsonNode> found = new ArrayList<>();
        apply(node, "$", shape, v -> {
            found.add(v);
            return v;
        });
        return found.isEmpty() ? null : found.get(0);
    }
}
