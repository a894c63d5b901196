package jixiao.interchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.RuleSet;
import jixiao.shared.Decimals;
import jixiao.shared.Points;

/**
 * A {@link RuleSet} as a JSON file, so that a province or a year can change weights, grade bands and tolerances
 * without a code change (domain.md §2). Every field is required; unknown fields, duplicate keys and values the rule set
 * cannot hold are reported with their JSON path, like {@link InterchangeReader} does.
 *
 * <pre>{@code
 * {
 *   "name": "财预〔2020〕10号",
 *   "version": "2020.1",
 *   "level1Weights": {"产出": 50, "效益": 30, "满意度": 10},
 *   "executionWeight": 10,
 *   "gradeBands": {"excellent": 90, "good": 80, "fair": 60},
 *   "reverseFormula": "linear2T",
 *   "scoreTolerance": 0.01,
 *   "executionExplanationThreshold": 0.90,
 *   "achievedFloor": 0.80,
 *   "partialFloor": 0.60,
 *   "overAchievementRatio": 1.5
 * }
 * }</pre>
 */
public final class RuleSetFile {
    private static final List<String> FIELDS = List.of(
            "name",
            "version",
            "level1Weights",
            "executionWeight",
            "gradeBands",
            "reverseFormula",
            "scoreTolerance",
            "executionExplanationThreshold",
            "achievedFloor",
            "partialFloor",
            "overAchievementRatio");
    private static final List<String> GRADE_BAND_FIELDS = List.of("excellent", "good", "fair");

    private static final Map<String, RuleSet.ReverseFormula> FORMULAS =
            Map.of("linear2T", RuleSet.ReverseFormula.LINEAR_2T, "ratio", RuleSet.ReverseFormula.RATIO);

    public RuleSet read(Path file) throws InterchangeException {
        return ruleSet(JsonDocument.parse(file));
    }

    /** Reads the whole stream (UTF-8); does not close it. */
    public RuleSet read(InputStream in) throws InterchangeException {
        return ruleSet(JsonDocument.parse(in));
    }

    public RuleSet read(String json) throws InterchangeException {
        return ruleSet(JsonDocument.parse(json));
    }

    /** The rule set as text, ending in a newline. */
    public String write(RuleSet rules) {
        return JsonDocument.text(g -> body(g, rules));
    }

    public void write(RuleSet rules, Path file) throws IOException {
        JsonDocument.write(file, g -> body(g, rules));
    }

    /** Writes the rule set (UTF-8) to the stream; does not close it. */
    public void write(RuleSet rules, OutputStream out) throws IOException {
        JsonDocument.write(out, g -> body(g, rules));
    }

