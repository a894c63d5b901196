package jixiao.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import jixiao.scoring.Check;
import jixiao.scoring.check.CheckCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * 检查项说明 in both languages (issue 15): every check of the catalogue and every parameter of a check has its
 * description in the Chinese and the English message file, so that /help/checks in English never shows a bare code
 * where a description belongs; the Chinese file says what the catalogue itself says.
 */
class CheckDescriptionsTest {

    private static final Properties CHINESE = load("messages.properties");
    private static final Properties ENGLISH = load("messages_en.properties");

    @Test
    void everyCheckHasItsDescriptionInBothLanguages() {
        assertThat(missing(CheckCatalogue.all().stream()
                        .map(check -> "check.description." + check.code())
                        .toList()))
                .isEmpty();
    }

    @Test
    void everyParameterOfACheckHasItsDescriptionInBothLanguages() {
        assertThat(missing(CheckCatalogue.all().stream()
                        .flatMap(check -> check.parameters().stream()
                                .map(p -> "check.parameter." + check.code() + "." + p.name()))
                        .toList()))
                .isEmpty();
    }

    /** The keys missing from a file (or blank in English), each named with the file. */
    private static List<String> missing(List<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!CHINESE.containsKey(key)) {
                missing.add("messages.properties: " + key);
            }
            if (!ENGLISH.containsKey(key) || ENGLISH.getProperty(key).isBlank()) {
                missing.add("messages_en.properties: " + key);
            }
        }
        return missing;
    }

    @Test
    void theChineseDescriptionIsTheCataloguesOwn() {
        for (Check check : CheckCatalogue.all()) {
            assertThat(CHINESE.getProperty("check.description." + check.code()))
                    .as(check.code())
                    .isEqualTo(check.description());
        }
    }

    /** As the page reads them: the English descriptions are English, not the catalogue's Chinese nor the code. */
    @Test
    void theEnglishPageGetsEnglishForEveryCheck() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        for (Check check : CheckCatalogue.all()) {
            String english = source.getMessage("check.description." + check.code(), null, check.code(), Locale.ENGLISH);
            assertThat(english).as(check.code()).isNotEqualTo(check.code()).doesNotContainPattern("[\\u4e00-\\u9fff]");
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = CheckDescriptionsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
