package jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedDocumentsTest {

    private final List<String> parsed = new ArrayList<>();

    private String parse(String text) {
        parsed.add(text);
        return "parsed " + text;
    }

    @Test
    void theSameTextIsParsedOnce() {
        ParsedDocuments<String, String> documents = new ParsedDocuments<>(10);

        assertThat(documents.parsed("{\"version\":1}", this::parse)).isEqualTo("parsed {\"version\":1}");
        assertThat(documents.parsed(new String("{\"version\":1}"), this::parse)).isEqualTo("parsed {\"version\":1}");

        assertThat(parsed).containsExactly("{\"version\":1}");
    }

    @Test
    void aChangedDocumentIsParsedAgainNeverServedStale() {
        ParsedDocuments<String, String> documents = new ParsedDocuments<>(10);
        documents.parsed("{\"actual\":\"145人\"}", this::parse);

        assertThat(documents.parsed("{\"actual\":\"190人\"}", this::parse)).isEqualTo("parsed {\"actual\":\"190人\"}");
        assertThat(parsed).hasSize(2);
    }

    @Test
    void theLeastRecentlyUsedIsDroppedBeyondCapacity() {
        ParsedDocuments<String, String> documents = new ParsedDocuments<>(2);
        documents.parsed("a", this::parse);
        documents.parsed("b", this::parse);
        documents.parsed("a", this::parse);
        documents.parsed("c", this::parse);

        documents.parsed("a", this::parse);
        documents.parsed("b", this::parse);

        assertThat(parsed).containsExactly("a", "b", "c", "b");
    }
}
