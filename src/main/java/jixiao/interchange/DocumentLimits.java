package jixiao.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import jixiao.shared.InputLimits;
import jixiao.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The limits of {@link InputLimits} on a {@code self-evaluation/1} document, checked on the whole tree before it is
 * read, so that every problem names its JSON path and the value: the length of every text (names 300 characters, the
 * indicators' names, targets, actual values and other short texts 2,000, every other text 20,000, counted without
 * control characters), the number of projects (1,000), indicators of a project (500) and items of any other list
 * (1,000), every weight (0 to 100) and every other number (below 10^14 in size). Issue 13: a 10 MB document with a
 * 3.5-million-character goal was accepted, a weight of 10^29 answered 500, 5,000 indicators made the editor fail.
 */
final class DocumentLimits {
    private DocumentLimits() {}

    /** Fields holding a name (the list of evaluations shows a project's name in a column of 300). */
    private static final Set<String> NAMES = Set.of("$.unit.name", "$.projects[].name");

    /** Fields holding a short text. */
    private static final Set<String> SHORT = Set.of(
            "level1",
            "level2",
            "level3",
            "target",
            "actual",
            "code",
            "nature",
            "competentDepartment",
            "implementingUnit",
            "filledBy",
            "title",
            "area",
            "executionRate",
            "responsibleDepartment",
            "deadline",
            "status");

    static void check(JsonNode root) throws InterchangeException {
        walk(root, "$", "$", null);
    }

    /**
     * @param path the value's JSON path ({@code $.projects[3].name})
     * @param shape the path without indices ({@code $.projects[].name})
     * @param field the member's name, null for an array's element or the root
     */
    private static void walk(JsonNode value, String path, String shape, @Nullable String field)
            throws InterchangeException {
        if (value.isTextual()) {
            int max = NAMES.contains(shape)
                    ? InputLimits.NAME
                    : field != null && SHORT.contains(field) ? InputLimits.SHORT_TEXT : InputLimits.TEXT;
            String kept = PlainText.of(value.textValue());
            if (kept.length() > max) {
                throw InterchangeException.at(
                        path, "文字长度 " + kept.length() + " 个字符，超过上限 " + max + " 个字符：" + JsonValues.quoted(kept));
            }
        } else if (value.isNumber()) {
            BigDecimal number = JsonValues.decimal(value, path);
            if ("weight".equals(field)) {
                if (number.signum() < 0 || number.compareTo(InputLimits.MAX_WEIGHT) > 0) {
                    throw InterchangeException.at(
                            path, "分值应在 0 到 " + InputLimits.MAX_WEIGHT + " 之间，实际为 " + number.toPlainString());
                }
            } else if (number.abs().compareTo(InputLimits.MAX_FIGURE) >= 0) {
                throw InterchangeException.at(path, "数值应小于 10^14（一百万亿），实际为 " + number.toPlainString());
            }
        } else if (value.isArray()) {
            int max = "$.projects".equals(shape)
                    ? InputLimits.PROJECTS
                    : "$.projects[].indicators".equals(shape) ? InputLimits.INDICATORS : InputLimits.ITEMS;
            if (value.size() > max) {
                throw InterchangeException.at(path, "有 " + value.size() + " 项，超过上限 " + max + " 项");
            }
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), JsonPath.index(path, i), shape + "[]", null);
            }
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String name = member.getKey();
                walk(
                        member.getValue(),
                        JsonPath.member(path, PlainText.cut(name, InputLimits.SHORT_TEXT)),
                        shape + "." + name,
                        name);
            }
        }
    }
}
