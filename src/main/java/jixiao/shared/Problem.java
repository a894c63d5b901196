package jixiao.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem with what a user typed, returned as a value so that a form shows every problem at once and keeps what was
 * typed: the field, the key of the message that says it (the pages say it in the user's language) and the message's
 * arguments (the row, the value as typed, what was expected).
 */
public record Problem(String field, String key, List<String> args) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
