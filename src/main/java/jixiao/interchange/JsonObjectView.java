package jixiao.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jixiao.shared.InputLimits;
import jixiao.shared.PlainText;

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
    static JsonObjectView of(JsonNode value, String path, List<String> allowed) throws InterchangeException {
        if (value == null || !value.isObject()) {
            throw InterchangeException.at(path, "应为对象 {…}，实际为" + JsonValues.describe(value));
        }
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String name = member.getKey();
            if (!allowed.contains(name)) {
                // a name of any length was compared with every allowed one, character by character
                String shown = PlainText.cut(name, InputLimits.SHORT_TEXT);
                throw InterchangeException.at(
                        JsonPath.member(path, shown),
                        "未知字段 " + JsonValues.quoted(shown) + suggestion(PlainText.cut(name, 40), allowed));
            }
        }
        return new JsonObjectView(value, path);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return JsonPath.member(path, field);
    }

    /** The field's value, or null where it is absent or JSON null. */
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

    /** A text that must be present and not blank, a name of at most {@link InputLimits#NAME} characters. */
    String requiredName(String field) throws InterchangeException {
        String text = textOf(required(field), pathOf(field), InputLimits.NAME);
        if (text.isBlank()) {
            throw InterchangeException.at(pathOf(field), "不能为空白，实际为" + JsonValues.describe(node.get(field)));
        }
        return text;
    }

    /** An optional text of at most {@link InputLimits#TEXT} characters. */
    String text(String field) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : textOf(value, pathOf(field));
    }

    /** An optional short text (a name of an indicator, a code) of at most {@link InputLimits#SHORT_TEXT} characters. */
    String shortText(String field) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : textOf(value, pathOf(field), InputLimits.SHORT_TEXT);
    }

    /**
     * An optional text where hand-made files put a bare number ({@code "target": 0}): the number is kept as its plain
     * string ("0"), so the scoring sees what a printed table would show.
     */
    String textOrNumber(String field) throws InterchangeException {
        JsonNode value = value(field);
        if (value != null && value.isNumber()) {
            return JsonValues.decimal(value, pathOf(field)).toPlainString();
        }
        return value == null ? null : textOf(value, pathOf(field), InputLimits.SHORT_TEXT);
    }

    /** An optional number, exactly as written. */
    BigDecimal number(String field) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : numberOf(value, pathOf(field));
    }

    /**
     * An optional number that must not be negative and stays below {@link InputLimits#MAX_FIGURE} (an amount, a
     * count); {@code noun} names it in the message ("全年预算数").
     */
    BigDecimal nonNegative(String field, String noun) throws InterchangeException {
        BigDecimal number = number(field);
        if (number != null && number.signum() < 0) {
            throw InterchangeException.at(pathOf(field), noun + "不能为负数（" + number.toPlainString() + "）");
        }
        return number;
    }

    /** An optional weight (分值): a share of 100 points, 0 to {@link InputLimits#MAX_WEIGHT}. */
    BigDecimal weight(String field) throws InterchangeException {
        BigDecimal number = number(field);
        if (number != null && (number.signum() < 0 || number.compareTo(InputLimits.MAX_WEIGHT) > 0)) {
            throw InterchangeException.at(
                    pathOf(field), "分值应在 0 到 " + InputLimits.MAX_WEIGHT + " 之间，实际为 " + number.toPlainString());
        }
        return number;
    }

    /** An optional whole number that fits an int. */
    Integer integer(String field) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : integerOf(value, pathOf(field));
    }

    /** An optional boolean. */
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
    JsonObjectView object(String field, List<String> allowed) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : of(value, pathOf(field), allowed);
    }

    /** An object that must be present. */
    JsonObjectView requiredObject(String field, List<String> allowed) throws InterchangeException {
        return of(required(field), pathOf(field), allowed);
    }

    /** An optional free-form object (any keys, any values) as an ordered, unmodifiable map. */
    Map<String, Object> freeObject(String field) throws InterchangeException {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw InterchangeException.at(pathOf(field), "应为对象 {…}，实际为" + JsonValues.describe(value));
        }
        return JsonValues.plainObject(value, pathOf(field));
    }

    /** An optional array of at most {@link InputLimits#ITEMS} elements; null where absent. */
    <T> List<T> list(String field, Element<T> element) throws InterchangeException {
        JsonNode value = value(field);
        return value == null ? null : listOf(value, pathOf(field), element, InputLimits.ITEMS);
    }

    /** An array that must be present (it may be empty), of at most {@code max} elements. */
    <T> List<T> requiredList(String field, Element<T> element, int max) throws InterchangeException {
        return listOf(required(field), pathOf(field), element, max);
    }

    /** A text of at most {@link InputLimits#TEXT} characters, without control characters ({@link PlainText}). */
    static String textOf(JsonNode value, String path) throws InterchangeException {
        return textOf(value, path, InputLimits.TEXT);
    }

    static String textOf(JsonNode value, String path, int max) throws InterchangeException {
        if (!value.isTextual()) {
            throw InterchangeException.at(path, "应为文本（字符串），实际为" + JsonValues.describe(value));
        }
        return JsonValues.text(value.textValue(), path, max);
    }

    /** A number, below {@link InputLimits#MAX_FIGURE} in size (amounts, scores, counts alike). */
    static BigDecimal numberOf(JsonNode value, String path) throws InterchangeException {
        if (!value.isNumber()) {
            throw InterchangeException.at(path, "应为数字，实际为" + JsonValues.describe(value));
        }
        BigDecimal number = JsonValues.decimal(value, path);
        if (number.abs().compareTo(InputLimits.MAX_FIGURE) >= 0) {
            throw InterchangeException.at(path, "数值应小于 10^14（一百万亿），实际为 " + number.toPlainString());
        }
        return number;
    }

    static int integerOf(JsonNode value, String path) throws InterchangeException {
        BigDecimal number = numberOf(value, path);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw InterchangeException.at(path, "应为整数，实际为数字 " + number.toPlainString());
        }
    }

    private static <T> List<T> listOf(JsonNode value, String path, Element<T> element, int max)
            throws InterchangeException {
        if (!value.isArray()) {
            throw InterchangeException.at(path, "应为数组 […]，实际为" + JsonValues.describe(value));
        }
        if (value.size() > max) {
            throw InterchangeException.at(path, "有 " + value.size() + " 项，超过上限 " + max + " 项");
        }
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(element.read(value.get(i), JsonPath.index(path, i)));
        }
        return Collections.unmodifiableList(items);
    }

    /** "（是否应为 "weight"？）" for a field name one or two edits away from an allowed one. */
    private static String suggestion(String name, List<String> allowed) {
        String best = null;
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
