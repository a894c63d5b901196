package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationStatus;
import jixiao.scoring.Grade;
import jixiao.scoring.Severity;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.scoring.rule.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every visible string comes from the message files (style.md), Chinese first and English second: both files have
 * the same keys, every key a template or the web layer names exists, the keys built from an enum exist for each of
 * its values, and every message with arguments formats them in both languages.
 */
class MessageFilesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path SOURCES = Path.of("src/main/java/jixiao");

    private static final Properties CHINESE = load("messages.properties");
    private static final Properties ENGLISH = load("messages_en.properties");

    /** #{key}, #{key(args)}, #messages.msg('key'…) and a key prefix joined to a value ('status.' + …). */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[(}]");

    private static final Pattern MSG_KEY = Pattern.compile("#messages\\.msg\\('([A-Za-z][\\w.]*\\w)'");
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("'([a-z][\\w.]*\\.)'\\s*\\+");
    /** A string literal of the web layer that looks like a message code: "flash.saved", "error.invalid." …. */
    private static final Pattern JAVA_CODE = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z]+)+\\.?)\"");

    private static final Pattern CHINESE_TEXT = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

    @Test
    void bothFilesHaveTheSameKeys() {
        assertThat(ENGLISH.stringPropertyNames()).isEqualTo(CHINESE.stringPropertyNames());
    }

    @Test
    void theEnglishFileHasNoChineseText() {
        assertThat(ENGLISH.stringPropertyNames())
                .filteredOn(
                        key -> CHINESE_TEXT.matcher(ENGLISH.getProperty(key)).find())
                .isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInBothFiles() {
        Set<String> keys = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path template : templates()) {
            String text = read(template);
            keys.addAll(all(TEMPLATE_KEY, text));
            keys.addAll(all(MSG_KEY, text));
            prefixes.addAll(all(TEMPLATE_PREFIX, text));
        }
        assertThat(keys).as("the templates name keys").contains("app.title", "unit.title", "error.page.notFound");
        assertThat(keys).allSatisfy(MessageFilesTest::existsInBoth);
        assertThat(prefixes).as("keys built in templates").contains("status.", "unit.budget.", "unit.figure.");
        assertThat(prefixes).allSatisfy(MessageFilesTest::someKeyStartsWith);
    }

    @Test
    void everyCodeTheWebLayerNamesExistsInBothFiles() {
        Set<String> codes = new TreeSet<>();
        for (Path source : webSources()) {
            codes.addAll(all(JAVA_CODE, read(source)));
        }
        codes.removeIf(code -> code.startsWith("jixiao.") || !isOfTheMessageFiles(code));
        assertThat(codes).as("the web layer names codes").contains("flash.saved", "form.notANumber", "unit.claimedOf");
        assertThat(codes.stream().filter(code -> !code.endsWith("."))).allSatisfy(MessageFilesTest::existsInBoth);
        assertThat(codes.stream().filter(code -> code.endsWith("."))).allSatisfy(MessageFilesTest::someKeyStartsWith);
    }

    static Stream<Arguments> keysOfEnums() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(EvaluationStatus.values()).forEach(v -> keys.add("status." + v.name()));
        Arrays.stream(Role.values()).forEach(v -> keys.add("role." + v.name()));
        Arrays.stream(Grade.values()).forEach(v -> keys.add("grade." + v.name()));
        Arrays.stream(Severity.values()).forEach(v -> keys.add("severity." + v.name()));
        Arrays.stream(Tier.values()).forEach(v -> keys.add("tier." + v.name()));
        Arrays.stream(KeyWorkStatus.values()).forEach(v -> keys.add("unit.status." + v.name()));
        UnitEvaluationForm.enteredFigures().forEach(f -> keys.add("unit.figure." + f.key()));
        UnitEvaluationForm.BUDGET_FIELDS.forEach(f -> keys.add("unit.budget." + f));
        // the auditor's names of the acts recorded from events and steps (AuditPages shows the code where none)
        Arrays.stream(jixiao.evaluation.EvaluationEvent.Action.values())
                .forEach(v -> keys.add("audit.action.evaluation." + v.name().toLowerCase(java.util.Locale.ROOT)));
        Arrays.stream(jixiao.rectification.Rectification.Action.values())
                .forEach(v -> keys.add("audit.action.rectification." + v.name().toLowerCase(java.util.Locale.ROOT)));
        // the operations a page form can be refused for (PageMessages.refusal)
        Stream.of("save", "explain", "submit", "unitApproval", "approval", "return")
                .forEach(operation -> keys.add("error.notAllowed." + operation));
        return keys.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keysOfEnums")
    void everyKeyBuiltFromAValueExistsInBothFiles(String key) {
        existsInBoth(key);
    }

    @Test
    void theChineseFiguresAreTheFrameworksOwnNames() {
        for (UnitFigure figure : UnitEvaluationForm.enteredFigures()) {
            assertThat(CHINESE.getProperty("unit.figure." + figure.key())).isEqualTo(figure.label());
        }
    }

    static Stream<String> messagesWithArguments() {
        return CHINESE.stringPropertyNames().stream()
                .filter(key -> CHINESE.getProperty(key).contains("{0}"))
                .sorted();
    }

    /** An apostrophe in a message with arguments quotes the rest ("framework's {0}" would print "{0}"). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("messagesWithArguments")
    void everyArgumentIsFormattedInBothLanguages(String key) {
        for (Properties file : List.of(CHINESE, ENGLISH)) {
            String pattern = file.getProperty(key);
            int count = (int)
                    Pattern.compile("\\{(\\d)}").matcher(pattern).results().count();
            Object[] args = new Object[count];
            for (int i = 0; i < count; i++) {
                args[i] = "‹" + i + "›";
            }
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(args);
            for (Object arg : args) {
                assertThat(formatted).as(key + " = " + pattern).contains((String) arg);
            }
        }
    }

    private static void existsInBoth(String key) {
        assertThat(CHINESE.getProperty(key)).as("messages.properties: " + key).isNotNull();
        assertThat(ENGLISH.getProperty(key))
                .as("messages_en.properties: " + key)
                .isNotNull();
    }

    private static void someKeyStartsWith(String prefix) {
        assertThat(CHINESE.stringPropertyNames())
                .as("a key starting with " + prefix)
                .anyMatch(k -> k.startsWith(prefix));
        assertThat(ENGLISH.stringPropertyNames())
                .as("a key starting with " + prefix)
                .anyMatch(k -> k.startsWith(prefix));
    }

    /** A code whose first part is the first part of a message key (status, form, admin …), not a package or a path. */
    private static boolean isOfTheMessageFiles(String code) {
        String head = code.substring(0, code.indexOf('.') + 1);
        return CHINESE.stringPropertyNames().stream().anyMatch(key -> key.startsWith(head));
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The controllers, forms and page helpers: every web package, and system (admin pages, error handling). */
    private static List<Path> webSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.getParent().endsWith("web") || f.getParent().endsWith("system"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
