package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field of the seed, once per kind of position, replaced by values of every JSON type or removed: the reader
 * either reads the document or throws {@link InterchangeException} (never anything else), and it accepts exactly
 * what the JSON Schema accepts.
 */
class ReaderAndSchemaAgreementTest {
    private static final List<String> REPLACEMENTS = List.of(
            "null",
            "\"x\"",
            "\"  \"",
            "0",
            "-1",
            "1.5",
            "2021",
            "2021.0",
            "true",
            "{}",
            "[]",
            "[\"x\"]",
            "{\"unknown\": 1}");

    private final InterchangeReader reader = new InterchangeReader();

    @Test
    void theReaderThrowsOnlyItsOwnExceptionAndAgreesWithTheSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/self-evaluation-1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        List<String> disagreements = new ArrayList<>();
        int variations = 0;
        for (String pointer : onePointerPerPosition()) {
            List<String> changes = new ArrayList<>(REPLACEMENTS);
            changes.add(null);
            for (String replacement : changes) {
                ObjectNode tree = SeedDocument.tree();
                if (!change(tree, pointer, replacement)) {
                    continue;
                }
                variations++;
                String json = SeedDocument.json(tree);
                boolean schemaAccepts = schema.validate(tree).isEmpty();
                String readerVerdict;
                try {
                    reader.read(json);
                    readerVerdict = "accepts";
                } catch (InterchangeException e) {
                    readerVerdict = "rejects (" + e.getMessage() + ")";
                }
                if (schemaAccepts != readerVerdict.equals("accepts")) {
                    disagreements.add(pointer + " = " + (replacement == null ? "(removed)" : replacement) + ": schema "
                            + (schemaAccepts ? "accepts" : "rejects") + ", reader " + readerVerdict);
                }
            }
        }

        assertThat(variations).isGreaterThan(1000);
        assertThat(disagreements).isEmpty();
    }

    /** The first pointer of each position, indices aside: /projects/0/funds/total/executed stands for all projects. */
    private static List<String> onePointerPerPosition() {
        Map<String, String> first = new LinkedHashMap<>();
        collect(SeedDocument.tree(), "", first);
        return List.copyOf(first.values());
    }

    private static void collect(JsonNode node, String pointer, Map<String, String> first) {
        if (!pointer.isEmpty()) {
            first.putIfAbsent(pointer.replaceAll("/\\d+(?=/|$)", "/#"), pointer);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), pointer + "/" + escape(member.getKey()), first);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, first);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Replaces the value at the pointer, or removes it where {@code replacement} is null (object members only). */
    private static boolean change(ObjectNode tree, String pointer, String replacement) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        if (parent instanceof ObjectNode object) {
            String name = at.last().getMatchingProperty();
            if (replacement == null) {
                object.remove(name);
            } else {
                object.set(name, SeedDocument.parse(replacement));
            }
            return true;
        }
        if (parent instanceof ArrayNode array && replacement != null) {
            array.set(at.last().getMatchingIndex(), SeedDocument.parse(replacement));
            return true;
        }
        return false;
    }
}
