package jixiao.rules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.RuleSetFile;
import jixiao.scoring.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The form of a region's rule set: what is posted becomes the level's changes, naming only what differs from the
 * inherited set; and the Chinese names and descriptions of its fields are the schema's.
 */
class RuleSetFormTest {

    private final RuleSetFile files = new RuleSetFile();

    @Test
    void theFormShownAndPostedUnchangedChangesNothing() throws InterchangeException {
        RuleSet inherited = RuleSet.layout101();
        RuleSetForm.Values shown = RuleSetForm.Values.of(inherited);

        String changes = RuleSetForm.changes(inherited, shown, "县 2024 年度规则集", "1");

        assertThat(files.problems(changes, inherited)).isEmpty();
        assertThat(changes).doesNotContain("gradeBands", "level1Weights", "checks", "deviation");
        assertThat(files.resolve(inherited, List.of(changes)).level1Weights()).isEqualTo(inherited.level1Weights());
    }

    @Test
    void onlyTheChangedFieldsAreTheLevelsChanges() throws InterchangeException {
        RuleSet inherited = RuleSet.defaults();
        RuleSetForm.Values shown = RuleSetForm.Values.of(inherited);
        Map<String, String> values = new java.util.LinkedHashMap<>(shown.values());
        values.put("$.gradeBands.good", "85");
        values.put("$.checks.VAGUE_TARGET.severity", "info");
        RuleSetForm.Values posted = new RuleSetForm.Values(values, shown.weights(), shown.caps());

        String changes = RuleSetForm.changes(inherited, posted, "县 2024 年度规则集", "1");

        assertThat(changes)
                .contains("\"good\" : 85")
                .doesNotContain("excellent")
                .doesNotContain("enabled");
        RuleSet resolved = files.resolve(inherited, List.of(changes));
        assertThat(resolved.gradeBands().good().value()).isEqualByComparingTo("85");
        assertThat(resolved.gradeBands().excellent())
                .isEqualTo(inherited.gradeBands().excellent());
        assertThat(resolved.checks().get("VAGUE_TARGET").severity().name()).isEqualTo("INFO");
        assertThat(RuleSetForm.changed(inherited, resolved))
                .extracting(RuleSetForm.Change::path)
                .containsExactlyInAnyOrder("$.gradeBands.good", "$.checks.VAGUE_TARGET.severity");
    }

    @Test
    void theChineseNamesAndDescriptionsOfTheFieldsAreTheSchemas() throws IOException {
        Properties chinese = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(RuleSetForm.FIELDS).hasSizeGreaterThan(10).allSatisfy(field -> {
            assertThat(chinese.getProperty(field.key())).as(field.key()).isEqualTo(field.title());
            assertThat(chinese.getProperty(field.helpKey())).as(field.helpKey()).isEqualTo(field.description());
        });
        for (String section : List.of("level1Weights", "executionCaps", "checks")) {
            String title = RuleSetFile.fields().stream()
                    .filter(f -> f.path().equals("$." + section))
                    .findFirst()
                    .orElseThrow()
                    .title();
            assertThat(chinese.getProperty("rules.field." + section)).isEqualTo(title);
        }
    }
}
