package jixiao.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jixiao.shared.InputLimits;
import jixiao.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object at a known path, read field by field: each accessor checks the type and names the path and the value
 * when it is wrong. Absent and {@code null} are the same for optional fields. Fields not in the allowed list are
 * rejected when the view is made, so a typo such as {@code "weigth"} is an error rather than a silently missing value.
 */
final class JsonObjectView {
    /** Reads one element of an array at its path. */
    @FunctionalInterface
    interface Element<T> {
        T read(JsonNode value, String path) throws InterchangeException;
    }

    private final JsonNode node;
    private final String path;

    private JsonObjectView(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object {@code value} at {@code path}; an error if it is not an object or has a field not allowed. */
    static JsonObjectView of(@Nullable JsonNode value, String path, List<String> allowed) throws InterchangeException {
        if (value == null || !value.isObject()) {
            throw InterchangeException.at(path, "应为对象 {…}，实际为" + JsonValues.describe(value));
        }
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String name = member.getKey();
            if (!allowed.contains(name)) {
                throw unknown(path, name, allowed);
            }
        }
        return new JsonObjectView(value, path);
    }

    /** An object read field by field whose fields were checked by the caller, who lists every unknown one. */
    static JsonObjectView checked(@Nullable JsonNode value, String path) throws InterchangeException {
        if (value == null || !value.isObject()) {
            throw InterchangeException.at(path, "应为对象 {…}，实际为" + JsonValues.describe(value));
        }
        return new JsonObjectView(value, path);
    }

    /** A field of an object that is not one of the allowed names, with the nearest allowed name as a suggestion. */
    static InterchangeException unknown(String path, String name, List<String> allowed) {
        // a name of any length was compared with every allowed one, character by character
        String shown = PlainText.cut(name, InputLimits.SHORT_TEXT);
        return InterchangeException.at(
                JsonPath.member(path, shown),
                "未知字段 " + JsonValues.quoted(shown) + suggestion(PlainText.cut(name, 40), allowed));
    }

    String path() {
        return path;
    }

    /** Whether the field is present (JSON null counts as absent). */
    boolean has(String field) {
        return value(field) != null;
    }

    String pathOf(String field) {
        return JsonPath.member(path, field);
    }

    /** The field's value, or null where it is absent or JSON null. */
    @Nullable
    JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** A field that must be present and not null. */
    JsonNode required(String field) throws InterchangeException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw InterchangeException.at(pathOf(field), "缺少必填字段 " + JsonValues.quoted(field));
        }
        if (value.isNull()) {
            throw InterchangeException.at(pathOf(field), "必填字段不能为 null");
        }
        return value;
    }

    /** A text that must be present and not blank. */
    String requiredName(String field) throws InterchangeException {
        String text = textOf(required(field), pathOf(field));
        if (text.isBlank()) {
            throw InterchangeException.at(pathOf(field), "不能为空白，实际为" + JsonValues.describe(node.get(field)));
        }
        return text;
    }

    /** An optional text. */
    @Nullable
    String text(String field) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : textOf(value, pathOf(field));
    }

    /**
     * An optional text where hand-made files put a bare number ({@code "target": 0}): the number is kept as its plain
     * string ("0"), so the scoring sees what a printed table would show.
     */
    @Nullable
    String textOrNumber(String field) throws InterchangeException {
        JsonNode value = value(field);
        if (value != null && value.isNumber()) {
            return JsonValues.decimal(value, pathOf(field)).toPlainString();
        }
        return value == null ? null : textOf(value, pathOf(field));
    }

    /** An optional number, exactly as written. */
    @Nullable
    BigDecimal number(String field) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : numberOf(value, pathOf(field));
    }

    /** An optional number that must not be negative; {@code noun} names it in the message ("全年预算数"). */
    @Nullable
    BigDecimal nonNegative(String field, String noun) throws InterchangeException {
        BigDecimal number = number(field);
        if (number != null && number.signum() < 0) {
            throw InterchangeException.at(pathOf(field), noun + "不能为负数（" + number.toPlainString() + "）");
        }
        return number;
    }

    /** An optional whole number that fits an int. */
    @Nullable
    Integer integer(String field) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : integerOf(value, pathOf(field));
    }

    /** An optional boolean. */
    @Nullable
    Boolean flag(String field) throws InterchangeException {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw InterchangeException.at(pathOf(field), "应为布尔值 true 或 false，实际为" + JsonValues.describe(value));
        }
        return value.booleanValue();
    }

    /** An optional object; null where absent. */
    @Nullable
    JsonObjectView object(String field, List<String> allowed) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : of(value, pathOf(field), allowed);
    }

    /** An object that must be present. */
    JsonObjectView requiredObject(String field, List<String> allowed) throws InterchangeException {
        return of(required(field), pathOf(field), allowed);
    }

    /** An optional free-form object (any keys, any values) as an ordered, unmodifiable map. */
    @Nullable
    Map<String, @Nullable Object> freeObject(String field) throws InterchangeException {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw InterchangeException.at(pathOf(field), "应为对象 {…}，实际为" + JsonValues.describe(value));
        }
        return JsonValues.plainObject(value, pathOf(field));
    }

    /** An optional array; null where absent. */
    <T> @Nullable List<T> list(String field, Element<T> element) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : listOf(value, pathOf(field), element);
    }

    /** An optional array; empty where absent (the model keeps no difference between the two). */
    <T> List<T> listOrEmpty(String field, Element<T> element) throws InterchangeException {
        List<T> items = list(field, element);
        return items == null ? List.of() : items;
    }

    /** An array that must be present (it may be empty). */
    <T> List<T> requiredList(String field, Element<T> element) throws InterchangeException {
        return listOf(required(field), pathOf(field), element);
    }

    /** A text, without control characters ({@link PlainText}: U+0000 breaks PostgreSQL, U+FFFE the PDF). */
    static String textOf(JsonNode value, String path) throws InterchangeException {
        if (!value.isTextual()) {
            throw InterchangeException.at(path, "应为文本（字符串），实际为" + JsonValues.describe(value));
        }
        return PlainText.of(value.textValue());
    }

    static BigDecimal numberOf(JsonNode value, String path) throws InterchangeException {
        if (!value.isNumber()) {
            throw InterchangeException.at(path, "应为数字，实际为" + JsonValues.describe(value));
        }
        return JsonValues.decimal(value, path);
    }

    static int integerOf(JsonNode value, String path) throws InterchangeException {
        BigDecimal number = numberOf(value, path);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw InterchangeException.at(path, "应为整数，实际为数字 " + number.toPlainString());
        }
    }

    private static <T> List<T> listOf(JsonNode value, String path, Element<T> element) throws InterchangeException {
        if (!value.isArray()) {
            throw InterchangeException.at(path, "应为数组 […]，实际为" + JsonValues.describe(value));
        }
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(element.read(value.get(i), JsonPath.index(path, i)));
        }
        return Collections.unmodifiableList(items);
    }

    /** "（是否应为 "weight"？）" for a field name one or two edits away from an allowed one. */
    private static String suggestion(String name, List<String> allowed) {
        @Nullable String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int distance = editDistance(name.strip().toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance && distance * 2 < candidate.length()) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : "（是否应为 " + JsonValues.quoted(best) + "？）";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
