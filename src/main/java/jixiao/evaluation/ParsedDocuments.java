package jixiao.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Stored documents (interchange JSON) parsed once and kept by their full text, most recently used first. Every
 * re-score scores the edited project among the unit's other projects of the year, which would otherwise parse each
 * of them again on every keystroke. Keyed by the text itself, not by id and version: a changed document is a
 * different key, so a kept value can never be a stale version, not even one of a save that was rolled back. The
 * values are immutable records, safe to share between requests.
 */
final class ParsedDocuments<T> {

    private final Map<String, T> kept;

    ParsedDocuments(int capacity) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The parsed document; {@code parse} runs outside the lock, so a slow parse does not hold up other requests. */
    T parsed(String text, Function<String, T> parse) {
        synchronized (kept) {
            T value = kept.get(text);
            if (value != null) {
                return value;
            }
        }
        T value = parse.apply(text);
        synchronized (kept) {
            kept.put(text, value);
        }
        return value;
    }
}
