package jixiao.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Conversions of single JSON values, and how a value is named in an error message. */
final class JsonValues {
    /** Digits before and after the point beyond which a number is not a figure of any report (guards 1e999999999). */
    private static final int MAX_DIGITS = 30;

    private static final int SHOWN_CHARACTERS = 40;

    private JsonValues() {}

    /** How an offending value is named after "实际为": {@code 字符串 "abc"}, {@code 数字 -5}, {@code 对象 {"a":1}}. */
    static String describe(@Nullable JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "缺失";
        }
        if (value.isNull()) {
            return " null";
        }
        if (value.isTextual()) {
            return "字符串 \"" + shorten(value.textValue()) + "\"";
        }
        if (value.isNumber()) {
            return "数字 " + value.asText();
        }
        if (value.isBoolean()) {
            return "布尔值 " + value.asText();
        }
        if (value.isArray()) {
            return "数组 " + shorten(value.toString());
        }
        if (value.isObject()) {
            return "对象 " + shorten(value.toString());
        }
        return shorten(value.toString());
    }

    /**
     * A text as kept: without control characters ({@link jixiao.shared.PlainText}: U+0000 breaks PostgreSQL, U+FFFE
     * the PDF), and refused when longer than {@code max} characters.
     */
    static String text(String text, String path, int max) throws InterchangeException {
        String kept = jixiao.shared.PlainText.of(text);
        if (kept.length() > max) {
            throw InterchangeException.at(path, "文字长度 " + kept.length() + " 个字符，超过上限 " + max + " 个字符：" + quoted(kept));
        }
        return kept;
    }

    /** A text as quoted in a message: {@code "abc"}. */
    static String quoted(String text) {
        return "\"" + shorten(text) + "\"";
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "…";
    }

    /**
     * A JSON number as the exact decimal written: {@code 10.0} stays 10.0, {@code 1e3} becomes 1000 (never a negative
     * scale, so that it prints without exponent and reads back equal).
     */
    static BigDecimal decimal(JsonNode number, String path) throws InterchangeException {
        BigDecimal value = number.decimalValue();
        if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
            throw InterchangeException.at(path, "数值超出可处理的范围（" + value + "）");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * A free-form value (profile.staff) as plain Java: String, BigDecimal, Boolean, null, an unmodifiable List, or an
     * unmodifiable Map that keeps the order of the keys.
     */
    static @Nullable Object plain(JsonNode value, String path) throws InterchangeException {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return jixiao.shared.PlainText.of(value.textValue());
        }
        if (value.isNumber()) {
            return decimal(value, path);
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isArray()) {
            List<@Nullable Object> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                items.add(plain(value.get(i), JsonPath.index(path, i)));
            }
            return Collections.unmodifiableList(items);
        }
        if (value.isObject()) {
            return plainObject(value, path);
        }
        throw InterchangeException.at(path, "无法识别的值" + describe(value));
    }

    static Map<String, @Nullable Object> plainObject(JsonNode object, String path) throws InterchangeException {
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            members.put(member.getKey(), plain(member.getValue(), JsonPath.member(path, member.getKey())));
        }
        return Collections.unmodifiableMap(members);
    }
}
