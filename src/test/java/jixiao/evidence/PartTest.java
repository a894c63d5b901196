package jixiao.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a file is attached to, written as text in the API and the store, reads back as itself. */
class PartTest {

    @ParameterizedTest
    @ValueSource(strings = {"evaluation", "indicator:服务人次", "work:建立目标管理考核机制", "rectification:12"})
    void aPartReadsBackAsItself(String text) {
        assertThat(Part.parse(text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "indicator:", "indicator", "rectification:abc", "other:1", ":x"})
    void textThatNamesNoPartIsNone(String text) {
        assertThat(Part.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"indicator: 服务人次 "})
    void spacesAroundANameDoNotCount(String text) {
        assertThat(Part.parse(text)).isEqualTo(Part.indicator("服务人次"));
    }
}
