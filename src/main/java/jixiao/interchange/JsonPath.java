package jixiao.interchange;

import java.util.regex.Pattern;

/**
 * JSON paths as printed in error messages: {@code $.projects[3].indicators[2].weight}, {@code $.level1Weights.产出}, and
 * brackets for a key that is not a name: {@code $.a["two words"]}.
 */
final class JsonPath {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private JsonPath() {}

    static String member(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