    private static void body(JsonGenerator g, RuleSet rules) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", rules.name());
        g.writeStringField("version", rules.version());
        g.writeObjectFieldStart("level1Weights");
        for (Map.Entry<String, Points> weight : inPrintOrder(rules.level1Weights())) {
            g.writeNumberField(weight.getKey(), plain(weight.getValue()));
        }
        g.writeEndObject();
        g.writeNumberField("executionWeight", plain(rules.executionWeight()));
        g.writeObjectFieldStart("gradeBands");
        g.writeNumberField("excellent", plain(rules.gradeBands().excellent()));
        g.writeNumberField("good", plain(rules.gradeBands().good()));
        g.writeNumberField("fair", plain(rules.gradeBands().fair()));
        g.writeEndObject();
        g.writeStringField("reverseFormula", formulaName(rules.reverseFormula()));
        g.writeNumberField("scoreTolerance", rules.scoreTolerance());
        g.writeNumberField("executionExplanationThreshold", rules.executionExplanationThreshold());
        g.writeNumberField("achievedFloor", rules.achievedFloor());
        g.writeNumberField("partialFloor", rules.partialFloor());
        g.writeNumberField("overAchievementRatio", rules.overAchievementRatio());
        g.writeEndObject();
    }

    /**
     * The rule set keeps its weights in an unordered map, so the file lists them by weight, largest first, and by
     * name where equal: the same file every time.
     */
    private static List<Map.Entry<String, Points>> inPrintOrder(Map<String, Points> weights) {
        List<Map.Entry<String, Points>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Map.Entry.<String, Points>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries;
    }

    /** Points keep two decimals; the file shows 50 rather than 50.00 (it reads back equal). */
    private static BigDecimal plain(Points points) {
        return new BigDecimal(Decimals.plain(points.value()));
    }

    private static String formulaName(RuleSet.ReverseFormula formula) {
        return switch (formula) {
            case LINEAR_2T -> "linear2T";
            case RATIO -> "ratio";
        };
    }

    private static RuleSet ruleSet(ObjectNode root) throws InterchangeException {
        JsonObjectView rules = JsonObjectView.of(root, "$", FIELDS);
        String name = rules.requiredName("name");
        String version = rules.requiredName("version");
        Map<String, Points> level1Weights = level1Weights(rules);
        Points executionWeight = points(rules, "executionWeight");
        JsonObjectView bands = rules.requiredObject("gradeBands", GRADE_BAND_FIELDS);
        Points excellent = points(bands, "excellent");
        Points good = points(bands, "good");
        Points fair = points(bands, "fair");
        if (excellent.compareTo(good) < 0 || good.compareTo(fair) < 0) {
            throw InterchangeException.at(
                    bands.path(), "等级分数线应自上而下不增（优 ≥ 良 ≥ 中），实际为 优 " + excellent + "、良 " + good + "、中 " + fair);
        }
        RuleSet.ReverseFormula formula = reverseFormula(rules);
        BigDecimal scoreTolerance = required(rules, "scoreTolerance");
        if (scoreTolerance.signum() < 0) {
            throw InterchangeException.at(
                    rules.pathOf("scoreTolerance"), "容差不能为负数（" + scoreTolerance.toPlainString() + "）");
        }
        BigDecimal threshold = fraction(rules, "executionExplanationThreshold");
        BigDecimal achievedFloor = fraction(rules, "achievedFloor");
        BigDecimal partialFloor = fraction(rules, "partialFloor");
        if (partialFloor.compareTo(achievedFloor) > 0) {
            throw InterchangeException.at(
                    rules.pathOf("partialFloor"),
                    "“部分达成”的下限不能高于“达成”的下限（" + partialFloor.toPlainString() + " > " + achievedFloor.toPlainString()
                            + "）");
        }
        BigDecimal overAchievementRatio = required(rules, "overAchievementRatio");
        if (overAchievementRatio.compareTo(BigDecimal.ONE) <= 0) {
            throw InterchangeException.at(
                    rules.pathOf("overAchievementRatio"), "超额完成的倍数应大于 1，实际为 " + overAchievementRatio.toPlainString());
        }
        try {
            return new RuleSet(
                    name,
                    version,
                    level1Weights,
                    executionWeight,
                    new RuleSet.GradeBands(excellent, good, fair),
                    formula,
                    scoreTolerance,
                    threshold,
                    achievedFloor,
                    partialFloor,
                    overAchievementRatio);
        } catch (IllegalArgumentException e) {
            throw InterchangeException.at("$", "规则集不成立：" + e.getMessage());
        }
    }

    private static Map<String, Points> level1Weights(JsonObjectView rules) throws InterchangeException {
        JsonNode value = rules.required("level1Weights");
        String path = rules.pathOf("level1Weights");
        if (!value.isObject()) {
            throw InterchangeException.at(path, "应为对象 {\"产出\": 50, …}，实际为" + JsonValues.describe(value));
        }
        if (value.isEmpty()) {
            throw InterchangeException.at(path, "至少要有一个一级指标的分值");
        }
        Map<String, Points> weights = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String memberPath = JsonPath.member(path, member.getKey());
            if (member.getKey().isBlank()) {
                throw InterchangeException.at(memberPath, "一级指标名称不能为空白");
            }
            if (member.getValue().isNull()) {
                throw InterchangeException.at(memberPath, "分值不能为 null");
            }
            weights.put(member.getKey(), points(JsonObjectView.numberOf(member.getValue(), memberPath), memberPath));
        }
        return weights;
    }

    private static RuleSet.ReverseFormula reverseFormula(JsonObjectView rules) throws InterchangeException {
        String path = rules.pathOf("reverseFormula");
        String name = JsonObjectView.textOf(rules.required("reverseFormula"), path);
        RuleSet.ReverseFormula formula = FORMULAS.get(name);
        if (formula == null) {
            throw InterchangeException.at(path, "反向指标公式应为 \"linear2T\" 或 \"ratio\"，实际为 " + JsonValues.quoted(name));
        }
        return formula;
    }

    private static BigDecimal required(JsonObjectView object, String field) throws InterchangeException {
        return JsonObjectView.numberOf(object.required(field), object.pathOf(field));
    }

    private static Points points(JsonObjectView object, String field) throws InterchangeException {
        return points(required(object, field), object.pathOf(field));
    }

    /** A weight or a score line: not negative, and at most two decimals, because Points would round it silently. */
    private static Points points(BigDecimal value, String path) throws InterchangeException {
        if (value.signum() < 0) {
            throw InterchangeException.at(path, "分值不能为负数（" + value.toPlainString() + "）");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw InterchangeException.at(path, "分值最多两位小数，实际为 " + value.toPlainString());
        }
        return Points.of(value);
    }

    private static BigDecimal fraction(JsonObjectView object, String field) throws InterchangeException {
        BigDecimal value = required(object, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw InterchangeException.at(object.pathOf(field), "应为 0 到 1 之间的比例，实际为 " + value.toPlainString());
        }
        return value;
    }
}
