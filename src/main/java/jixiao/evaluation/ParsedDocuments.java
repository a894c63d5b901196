package jixiao.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Stored documents (interchange JSON) parsed once and kept, most recently used first. Every re-score scores the
 * edited project among the unit's other projects of the year, which would otherwise parse each of them again on every
 * keystroke. Kept by the full text ({@code K} = String), so that a changed document is a different key and a kept
 * value can never be a stale version, not even one of a save that was rolled back; or by a key that changes whenever
 * the text does (a row's id and version), which the caller keeps only once what it read is committed. The values are
 * immutable records, safe to share between requests.
 */
final class ParsedDocuments<K, T> {

    private final Map<K, T> kept;

    ParsedDocuments(int capacity) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, T> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The parsed document; {@code parse} runs outside the lock, so a slow parse does not hold up other requests. */
    T parsed(K key, Function<? super K, T> parse) {
        T value = kept(key);
        if (value != null) {
            return value;
        }
        value = parse.apply(key);
        keep(key, value);
        return value;
    }

    /** The value kept under {@code key}, or null. */
    T kept(K key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    void keep(K key, T value) {
        synchronized (kept) {
            kept.put(key, value);
        }
    }
}
