package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.Finding;
import jixiao.scoring.IndicatorAssessment;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.UnitItemAssessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden test: every report under {@code src/test/resources/golden/NAME.input.json} (or named by
 * {@code NAME.source}) is rescored, and the computed scores and the full list of findings (code, severity, project,
 * indicator) must equal {@code NAME.expected.json}. The expected files were reviewed line by line against the
 * report; after a deliberate change, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DefaultPrettyPrinter ONE_ITEM_A_LINE =
            new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    static Stream<String> reports() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".expected.json"))
                    .map(name -> name.substring(0, name.length() - ".expected.json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void rescoringAReportGivesTheReviewedScoresAndFindings(String name) throws Exception {
        ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(read(name));
        JsonNode actual = summarize(assessment);
        Path expectedFile = GOLDEN.resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            MAPPER.writer(ONE_ITEM_A_LINE).writeValue(expectedFile.toFile(), actual);
        }
        JsonNode expected = MAPPER.readTree(expectedFile.toFile());

        for (int i = 0; i < expected.get("projects").size(); i++) {
            assertThat(actual.get("projects").get(i))
                    .as("scores of project %d", i)
                    .isEqualTo(expected.get("projects").get(i));
        }
        assertThat(actual.get("projects").size())
                .isEqualTo(expected.get("projects").size());
        assertThat(actual.get("unit")).as("the whole-unit evaluation").isEqualTo(expected.get("unit"));
        assertThat(findingLines(actual)).containsExactlyElementsOf(findingLines(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void eachProjectScoredAloneInItsReportIsAsScoredWithTheWholeReport(String name) throws Exception {
        jixiao.scoring.SelfEvaluationReport report = read(name);
        SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());
        ReportAssessment whole = checker.assess(report);

        for (int i = 0; i < report.projects().size(); i++) {
            assertThat(checker.assess(report, i))
                    .as("project %d, %s", i, report.projects().get(i).name())
                    .isEqualTo(whole.projects().get(i));
        }
    }

    private static jixiao.scoring.SelfEvaluationReport read(String name) throws IOException, InterchangeException {
        Path source = GOLDEN.resolve(name + ".source");
        if (Files.exists(source)) {
            String resource = Files.readString(source).trim();
            try (InputStream in = GoldenTest.class.getResourceAsStream(resource)) {
                return new InterchangeReader().read(in);
            }
        }
        return new InterchangeReader().read(GOLDEN.resolve(name + ".input.json"));
    }

    private static java.util.List<String> findingLines(JsonNode summary) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        summary.get("findings").forEach(f -> lines.add(f.asText()));
        return lines;
    }

    /** Scores as text ("10.88") and findings as "CODE severity | project | indicator". */
    private static JsonNode summarize(ReportAssessment assessment) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode projects = root.putArray("projects");
        for (ProjectAssessment project : assessment.projects()) {
            ObjectNode p = projects.addObject();
            p.put("name", project.project().name());
            p.put("total", project.total().toString());
            p.put("grade", project.grade().label());
            p.put(
                    "executionRate",
                    project.execution().rate() == null
                            ? "—"
                            : project.execution().rate().toString());
            p.put("executionScore", project.execution().score().toString());
            ArrayNode indicators = p.putArray("indicators");
            for (IndicatorAssessment row : project.indicators()) {
                indicators.add(
                        row.indicator().name() + " | " + row.score().kind().code() + " | " + row.computedScore());
            }
        }
        if (assessment.department() != null) {
            ObjectNode unit = root.putObject("unit");
            unit.put("total", assessment.department().total().toString());
            unit.put("grade", assessment.department().grade().label());
            ArrayNode items = unit.putArray("items");
            for (UnitItemAssessment item : assessment.department().items()) {
                items.add(item.item().name() + " | " + item.basis().name().toLowerCase(java.util.Locale.ROOT) + " | "
                        + item.score());
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : assessment.findings()) {
            findings.add(f.code() + " " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " | "
                    + (f.project() == null ? "整体" : f.project()) + " | "
                    + (f.indicator() == null ? "—" : f.indicator()));
        }
        return root;
    }
}
