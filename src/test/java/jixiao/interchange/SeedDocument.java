package jixiao.interchange;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reference instance (src/main/resources/demo/seed-2021.json) and variations of it made by JSON pointer. */
final class SeedDocument {
    static final String RESOURCE = "/demo/seed-2021.json";

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private SeedDocument() {}

    static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    static byte[] bytes() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree() {
        return (ObjectNode) parse(text());
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String json(JsonNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed with the value at {@code pointer} replaced (or added) by {@code valueJson}. */
    static String with(String pointer, String valueJson) {
        ObjectNode tree = tree();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        JsonNode value = parse(valueJson);
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
        } else {
            throw new IllegalArgumentException("no object or array at " + at.head());
        }
        return json(tree);
    }

    /** The seed without the field at {@code pointer}. */
    static String without(String pointer) {
        ObjectNode tree = tree();
        JsonPointer at = JsonPointer.compile(pointer);
        if (!(tree.at(at.head()) instanceof ObjectNode parent)
                || parent.remove(at.last().getMatchingProperty()) == null) {
            throw new IllegalArgumentException("no field at " + pointer);
        }
        return json(tree);
    }
}
