package jixiao.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A field of the rule set format as {@code schema/rule-set-1.schema.json} describes it, the one place its Chinese name
 * and description are written: for the bureau's form, and for the problems the reader names.
 *
 * @param path its JSON path; {@code *} stands for any key ({@code $.checks.*.severity}, {@code
 *     $.level1Weights.*})
 * @param title its Chinese name ("良的分数线")
 * @param description what it means, in Chinese
 * @param type the JSON type: string, number, boolean, object or array
 * @param values the values it may take, for a choice; empty otherwise
 * @param required whether a complete rule set must give it
 */
public record RuleSetField(
        String path, String title, String description, String type, List<String> values, boolean required) {
    public RuleSetField {
        values = List.copyOf(values);
    }

    private static final String SCHEMA = "/schema/rule-set-1.schema.json";

    static final List<RuleSetField> ALL = load();

    private static List<RuleSetField> load() {
        try (InputStream in = RuleSetField.class.getResourceAsStream(SCHEMA)) {
            JsonNode schema = new ObjectMapper().readTree(in);
            List<RuleSetField> fields = new ArrayList<>();
            walk(schema, schema, "$", true, fields);
            return List.copyOf(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties of an object schema, each field then its own fields. */
    private static void walk(JsonNode root, JsonNode object, String path, boolean complete, List<RuleSetField> out) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
            String fieldPath = path + "." + property.getKey();
            add(root, property.getValue(), fieldPath, complete && required.contains(property.getKey()), out);
        }
    }

    private static void add(JsonNode root, JsonNode field, String path, boolean required, List<RuleSetField> out) {
        JsonNode schema = resolved(root, field);
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asText()));
        String type = values.isEmpty() ? schema.path("type").asText("") : "string";
        out.add(new RuleSetField(
                path,
                field.path("title").asText(schema.path("title").asText("")),
                field.path("description").asText(schema.path("description").asText("")),
                type,
                values,
                required));
        if (schema.has("properties")) {
            walk(root, schema, path, required, out);
        }
        JsonNode items = schema.path("items");
        if (items.has("properties")) {
            walk(root, resolved(root, items), path + "[*]", required, out);
        }
        JsonNode any = schema.path("additionalProperties");
        if (any.isObject() && !schema.has("properties")) {
            JsonNode each = resolved(root, any);
            if (each.has("properties")) {
                walk(root, each, path + ".*", false, out);
            }
        }
    }

    /** A schema with its {@code $ref} to {@code #/$defs/…} followed, if it has one. */
    private static JsonNode resolved(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    /**
     * The Chinese name of the field at a path ("$.gradeBands.good" → "良的分数线"; "$.checks.VAGUE_TARGET.severity" →
     * "严重程度"; "$.executionCaps[2].below" → "执行率低于"), or of the nearest field above it, or "" at the top.
     */
    static String labelOf(String path) {
        String general = path.replaceAll("\\[\\d+]", "[*]");
        for (String at = general; at.contains("."); at = at.substring(0, at.lastIndexOf('.'))) {
            for (RuleSetField field : ALL) {
                if (matches(field.path(), at) && !field.title().isEmpty()) {
                    return field.title();
                }
            }
        }
        return "";
    }

    private static boolean matches(String pattern, String path) {
        String[] p = pattern.split("\\.");
        String[] q = path.split("\\.");
        if (p.length != q.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (!p[i].equals("*") && !p[i].equals(q[i])) {
                return false;
            }
        }
        return true;
    }
}
