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
import java.util.Locale;
import java.util.Map;
import jixiao.scoring.Check;
import jixiao.scoring.CheckParameter;
import jixiao.scoring.CheckSetting;
import jixiao.scoring.RuleSet;
import jixiao.scoring.RuleSet.Deviation;
import jixiao.scoring.RuleSet.ExecutionCap;
import jixiao.scoring.RuleSet.NotApplicable;
import jixiao.scoring.RuleSet.UnprintedWeights;
import jixiao.scoring.Severity;
import jixiao.scoring.check.CheckCatalogue;
import jixiao.shared.Decimals;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RuleSet} as a JSON file ({@code schema/rule-set-1.schema.json} describes every field in Chinese), so that a
 * province, a city, a county or a year can change the rules and the checks without a code change (domain.md §2).
 * Unknown fields, duplicate keys and values the rule set cannot hold are reported with their JSON path, like {@link
 * InterchangeReader} does.
 *
 * <p>What the bureau's pages need, for a region's rule set:
 *
 * <ul>
 *   <li>{@link #resolve(RuleSet, List)}: the rule set in force in a region, from its chain of sets (the province's
 *       complete set, or a built-in one, then each level's changes: city, county);
 *   <li>{@link #problems(String, RuleSet)}: every problem of a region's set (or of a complete one), each naming the
 *       field, its Chinese name and the value, never an exception;
 *   <li>{@link #fields()}: each field of the format with its Chinese name and description, for a form; the checks a
 *       set may change are {@link CheckCatalogue#all()}.
 * </ul>
 *
 * A region's set names only what it changes: {@code level1Weights} and {@code executionCaps} replace the parent's as
 * a whole, {@code gradeBands} and {@code deviation} field by field, {@code checks} check by check and parameter by
 * parameter; {@code name} and {@code version} are required, so that an evaluation scored with it says which set it
 * was.
 */
public final class RuleSetFile {
    private static final List<String> REQUIRED = List.of(
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
    private static final List<String> OPTIONAL =
            List.of("unprintedWeights", "deviation", "executionCaps", "notApplicable", "checks");
    private static final List<String> FIELDS = concat(REQUIRED, OPTIONAL);
    private static final List<String> GRADE_BAND_FIELDS = List.of("excellent", "good", "fair");
    private static final List<String> DEVIATION_FIELDS = List.of("applies", "share", "points");
    private static final List<String> CAP_FIELDS = List.of("below", "atMost");
    private static final List<String> CHECK_FIELDS = List.of("enabled", "severity", "parameters");
    /** Fields a region's set replaces as a whole rather than field by field. */
    private static final List<String> REPLACED_WHOLE = List.of("level1Weights", "executionCaps");

    private static final Map<String, RuleSet.ReverseFormula> FORMULAS =
            Map.of("linear2T", RuleSet.ReverseFormula.LINEAR_2T, "ratio", RuleSet.ReverseFormula.RATIO);
    private static final Map<String, UnprintedWeights> UNPRINTED =
            Map.of("missing", UnprintedWeights.MISSING, "sharedWithinLevel1", UnprintedWeights.SHARED_WITHIN_LEVEL1);
    private static final Map<String, NotApplicable> NOT_APPLICABLE = Map.of(
            "notAdmitted",
            NotApplicable.NOT_ADMITTED,
            "withinLevel1",
            NotApplicable.WITHIN_LEVEL1,
            "acrossIndicators",
            NotApplicable.ACROSS_INDICATORS);

    public RuleSet read(Path file) throws InterchangeException {
        return complete(JsonDocument.parse(file));
    }

    /** Reads the whole stream (UTF-8); does not close it. */
    public RuleSet read(InputStream in) throws InterchangeException {
        return complete(JsonDocument.parse(in));
    }

    public RuleSet read(String json) throws InterchangeException {
        return complete(JsonDocument.parse(json));
    }

    /**
     * The rule set in force where {@code base} is changed by each of {@code changes} in turn (a region's sets from the
     * top down: province, city, county; each names only what it changes). The first problem of a change is thrown,
     * naming the change by its place in the list ("第 2 层").
     */
    public RuleSet resolve(RuleSet base, List<String> changes) throws InterchangeException {
        RuleSet rules = base;
        for (int i = 0; i < changes.size(); i++) {
            List<RuleSetProblem> problems = problems(changes.get(i), rules);
            if (!problems.isEmpty()) {
                RuleSetProblem first = problems.get(0);
                throw InterchangeException.at(first.path(), "第 " + (i + 1) + " 层规则集：" + first.message());
            }
            rules = complete(merge(tree(rules), JsonDocument.parse(changes.get(i))));
        }
        return rules;
    }

    /**
     * Every problem of a rule set file, never an exception: of a region's set that changes {@code parent}, or of a
     * complete set where {@code parent} is null. Beyond what {@link #read} refuses, a set whose 一级指标 weights and
     * 预算执行率 weight do not add up to 100 is a problem here: a file may be read with one (a province's template with
     * other items), but the system takes none as a region's set.
     */
    public List<RuleSetProblem> problems(String json, @Nullable RuleSet parent) {
        ObjectNode tree;
        try {
            tree = JsonDocument.parse(json);
        } catch (InterchangeException e) {
            return List.of(RuleSetProblem.of(e));
        }
        Reading reading = new Reading();
        if (parent == null) {
            RuleSet rules = read(tree, reading, true);
            if (rules != null) {
                reading.weightsAddUpTo100(rules);
            }
            return reading.problems;
        }
        read(tree, reading, false);
        if (!reading.problems.isEmpty()) {
            return reading.problems;
        }
        RuleSet rules = read(merge(tree(parent), tree), reading, true);
        if (rules != null) {
            reading.weightsAddUpTo100(rules);
        }
        return reading.problems;
    }

    /** Each field of the format, with its Chinese name and description, in the order of the schema. */
    public static List<RuleSetField> fields() {
        return RuleSetField.ALL;
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
        g.writeStringField("reverseFormula", nameOf(FORMULAS, rules.reverseFormula()));
        g.writeNumberField("scoreTolerance", rules.scoreTolerance());
        g.writeNumberField("executionExplanationThreshold", rules.executionExplanationThreshold());
        g.writeNumberField("achievedFloor", rules.achievedFloor());
        g.writeNumberField("partialFloor", rules.partialFloor());
        g.writeNumberField("overAchievementRatio", rules.overAchievementRatio());
        g.writeStringField("unprintedWeights", nameOf(UNPRINTED, rules.unprintedWeights()));
        g.writeObjectFieldStart("deviation");
        g.writeBooleanField("applies", rules.deviation().applies());
        g.writeNumberField("share", rules.deviation().share());
        g.writeNumberField("points", plain(rules.deviation().points()));
        g.writeEndObject();
        g.writeArrayFieldStart("executionCaps");
        for (ExecutionCap cap : rules.executionCaps()) {
            g.writeStartObject();
            g.writeNumberField("below", cap.below());
            g.writeNumberField("atMost", plain(cap.atMost()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("notApplicable", nameOf(NOT_APPLICABLE, rules.notApplicable()));
        g.writeObjectFieldStart("checks");
        for (Map.Entry<String, CheckSetting> check : rules.checks().entrySet()) {
            g.writeObjectFieldStart(check.getKey());
            CheckSetting setting = check.getValue();
            if (setting.enabled() != null) {
                g.writeBooleanField("enabled", setting.enabled());
            }
            if (setting.severity() != null) {
                g.writeStringField("severity", setting.severity().name().toLowerCase(Locale.ROOT));
            }
            if (!setting.parameters().isEmpty()) {
                g.writeObjectFieldStart("parameters");
                for (Map.Entry<String, BigDecimal> parameter :
                        setting.parameters().entrySet()) {
                    g.writeNumberField(parameter.getKey(), parameter.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The file lists the weights by weight, largest first, and by name where equal: the same file every time,
     * whatever order the set was made in.
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

    private static <T> String nameOf(Map<String, T> names, T value) {
        for (Map.Entry<String, T> entry : names.entrySet()) {
            if (entry.getValue() == value) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("no name for " + value);
    }

    private static ObjectNode tree(RuleSet rules) {
        try {
            return JsonDocument.parse(new RuleSetFile().write(rules));
        } catch (InterchangeException e) {
            throw new IllegalStateException("a written rule set reads back", e);
        }
    }

    /** The parent's document with the change's fields put in, as the class comment says. */
    static ObjectNode merge(ObjectNode parent, ObjectNode change) {
        ObjectNode merged = parent.deepCopy();
        for (Map.Entry<String, JsonNode> field : change.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode old = merged.get(name);
            if (REPLACED_WHOLE.contains(name) || old == null || !old.isObject() || !value.isObject()) {
                merged.set(name, value.deepCopy());
            } else if (name.equals("checks")) {
                ObjectNode checks = (ObjectNode) old;
                for (Map.Entry<String, JsonNode> check : value.properties()) {
                    JsonNode was = checks.get(check.getKey());
                    checks.set(
                            check.getKey(),
                            was != null && was.isObject() && check.getValue().isObject()
                                    ? mergeCheck((ObjectNode) was, (ObjectNode) check.getValue())
                                    : check.getValue().deepCopy());
                }
            } else {
                ObjectNode object = (ObjectNode) old;
                value.properties()
                        .forEach(member ->
                                object.set(member.getKey(), member.getValue().deepCopy()));
            }
        }
        return merged;
    }

    private static ObjectNode mergeCheck(ObjectNode parent, ObjectNode change) {
        ObjectNode merged = parent.deepCopy();
        for (Map.Entry<String, JsonNode> field : change.properties()) {
            JsonNode old = merged.get("parameters");
            if (field.getKey().equals("parameters")
                    && old != null
                    && old.isObject()
                    && field.getValue().isObject()) {
                field.getValue().properties().forEach(p -> ((ObjectNode) old)
                        .set(p.getKey(), p.getValue().deepCopy()));
            } else {
                merged.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return merged;
    }

    private static RuleSet complete(ObjectNode root) throws InterchangeException {
        Reading reading = new Reading();
        RuleSet rules = read(root, reading, true);
        if (!reading.problems.isEmpty()) {
            RuleSetProblem first = reading.problems.get(0);
            throw InterchangeException.at(first.path(), first.message());
        }
        if (rules == null) {
            throw new IllegalStateException("a complete rule set read without problems is a rule set");
        }
        return rules;
    }

    /** Reads a value that may be wrong (or absent: null); a wrong one is a problem, and the reading goes on. */
    @FunctionalInterface
    private interface Attempt<T> {
        @Nullable
        T read() throws InterchangeException;
    }

    /** The problems found so far. */
    private static final class Reading {
        final List<RuleSetProblem> problems = new ArrayList<>();

        /** The value, or null where it is wrong (a problem). */
        <T> @Nullable T attempt(Attempt<T> attempt) {
            try {
                return attempt.read();
            } catch (InterchangeException e) {
                problems.add(RuleSetProblem.of(e));
                return null;
            }
        }

        void problem(String path, String message) {
            problems.add(RuleSetProblem.at(path, message));
        }

        /** The object's fields that are not allowed, each a problem; the object read field by field. */
        @Nullable
        JsonObjectView object(JsonNode value, String path, List<String> allowed) {
            return attempt(() -> {
                JsonObjectView view = JsonObjectView.checked(value, path);
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    if (!allowed.contains(member.getKey())) {
                        problems.add(RuleSetProblem.of(JsonObjectView.unknown(path, member.getKey(), allowed)));
                    }
                }
                return view;
            });
        }

        /** 一级指标分值 + 预算执行率分值 = 100 (财预〔2020〕10号). */
        void weightsAddUpTo100(RuleSet rules) {
            Points total = rules.executionWeight();
            for (Points weight : rules.level1Weights().values()) {
                total = total.plus(weight);
            }
            if (total.compareTo(Points.HUNDRED) != 0) {
                problem("$.level1Weights", "一级指标分值与预算执行率分值合计 " + total + " 分，应为 100 分");
            }
        }
    }

    /**
     * The rule set of a document; null where it has problems, each added to the reading. {@code complete}: every
     * required field must be there; else only name and version (a region's set, read to find its own problems).
     */
    private static @Nullable RuleSet read(ObjectNode root, Reading reading, boolean complete) {
        int before = reading.problems.size();
        JsonObjectView rules = reading.object(root, "$", FIELDS);
        if (rules == null) {
            return null;
        }
        String name = reading.attempt(() -> rules.requiredName("name"));
        String version = reading.attempt(() -> rules.requiredName("version"));
        Map<String, Points> level1Weights =
                field(rules, "level1Weights", complete, reading, () -> level1Weights(rules));
        Points executionWeight =
                field(rules, "executionWeight", complete, reading, () -> points(rules, "executionWeight"));
        RuleSet.GradeBands bands =
                field(rules, "gradeBands", complete, reading, () -> gradeBands(rules, reading, complete));
        RuleSet.ReverseFormula formula = field(
                rules, "reverseFormula", complete, reading, () -> named(rules, "reverseFormula", FORMULAS, "反向指标公式"));
        BigDecimal scoreTolerance =
                field(rules, "scoreTolerance", complete, reading, () -> notNegative(rules, "scoreTolerance", "容差"));
        BigDecimal threshold = field(
                rules,
                "executionExplanationThreshold",
                complete,
                reading,
                () -> fraction(rules, "executionExplanationThreshold"));
        BigDecimal achievedFloor =
                field(rules, "achievedFloor", complete, reading, () -> fraction(rules, "achievedFloor"));
        BigDecimal partialFloor =
                field(rules, "partialFloor", complete, reading, () -> fraction(rules, "partialFloor"));
        if (achievedFloor != null && partialFloor != null && partialFloor.compareTo(achievedFloor) > 0) {
            reading.problem(
                    rules.pathOf("partialFloor"),
                    "“部分达成”的下限不能高于“达成”的下限（" + partialFloor.toPlainString() + " > " + achievedFloor.toPlainString()
                            + "）");
        }
        BigDecimal overAchievementRatio =
                field(rules, "overAchievementRatio", complete, reading, () -> overAchievementRatio(rules));
        UnprintedWeights unprinted = optional(
                rules,
                "unprintedWeights",
                UnprintedWeights.MISSING,
                reading,
                () -> named(rules, "unprintedWeights", UNPRINTED, "未印分值的处理"));
        Deviation deviation = optional(rules, "deviation", Deviation.NONE, reading, () -> deviation(rules, reading));
        List<ExecutionCap> caps = optional(rules, "executionCaps", List.of(), reading, () -> caps(rules, reading));
        NotApplicable notApplicable = optional(
                rules,
                "notApplicable",
                NotApplicable.NOT_ADMITTED,
                reading,
                () -> named(rules, "notApplicable", NOT_APPLICABLE, "不适用指标的处理"));
        Map<String, CheckSetting> checks = optional(rules, "checks", Map.of(), reading, () -> checks(rules, reading));
        if (!complete || reading.problems.size() > before) {
            return null;
        }
        // without a problem every field of a complete set was read: a value is null only where a problem says why
        if (name == null
                || version == null
                || level1Weights == null
                || executionWeight == null
                || bands == null
                || formula == null
                || scoreTolerance == null
                || threshold == null
                || achievedFloor == null
                || partialFloor == null
                || overAchievementRatio == null
                || unprinted == null
                || deviation == null
                || caps == null
                || notApplicable == null
                || checks == null) {
            throw new IllegalStateException("a complete rule set without problems lacks a field");
        }
        try {
            return new RuleSet(
                    name,
                    version,
                    level1Weights,
                    executionWeight,
                    bands,
                    formula,
                    scoreTolerance,
                    threshold,
                    achievedFloor,
                    partialFloor,
                    overAchievementRatio,
                    unprinted,
                    deviation,
                    caps,
                    notApplicable,
                    checks);
        } catch (IllegalArgumentException e) {
            reading.problem("$", "规则集不成立：" + e.getMessage());
            return null;
        }
    }

    /** A field required of a complete set; read where present; null where absent from a region's set, or wrong. */
    private static <T> @Nullable T field(
            JsonObjectView rules, String field, boolean complete, Reading reading, Attempt<T> value) {
        if (!complete && !rules.has(field)) {
            return null;
        }
        return reading.attempt(() -> {
            rules.required(field);
            return value.read();
        });
    }

    /** A field a set may leave out: its default where absent; null where wrong. */
    private static <T> @Nullable T optional(
            JsonObjectView rules, String field, T absent, Reading reading, Attempt<T> value) {
        return rules.has(field) ? reading.attempt(value) : absent;
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

    /** The three bands of a complete set; of a region's set, those it names (the merged set is checked whole). */
    private static RuleSet.@Nullable GradeBands gradeBands(JsonObjectView rules, Reading reading, boolean complete)
            throws InterchangeException {
        JsonObjectView bands =
                reading.object(rules.required("gradeBands"), rules.pathOf("gradeBands"), GRADE_BAND_FIELDS);
        if (bands == null) {
            return null;
        }
        Points excellent = band(bands, "excellent", complete, reading);
        Points good = band(bands, "good", complete, reading);
        Points fair = band(bands, "fair", complete, reading);
        if (excellent == null || good == null || fair == null) {
            return null;
        }
        if (excellent.compareTo(good) < 0 || good.compareTo(fair) < 0) {
            throw InterchangeException.at(
                    bands.path(), "等级分数线应自上而下不增（优 ≥ 良 ≥ 中），实际为 优 " + excellent + "、良 " + good + "、中 " + fair);
        }
        return new RuleSet.GradeBands(excellent, good, fair);
    }

    private static @Nullable Points band(JsonObjectView bands, String band, boolean complete, Reading reading) {
        return complete || bands.has(band) ? reading.attempt(() -> points(bands, band)) : null;
    }

    private static BigDecimal overAchievementRatio(JsonObjectView rules) throws InterchangeException {
        BigDecimal ratio = required(rules, "overAchievementRatio");
        if (ratio.compareTo(BigDecimal.ONE) <= 0) {
            throw InterchangeException.at(
                    rules.pathOf("overAchievementRatio"), "超额完成的倍数应大于 1，实际为 " + ratio.toPlainString());
        }
        return ratio;
    }

    private static @Nullable Deviation deviation(JsonObjectView rules, Reading reading) throws InterchangeException {
        JsonObjectView deviation =
                reading.object(rules.required("deviation"), rules.pathOf("deviation"), DEVIATION_FIELDS);
        if (deviation == null) {
            return null;
        }
        Boolean applies = reading.attempt(() -> deviation.flag("applies"));
        BigDecimal share = reading.attempt(() -> deviation.number("share"));
        Points points = reading.attempt(() -> deviation.has("points") ? points(deviation, "points") : null);
        if (share != null && share.signum() <= 0) {
            throw InterchangeException.at(deviation.pathOf("share"), "偏离比例应大于 0，实际为 " + share.toPlainString());
        }
        return new Deviation(
                applies != null ? applies : Deviation.NONE.applies(),
                share != null ? share : Deviation.NONE.share(),
                points != null ? points : Deviation.NONE.points());
    }

    private static List<ExecutionCap> caps(JsonObjectView rules, Reading reading) throws InterchangeException {
        String path = rules.pathOf("executionCaps");
        JsonNode value = rules.required("executionCaps");
        if (!value.isArray()) {
            throw InterchangeException.at(
                    path, "应为数组 [{\"below\": 0.8, \"atMost\": 89}, …]，实际为" + JsonValues.describe(value));
        }
        List<ExecutionCap> caps = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String capPath = JsonPath.index(path, i);
            JsonObjectView cap = reading.object(value.get(i), capPath, CAP_FIELDS);
            if (cap == null) {
                continue;
            }
            BigDecimal below = reading.attempt(() -> {
                BigDecimal rate = required(cap, "below");
                if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                    throw InterchangeException.at(
                            cap.pathOf("below"), "执行率应为大于 0、不超过 1 的比例，实际为 " + rate.toPlainString());
                }
                return rate;
            });
            Points atMost = reading.attempt(() -> {
                Points most = points(cap, "atMost");
                if (most.isGreaterThan(Points.HUNDRED)) {
                    throw InterchangeException.at(cap.pathOf("atMost"), "总分上限不能超过 100 分，实际为 " + most);
                }
                return most;
            });
            if (below != null && atMost != null) {
                caps.add(new ExecutionCap(below, atMost));
            }
        }
        caps.sort(Comparator.comparing(ExecutionCap::below).reversed());
        for (int i = 1; i < caps.size(); i++) {
            ExecutionCap higher = caps.get(i - 1);
            ExecutionCap lower = caps.get(i);
            if (lower.below().compareTo(higher.below()) == 0) {
                throw InterchangeException.at(path, "执行率低于 " + lower.below().toPlainString() + " 的一档出现了两次");
            }
            if (lower.atMost().isGreaterThan(higher.atMost())) {
                throw InterchangeException.at(
                        path,
                        "执行率越低，总分上限不应越高：低于 " + lower.below().toPlainString() + " 为 " + lower.atMost() + " 分，低于 "
                                + higher.below().toPlainString() + " 为 " + higher.atMost() + " 分");
            }
        }
        return caps;
    }

    private static Map<String, CheckSetting> checks(JsonObjectView rules, Reading reading) throws InterchangeException {
        String path = rules.pathOf("checks");
        JsonNode value = rules.required("checks");
        if (!value.isObject()) {
            throw InterchangeException.at(path, "应为对象 {\"检查代码\": {…}}，实际为" + JsonValues.describe(value));
        }
        List<String> codes = CheckCatalogue.all().stream().map(Check::code).toList();
        Map<String, CheckSetting> checks = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String code = member.getKey();
            if (!codes.contains(code)) {
                reading.problems.add(RuleSetProblem.of(JsonObjectView.unknown(path, code, codes)));
                continue;
            }
            Check check = CheckCatalogue.byCode(code).orElseThrow();
            String checkPath = JsonPath.member(path, code);
            JsonObjectView setting = reading.object(member.getValue(), checkPath, CHECK_FIELDS);
            if (setting == null) {
                continue;
            }
            Boolean enabled = reading.attempt(() -> setting.flag("enabled"));
            Severity severity = reading.attempt(() -> severity(setting));
            Map<String, BigDecimal> parameters = reading.attempt(() -> parameters(setting, check, reading));
            checks.put(code, new CheckSetting(enabled, severity, parameters == null ? Map.of() : parameters));
        }
        return checks;
    }

    private static @Nullable Severity severity(JsonObjectView setting) throws InterchangeException {
        String name = setting.text("severity");
        if (name == null) {
            return null;
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().toLowerCase(Locale.ROOT).equals(name)) {
                return severity;
            }
        }
        throw InterchangeException.at(
                setting.pathOf("severity"), "严重程度应为 \"error\"、\"warning\" 或 \"info\"，实际为 " + JsonValues.quoted(name));
    }

    private static @Nullable Map<String, BigDecimal> parameters(JsonObjectView setting, Check check, Reading reading)
            throws InterchangeException {
        JsonNode value = setting.value("parameters");
        if (value == null) {
            return Map.of();
        }
        String path = setting.pathOf("parameters");
        List<String> names = check.parameters().stream()
                .filter(p -> !p.ruleSetField())
                .map(CheckParameter::name)
                .toList();
        JsonObjectView parameters = reading.object(value, path, names);
        if (parameters == null) {
            return null;
        }
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        for (CheckParameter parameter : check.parameters()) {
            if (parameter.ruleSetField()) {
                continue;
            }
            String name = parameter.name();
            BigDecimal number = reading.attempt(() -> parameters.number(name));
            if (number == null) {
                continue;
            }
            if ((parameter.min() != null && number.compareTo(parameter.min()) < 0)
                    || (parameter.max() != null && number.compareTo(parameter.max()) > 0)) {
                reading.problem(
                        parameters.pathOf(name),
                        parameter.description() + "应在 " + parameter.range() + " 之间，实际为 " + number.toPlainString());
                continue;
            }
            read.put(name, number);
        }
        return read;
    }

    private static <T> T named(JsonObjectView rules, String field, Map<String, T> names, String noun)
            throws InterchangeException {
        String path = rules.pathOf(field);
        String name = JsonObjectView.textOf(rules.required(field), path);
        T value = names.get(name);
        if (value == null) {
            throw InterchangeException.at(
                    path,
                    noun + "应为 "
                            + String.join(
                                    " 或 ",
                                    names.keySet().stream()
                                            .sorted()
                                            .map(JsonValues::quoted)
                                            .toList())
                            + "，实际为 " + JsonValues.quoted(name));
        }
        return value;
    }

    private static BigDecimal required(JsonObjectView object, String field) throws InterchangeException {
        return JsonObjectView.numberOf(object.required(field), object.pathOf(field));
    }

    private static BigDecimal notNegative(JsonObjectView object, String field, String noun)
            throws InterchangeException {
        BigDecimal value = required(object, field);
        if (value.signum() < 0) {
            throw InterchangeException.at(object.pathOf(field), noun + "不能为负数（" + value.toPlainString() + "）");
        }
        return value;
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
