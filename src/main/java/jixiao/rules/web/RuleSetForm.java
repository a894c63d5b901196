package jixiao.rules.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jixiao.interchange.RuleSetField;
import jixiao.interchange.RuleSetFile;
import jixiao.interchange.RuleSetProblem;
import jixiao.scoring.Check;
import jixiao.scoring.CheckParameter;
import jixiao.scoring.RuleSet;
import jixiao.scoring.check.CheckCatalogue;

/**
 * The bureau's form of a rule set: every field of the file format with its Chinese name and description (from the
 * schema, {@link RuleSetFile#fields()}), the 一级指标 weights and the caps by 执行率 as rows, every check of the
 * catalogue with its switch, severity and parameters. What is posted becomes the level's changes: the fields whose
 * value differs from the inherited set's, as a region's rule set file names them.
 *
 * <p>Inputs are named by the field's JSON path ({@code $.gradeBands.good}; a check's {@code
 * $.checks.VAGUE_TARGET.parameters.minimum}), so that a problem, which names its path, lands beside its field.
 */
public final class RuleSetForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final RuleSetFile FILES = new RuleSetFile();

    /** Fields shown as rows or per check rather than one input each. */
    private static final List<String> OWN_SECTIONS =
            List.of("$.name", "$.version", "$.level1Weights", "$.executionCaps", "$.checks");

    /** Blank rows offered below the weights and the caps, to add one. */
    private static final int BLANK_ROWS = 2;

    /** One input of a plain field: its path, the schema's Chinese name and description, its type and choices. */
    public record Field(String path, String title, String description, String type, List<String> values) {
        /** The message key of its English name ({@code rules.field.gradeBands.good}). */
        public String key() {
            return "rules.field." + path.substring(2);
        }

        /** The message key of its description. */
        public String helpKey() {
            return "rules.help." + path.substring(2);
        }

        /** The input's id ({@code rule-gradeBands-good}). */
        public String id() {
            return "rule-" + path.substring(2).replace('.', '-');
        }
    }

    /** A row of the 一级指标 weights or of the caps by 执行率, as typed. */
    public record Row(String first, String second) {}

    /** A check of the catalogue with its parameters a rule set may change (its own parameters only). */
    public record CheckRow(Check check, List<CheckParameter> parameters) {
        public String path() {
            return "$.checks." + check.code();
        }
    }

    /** The plain fields (numbers, choices, switches), in the order of the schema. */
    static final List<Field> FIELDS = plainFields();

    static final List<CheckRow> CHECKS = CheckCatalogue.all().stream()
            .map(c -> new CheckRow(
                    c, c.parameters().stream().filter(p -> !p.ruleSetField()).toList()))
            .toList();

    /**
     * What the form shows: values by input name, the weights and caps as rows (null where not posted: the inherited
     * ones stay).
     */
    public record Values(Map<String, String> values, List<Row> weights, List<Row> caps) {

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        /** The values of a rule set: every field, every check as the set has it or as the catalogue says. */
        static Values of(RuleSet rules) {
            ObjectNode tree = treeOf(rules);
            Map<String, String> values = new LinkedHashMap<>();
            for (Field field : FIELDS) {
                JsonNode node = tree.at(pointer(field.path()));
                values.put(field.path(), node.isMissingNode() ? "" : node.asText());
            }
            ObjectNode checks = (ObjectNode) tree.get("checks");
            for (CheckRow row : CHECKS) {
                JsonNode check = checks.path(row.check().code());
                values.put(row.path() + ".enabled", check.path("enabled").asText("true"));
                values.put(
                        row.path() + ".severity",
                        check.path("severity")
                                .asText(row.check().severity().name().toLowerCase(Locale.ROOT)));
                for (CheckParameter parameter : row.parameters()) {
                    JsonNode value = check.path("parameters").path(parameter.name());
                    values.put(
                            row.path() + ".parameters." + parameter.name(),
                            value.isMissingNode()
                                    ? parameter.defaultValue().toPlainString()
                                    : value.decimalValue().toPlainString());
                }
            }
            List<Row> weights = new ArrayList<>();
            rules.level1Weights().forEach((stem, weight) -> weights.add(new Row(stem, plain(weight.value()))));
            List<Row> caps = new ArrayList<>();
            rules.executionCaps()
                    .forEach(cap -> caps.add(new Row(
                            cap.below().toPlainString(), plain(cap.atMost().value()))));
            return new Values(values, withBlankRows(weights), withBlankRows(caps));
        }

        /** The values as posted; the rows from the parallel lists of their two inputs. */
        static Values posted(
                Map<String, String> params,
                List<String> stems,
                List<String> weights,
                List<String> below,
                List<String> atMost) {
            return new Values(
                    params,
                    stems == null ? null : withBlankRows(rows(stems, weights)),
                    below == null ? null : withBlankRows(rows(below, atMost)));
        }

        /** The complete rule set as a tree: the inherited one's with every posted value in place. */
        ObjectNode tree(RuleSet inherited) {
            ObjectNode tree = treeOf(inherited);
            for (Field field : FIELDS) {
                if (values.containsKey(field.path())) {
                    put(tree, field.path(), typed(field.type(), values.get(field.path())));
                }
            }
            if (weights != null) {
                ObjectNode weightsNode = NODES.objectNode();
                for (Row row : weights) {
                    if (!row.first().isBlank()) {
                        weightsNode.set(row.first().trim(), number(row.second()));
                    }
                }
                tree.set("level1Weights", weightsNode);
            }
            if (caps != null) {
                ArrayNode capsNode = NODES.arrayNode();
                for (Row row : caps) {
                    if (!row.first().isBlank() || !row.second().isBlank()) {
                        ObjectNode cap = NODES.objectNode();
                        cap.set("below", number(row.first()));
                        cap.set("atMost", number(row.second()));
                        capsNode.add(cap);
                    }
                }
                tree.set("executionCaps", capsNode);
            }
            tree.set("checks", checks(values));
            return tree;
        }
    }

    /**
     * The changes of a level: what {@code posted} sets otherwise than {@code inherited}, named the way a region's
     * rule set file names them (the weights and the caps as a whole, the other objects field by field, the checks
     * check by check).
     */
    static String changes(RuleSet inherited, Values posted, String name, String version) {
        ObjectNode before = treeOf(inherited);
        before.set("checks", checks(Values.of(inherited).values()));
        ObjectNode after = posted.tree(inherited);
        ObjectNode change = NODES.objectNode();
        change.put("name", name);
        change.put("version", version);
        after.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode now = entry.getValue();
            JsonNode was = before.path(key);
            if (key.equals("name") || key.equals("version") || same(was, now)) {
                return;
            }
            if (now.isObject() && was.isObject() && !key.equals("level1Weights")) {
                ObjectNode members = changedMembers((ObjectNode) was, (ObjectNode) now, key.equals("checks") ? 3 : 1);
                if (!members.isEmpty()) {
                    change.set(key, members);
                }
            } else {
                change.set(key, now);
            }
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(change) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree writes", e);
        }
    }

    /**
     * What a level's changes set, field by field, beside the inherited value: for the page of a version. Each as
     * (path, inherited, changed to).
     */
    public record Change(String path, String title, String before, String after) {
        /** The message key of the field's name, where it is a plain field or a section of the form. */
        public String key() {
            return "rules.field." + path.substring(2);
        }
    }

    static List<Change> changed(RuleSet inherited, RuleSet changed) {
        Map<String, String> before = Values.of(inherited).values();
        Map<String, String> after = Values.of(changed).values();
        List<Change> changes = new ArrayList<>();
        String weightsBefore = weights(inherited);
        String weightsAfter = weights(changed);
        if (!weightsBefore.equals(weightsAfter)) {
            changes.add(new Change("$.level1Weights", titleOf("$.level1Weights"), weightsBefore, weightsAfter));
        }
        String capsBefore = caps(inherited);
        String capsAfter = caps(changed);
        if (!capsBefore.equals(capsAfter)) {
            changes.add(new Change("$.executionCaps", titleOf("$.executionCaps"), capsBefore, capsAfter));
        }
        after.forEach((path, value) -> {
            String was = before.getOrDefault(path, "");
            if (!sameText(was, value)) {
                changes.add(new Change(path, titleOf(path), was, value));
            }
        });
        return changes;
    }

    /** The problems by the input they belong to: a field's own, a check's, the weights', the caps', or the form's. */
    static Map<String, List<String>> problemsByInput(List<RuleSetProblem> problems) {
        Map<String, List<String>> byInput = new LinkedHashMap<>();
        for (RuleSetProblem problem : problems) {
            byInput.computeIfAbsent(inputOf(problem.path()), k -> new ArrayList<>())
                    .add(problem.toString());
        }
        return byInput;
    }

    private static String inputOf(String path) {
        for (String section : List.of("$.level1Weights", "$.executionCaps")) {
            if (path.startsWith(section)) {
                return section;
            }
        }
        if (path.startsWith("$.checks.")) {
            String rest = path.substring("$.checks.".length());
            int dot = rest.indexOf('.');
            return "$.checks." + (dot < 0 ? rest : rest.substring(0, dot));
        }
        for (Field field : FIELDS) {
            if (path.equals(field.path())) {
                return path;
            }
        }
        for (Field field : FIELDS) {
            if (path.startsWith(field.path() + ".")) {
                return field.path();
            }
        }
        return "$";
    }

    /** The Chinese name of a path: its field's, or (for a check's input) the check's code and the field's name. */
    static String titleOf(String path) {
        for (Field field : FIELDS == null ? List.<Field>of() : FIELDS) {
            if (field.path().equals(path)) {
                return field.title();
            }
        }
        for (RuleSetField field : RuleSetFile.fields()) {
            if (field.path().equals(path)) {
                return field.title();
            }
        }
        if (path.startsWith("$.checks.")) {
            String[] parts = path.substring("$.checks.".length()).split("\\.");
            String what = parts.length > 2
                    ? parts[2]
                    : RuleSetFile.fields().stream()
                            .filter(f -> f.path().equals("$.checks.*." + parts[1]))
                            .map(RuleSetField::title)
                            .findFirst()
                            .orElse(parts[1]);
            return "检查 " + parts[0] + " " + what;
        }
        return path;
    }

    private static List<Field> plainFields() {
        List<Field> fields = new ArrayList<>();
        for (RuleSetField field : RuleSetFile.fields()) {
            boolean own = OWN_SECTIONS.stream()
                    .anyMatch(section ->
                            field.path().equals(section) || field.path().startsWith(section + "."));
            boolean plain = field.type().equals("number")
                    || field.type().equals("boolean")
                    || (field.type().equals("string") && !field.values().isEmpty());
            if (!own && plain && !field.path().contains("*")) {
                String parent = field.path().substring(0, field.path().lastIndexOf('.'));
                String title = parent.equals("$") ? field.title() : titleOf(parent) + "：" + field.title();
                fields.add(new Field(field.path(), title, field.description(), field.type(), field.values()));
            }
        }
        return List.copyOf(fields);
    }

    private static ObjectNode checks(Map<String, String> values) {
        ObjectNode checks = NODES.objectNode();
        for (CheckRow row : CHECKS) {
            ObjectNode check = NODES.objectNode();
            String enabled = values.get(row.path() + ".enabled");
            if (enabled != null) {
                check.set("enabled", typed("boolean", enabled));
            }
            String severity = values.get(row.path() + ".severity");
            if (severity != null) {
                check.put("severity", severity);
            }
            ObjectNode parameters = NODES.objectNode();
            for (CheckParameter parameter : row.parameters()) {
                String value = values.get(row.path() + ".parameters." + parameter.name());
                if (value != null) {
                    parameters.set(parameter.name(), number(value));
                }
            }
            if (!parameters.isEmpty()) {
                check.set("parameters", parameters);
            }
            checks.set(row.check().code(), check);
        }
        return checks;
    }

    /** The members of {@code now} that differ from {@code was}, {@code depth} levels down. */
    private static ObjectNode changedMembers(ObjectNode was, ObjectNode now, int depth) {
        ObjectNode changed = NODES.objectNode();
        now.properties().forEach(member -> {
            JsonNode old = was.path(member.getKey());
            JsonNode value = member.getValue();
            if (same(old, value)) {
                return;
            }
            JsonNode put = depth > 1 && value.isObject() && old.isObject()
                    ? changedMembers((ObjectNode) old, (ObjectNode) value, depth - 1)
                    : value;
            if (!(put.isObject() && put.isEmpty() && old.isObject())) {
                changed.set(member.getKey(), put);
            }
        });
        return changed;
    }

    /** Equal as the rule set reads them: numbers by value (50 and 50.00 alike). */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            // by name, in any order: a rule set file lists the weights by weight, the form in the set's order
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!b.has(name) || !same(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean sameText(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    /** A typed value: a number, or the text as typed where it is none (the reader then names field and value). */
    private static JsonNode typed(String type, String text) {
        String value = text == null ? "" : text.trim();
        return switch (type) {
            case "number" -> number(value);
            case "boolean" ->
                value.equals("true")
                        ? NODES.booleanNode(true)
                        : value.equals("false") ? NODES.booleanNode(false) : NODES.textNode(value);
            default -> NODES.textNode(value);
        };
    }

    private static JsonNode number(String text) {
        String value = text == null ? "" : text.trim();
        try {
            return NODES.numberNode(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return NODES.textNode(value);
        }
    }

    private static void put(ObjectNode tree, String path, JsonNode value) {
        String[] parts = path.substring(2).split("\\.");
        ObjectNode at = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (next == null || !next.isObject()) {
                next = NODES.objectNode();
                at.set(parts[i], next);
            }
            at = (ObjectNode) next;
        }
        at.set(parts[parts.length - 1], value);
    }

    private static String pointer(String path) {
        return "/" + path.substring(2).replace('.', '/');
    }

    private static ObjectNode treeOf(RuleSet rules) {
        try {
            return (ObjectNode) JSON.readTree(FILES.write(rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a written rule set reads back", e);
        }
    }

    private static List<Row> rows(List<String> first, List<String> second) {
        List<Row> rows = new ArrayList<>();
        int n = Math.max(first == null ? 0 : first.size(), second == null ? 0 : second.size());
        for (int i = 0; i < n; i++) {
            rows.add(new Row(at(first, i), at(second, i)));
        }
        return rows;
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }

    private static List<Row> withBlankRows(List<Row> rows) {
        List<Row> filled = new ArrayList<>();
        for (Row row : rows) {
            if (!row.first().isBlank() || !row.second().isBlank()) {
                filled.add(row);
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            filled.add(new Row("", ""));
        }
        return filled;
    }

    private static String weights(RuleSet rules) {
        List<String> parts = new ArrayList<>();
        rules.level1Weights().forEach((stem, weight) -> parts.add(stem + " " + plain(weight.value())));
        return String.join("、", parts);
    }

    private static String caps(RuleSet rules) {
        List<String> parts = new ArrayList<>();
        rules.executionCaps()
                .forEach(cap -> parts.add("<" + cap.below().toPlainString() + " → "
                        + plain(cap.atMost().value())));
        return parts.isEmpty() ? "—" : String.join("、", parts);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
