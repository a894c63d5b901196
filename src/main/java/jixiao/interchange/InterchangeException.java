package jixiao.interchange;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A file that cannot be read as a {@code self-evaluation/1} document or a rule set. Checked, because the input comes
 * from a user who can fix it: every caller has to decide how to show the message.
 *
 * <p>{@link #path()} is the JSON path of the offending value ({@code $.projects[3].indicators[2].weight}; {@code $}
 * for the whole document); {@link #message()} is the Chinese sentence without the location; {@link #getMessage()}
 * puts the two together: {@code $.projects[3].indicators[2].weight：应为数字，实际为字符串 "abc"}, or
 * {@code 第 12 行第 7 列：JSON 不完整（文件被截断？）} for a syntax error, which has a line and column instead.
 */
public final class InterchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String message;
    private final int line;
    private final int column;

    private InterchangeException(String path, String message, int line, int column, @Nullable Throwable cause) {
        super(location(path, line, column) + "：" + message, cause);
        this.path = path;
        this.message = message;
        this.line = line;
        this.column = column;
    }

    /** A value at a JSON path that is not what the format allows. */
    static InterchangeException at(String path, String message) {
        return new InterchangeException(path, message, 0, 0, null);
    }

    /** A syntax error at a line and column (1-based); {@code path} is where the parser was, {@code $} at the top. */
    static InterchangeException atPosition(
            String path, int line, int column, String message, @Nullable Throwable cause) {
        return new InterchangeException(path, message, Math.max(line, 1), Math.max(column, 1), cause);
    }

    /** The file could not be read at all (missing, unreadable). */
    static InterchangeException unreadable(String message, Throwable cause) {
        return new InterchangeException("$", message, 0, 0, cause);
    }

    private static String location(String path, int line, int column) {
        if (line <= 0) {
            return path;
        }
        String position = "第 " + line + " 行第 " + column + " 列";
        return "$".equals(path) ? position : position + "（" + path + "）";
    }

    /** The location and the sentence, as made when the exception was: never null, unlike a Throwable's. */
    @Override
    public String getMessage() {
        return location(path, line, column) + "：" + message;
    }

    /** JSON path of the offending value; {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** The Chinese sentence alone, without path or position. */
    public String message() {
        return message;
    }

    /** Line of a syntax error (1-based); empty for errors found in a well-formed document. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** Column of a syntax error (1-based); empty for errors found in a well-formed document. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
