package jixiao.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "15, 15, false",
        "9.5, 9.5, false",
        "9.5分, 9.5, false",
        "１５, 15, false",
        "十五, 15, true",
        "九点五, 9.5, true",
        "十五分, 15, true",
        "二十九点七五, 29.75, true",
        "一百, 100, true",
        "-2, -2, false"
    })
    void aScoreTypedAsTextIsTheNumberItSays(String text, String value, boolean inWords) {
        ScoreText.Read read = ScoreText.read(text);

        assertThat(read.value()).isEqualByComparingTo(value);
        assertThat(read.inWords()).isEqualTo(inWords);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "分", "十五人", "约15", "15-20", "满分", "1.2.3"})
    void aTextThatIsMoreOrLessThanAScoreIsNone(String text) {
        assertThat(ScoreText.read(text)).isNull();
    }
}
