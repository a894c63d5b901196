package jixiao.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * English mode translates the engine's sentences: every finding's message and every score's explanation the engine
 * writes for the seed report and for a large corpus made from it (EngineCorpus) has a template, and its English has
 * no Chinese left outside the quotes that hold the user's own data. A check added to the engine without its template
 * fails here.
 */
public class EngineEnglishTest {

    private static final Pattern QUOTED = Pattern.compile("“[^”]*”");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}，；：（）。、]");

    @Test
    void everySentenceOfTheEngineOverTheSeedAndTheCorpusTranslatesWithNoChineseOutsideQuotedData() {
        EngineEnglish table = EngineEnglish.table();
        Map<String, String> untranslated = new TreeMap<>();
        Map<String, String> chineseLeft = new TreeMap<>();
        int[] sentences = {0};
        EngineCorpus.sentences(400, sentence -> {
            sentences[0]++;
            Optional<String> english = table.translation(sentence);
            if (english.isEmpty()) {
                untranslated.putIfAbsent(shape(sentence), sentence);
            } else if (HAN.matcher(unquoted(english.get())).find()) {
                chineseLeft.putIfAbsent(shape(sentence), sentence + "\n    → " + english.get());
            }
        });
        assertThat(sentences[0]).as("sentences of the corpus").isGreaterThan(5_000);
        assertThat(untranslated.values()).as("sentences without a template").isEmpty();
        assertThat(chineseLeft.values())
                .as("English with Chinese outside quoted data")
                .isEmpty();
    }

    @Test
    void aSentenceIsTranslatedWithTheUsersDataAsTypedAndTheEnginesWordsTranslated() {
        EngineEnglish table = EngineEnglish.table();
        assertThat(table.english("正向指标：实际 145人 未达到 ≥200人，按完成比例计分 15 × 145 ÷ 200 = 10.88"))
                .isEqualTo(
                        "Positive indicator: actual “145人” falls short of “≥200人”, scored in proportion 15 × 145 ÷ 200"
                                + " = 10.88");
        assertThat(table.english("指标已完成，应得满分 5，填报 4.84 分；正向指标：实际 ≥92% 达到 ≥85%，得满分 5"))
                .isEqualTo("The target is met and earns full marks 5; 4.84 claimed; Positive indicator: actual “≥92%”"
                        + " reaches “≥85%”, full marks 5");
        assertThat(table.english("not Chinese")).isEqualTo("not Chinese");
    }

    @Test
    void aSentenceWithoutATemplateHasNoTranslation() throws IOException {
        EngineEnglish table = EngineEnglish.read(new BufferedReader(new StringReader("正向 => Positive\n")));
        assertThat(table.translation("正向")).contains("Positive");
        assertThat(table.translation("反向指标：实际 3 未超过 5，得满分 10")).isEmpty();
        assertThat(table.english("反向指标：实际 3 未超过 5，得满分 10")).isEqualTo("反向指标：实际 3 未超过 5，得满分 10");
    }

    /** The text outside “quotes” (the user's data, which may hold quotes of its own). */
    public static String unquoted(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '“') {
                depth++;
            } else if (c == '”' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The sentence with numbers and quoted data replaced, so that one missing template is reported once. */
    private static String shape(String sentence) {
        return QUOTED.matcher(sentence).replaceAll("“Q”").replaceAll("\\d+(\\.\\d+)?", "N");
    }
}
