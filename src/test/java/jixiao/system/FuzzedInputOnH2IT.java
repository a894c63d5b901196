package jixiao.system;

import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jixiao.account.Accounts;
import jixiao.cli.Jixiao;
import jixiao.integration.Api;
import jixiao.integration.OnH2;
import jixiao.integration.Organisations;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bounded fuzz test (issue 13): {@value #CASES} random mutations of the seed report, from a fixed seed, each sent
 * through the API on H2 (import, read, and now and then a document) and through {@code ./jixiao check} and one
 * {@code report} format in turn. Long texts, control characters, noncharacters, unpaired surrogates, huge and negative
 * numbers, wrong types, missing fields and too many rows: never a 500, never an uncaught exception, exit status 0, 1
 * or 2 only. A broken workbook is an unreadable input, told in one line without a library's stack trace. It runs in
 * about a minute on the shared machine.
 */
@OnH2
class FuzzedInputOnH2IT {

    static final int CASES = 300;
    static final long SEED = 20261205L;
    private static final List<String> FORMATS = List.of("xlsx", "docx", "pdf");

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void noMutationOfTheSeedReportMakesTheApiOrTheCommandLineFail() throws IOException {
        Organisations organisations = new Organisations(units, accounts);
        Organisations.Unit unit = organisations.unit(organisations.region("模糊测试市"), "三门峡市公共资源交易中心");
        Api clerk = Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD);
        ObjectNode seed = seed();
        ((ObjectNode) seed.get("unit")).put("name", unit.name());
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int imported = 0;
        for (int n = 0; n < CASES; n++) {
            ObjectNode document = mutated(seed, random);
            // every other case with \\uXXXX escapes: the only way an unpaired surrogate reaches the server intact
            String json = n % 2 == 0
                    ? Api.JSON
                            .writer()
                            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                            .writeValueAsString(document)
                    : document.toString();
            String label = "case " + n + ": " + shorten(json);

            Api.Response answer = clerk.post("/api/evaluations/import", json);
            if (answer.status() >= 500 || (answer.status() != 201 && answer.status() != 400)) {
                failures.add(label + " → import " + answer);
            } else if (answer.status() == 201) {
                imported++;
                long id = answer.json().path("ids").path(0).asLong(-1);
                if (id > 0) {
                    Api.Response read = clerk.get("/api/evaluations/" + id);
                    if (read.status() != 200) {
                        failures.add(label + " → read " + read);
                    }
                    if (n % 5 == 0) {
                        String format = FORMATS.get(n / 5 % FORMATS.size());
                        int status = clerk.download("/evaluations/" + id + "/document." + format)
                                .status();
                        if (status != 200) {
                            failures.add(label + " → " + format + " " + status);
                        }
                    }
                }
            }

            Path file = dir.resolve("case-" + n + ".json");
            Files.write(file, json.getBytes(StandardCharsets.UTF_8));
            Outcome check = jixiao("check", file.toString());
            if (check.status() < 0 || check.status() > 2) {
                failures.add(label + " → check exit " + check);
            }
            String format = FORMATS.get(n % FORMATS.size());
            Outcome report = jixiao(
                    "report",
                    file.toString(),
                    "--format",
                    format,
                    "--out",
                    dir.resolve("case-" + n + "." + format).toString());
            if (report.status() != 0 && report.status() != 2) {
                failures.add(label + " → report " + format + " exit " + report);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(imported).as("some mutations are still valid reports").isPositive();
    }

    @Test
    void aBrokenWorkbookIsUnreadableInOneLineWithoutALibrarysStackTrace() throws IOException {
        Path good = dir.resolve("good.xlsx");
        Path seedFile = dir.resolve("seed.json");
        Files.writeString(seedFile, seed().toString(), StandardCharsets.UTF_8);
        assertThat(jixiao("report", seedFile.toString(), "--format", "xlsx", "--out", good.toString())
                        .status())
                .isZero();
        byte[] bytes = Files.readAllBytes(good);
        Random random = new Random(SEED);
        for (int n = 0; n < 12; n++) {
            byte[] broken = bytes.clone();
            if (n % 2 == 0) {
                broken = java.util.Arrays.copyOf(broken, broken.length / (n + 2));
            } else {
                for (int k = 0; k < 40; k++) {
                    broken[200 + random.nextInt(broken.length - 200)] = (byte) random.nextInt();
                }
            }
            Path file = dir.resolve("broken-" + n + ".xlsx");
            Files.write(file, broken);

            Outcome check = jixiao("check", file.toString());

            assertThat(check.status()).as(check.toString()).isIn(0, 1, 2);
            assertThat(check.err()).as(check.toString()).doesNotContain("\tat ", "org.apache.poi");
            assertThat(check.err().lines().count()).as(check.toString()).isLessThanOrEqualTo(3);
        }
    }

    // ---- the mutations

    private static ObjectNode mutated(ObjectNode seed, Random random) {
        ObjectNode document = seed.deepCopy();
        ArrayNode projects = (ArrayNode) document.get("projects");
        // one or two projects of the ten, so that each case stays small
        ArrayNode kept = document.arrayNode();
        kept.add(projects.get(random.nextInt(projects.size())));
        if (random.nextBoolean()) {
            kept.add(projects.get(random.nextInt(projects.size())));
        }
        document.set("projects", kept);
        if (random.nextInt(3) > 0) {
            document.remove("department");
        }
        document.put("fiscalYear", 2000 + random.nextInt(40));
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            mutate(document, random);
        }
        return document;
    }

    private static void mutate(ObjectNode document, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(document, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode replacement =
                switch (random.nextInt(14)) {
                    case 0 -> nodes.textNode("目".repeat(40_000));
                    case 1 -> nodes.textNode("目标\u0000完成");
                    case 2 -> nodes.textNode("目标\uFFFE完成\uFFFF");
                    case 3 -> nodes.textNode("断开的\uD800代理对\uDC00" + "\u0007\u001B\u0085");
                    case 4 -> nodes.textNode("");
                    case 5 -> nodes.numberNode(new java.math.BigDecimal("1E+29"));
                    case 6 -> nodes.numberNode(-1);
                    case 7 -> nodes.numberNode(new java.math.BigDecimal("99999999999999.99"));
                    case 8 -> nodes.numberNode(new java.math.BigDecimal("0.000000000000000000001"));
                    case 9 -> nodes.nullNode();
                    case 10 -> nodes.arrayNode().add("x");
                    case 11 -> nodes.objectNode().put("x", 1);
                    case 12 -> nodes.textNode("≥" + random.nextInt(1000) + "万元（不低于" + random.nextInt(100) + "%）");
                    default -> null;
                };
        if (replacement == null) {
            slot.remove();
        } else {
            slot.set(replacement);
        }
        if (random.nextInt(12) == 0) {
            // too many rows: a project with as many indicators as the editor can show, or more
            // (unless an earlier mutation replaced the projects, the project or its rows by something else)
            if (document.path("projects").path(0) instanceof ObjectNode project
                    && project.get("indicators") instanceof ArrayNode indicators
                    && indicators.size() > 0) {
                JsonNode row = indicators.get(0);
                int rows = random.nextBoolean() ? 480 : 620;
                ArrayNode many = nodes.arrayNode();
                for (int i = 0; i < rows; i++) {
                    many.add(row.deepCopy());
                }
                project.set("indicators", many);
            }
        }
    }

    /** A place in the tree that holds a value: a member of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                slots.add(new Slot(object, member.getKey(), -1));
                collect(member.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    // ---- helpers

    private static ObjectNode seed() throws IOException {
        try (InputStream in = FuzzedInputOnH2IT.class.getResourceAsStream("/demo/seed-2021.json")) {
            return (ObjectNode) Api.JSON.readTree(in);
        }
    }

    private static String shorten(String json) {
        return json.length() <= 200 ? json : json.substring(0, 200) + "…";
    }

    record Outcome(int status, String out, String err) {
        @Override
        public String toString() {
            return status + " " + err.lines().limit(3).toList();
        }
    }

    private static Outcome jixiao(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Jixiao.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
