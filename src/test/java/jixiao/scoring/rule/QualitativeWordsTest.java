package jixiao.scoring.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QualitativeWordsTest {
    private static final List<QualitativeWords.Words> LISTS = List.of(
            QualitativeWords.MISSED,
            QualitativeWords.PARTIAL,
            QualitativeWords.ACHIEVED,
            QualitativeWords.DIRECTIONS,
            QualitativeWords.STANDARDS);

    @Test
    void findsAWordAnywhereInTheText() {
        assertTrue(QualitativeWords.ACHIEVED.foundIn("已完成"));
        assertTrue(QualitativeWords.ACHIEVED.foundIn("服务质量明显改善"));
        assertTrue(QualitativeWords.MISSED.foundIn("部分未完成"));
        assertTrue(QualitativeWords.PARTIAL.foundIn("大部分"));
        assertFalse(QualitativeWords.PARTIAL.foundIn("大"));
        assertFalse(QualitativeWords.MISSED.foundIn("不"));
        assertFalse(QualitativeWords.ACHIEVED.foundIn(""));
    }

    /** The first-character index says what {@code text.contains(word)} for each word says, on random texts. */
    @Test
    void saysWhatSearchingForEachWordSays() {
        List<String> pieces = new java.util.ArrayList<>(List.of("不", "大", "a", "1", "%", "，", "服务"));
        for (QualitativeWords.Words words : LISTS) {
            for (String word : words.words()) {
                pieces.add(word);
                pieces.add(word.substring(0, word.length() - 1)); // a word cut short: must not count
                pieces.add(word.substring(word.length() - 1));
            }
        }
        SplittableRandom random = new SplittableRandom(17);
        int found = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(0, 4); k > 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            for (QualitativeWords.Words words : LISTS) {
                boolean expected = words.words().stream().anyMatch(text.toString()::contains);
                assertEquals(expected, words.foundIn(text.toString()), text + " in " + words.words());
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 10_000 && found < 240_000, "both answers are exercised: " + found);
    }
}
