package jixiao.scoring.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
