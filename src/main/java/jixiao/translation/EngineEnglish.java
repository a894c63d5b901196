package jixiao.translation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's sentences in English. The engine writes its findings and the arithmetic of its scores in Chinese (the
 * rules stay plain Java and know no language); English mode reads each sentence against a table of the engine's
 * sentence templates ({@code translation/engine-en.txt}: a Chinese pattern with placeholders, then its English) and
 * writes the English with what the placeholders caught: the user's own data (indicator names, typed values) as it
 * was typed, or, where the template says so, the engine's own words translated in turn (a kind of indicator, a
 * reason, a sentence inside a sentence).
 *
 * <p>The table format, one template a line: {@code 中文{a}模式 => English {a} pattern}. A placeholder {@code {x}} catches
 * as little text as the rest of the line allows; {@code {x}} in the English writes it unchanged (it holds no "；") and
 * {@code {x:en}} writes its translation (the template does not apply when that has none). Lines starting with {@code #} are
 * comments. The most specific template (the most fixed characters) is tried first.
 */
public final class EngineEnglish {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)(:en)?}");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}，；：（）。、“”]");

    private static final EngineEnglish TABLE = load("/translation/engine-en.txt");

    private final List<Template> templates;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    EngineEnglish(List<Template> templates) {
        List<Template> ordered = new ArrayList<>(templates);
        ordered.sort(Comparator.comparingInt(Template::fixed).reversed());
        this.templates = List.copyOf(ordered);
    }

    /** The table the application ships. */
    public static EngineEnglish table() {
        return TABLE;
    }

    /**
     * The sentence in English, or the sentence unchanged where the table has no template for it (a text without
     * Chinese needs none).
     */
    public String english(String sentence) {
        return translation(sentence).orElse(sentence);
    }

    /** The sentence in English, or empty where the table has no template for it. */
    public Optional<String> translation(String sentence) {
        if (sentence == null) {
            return Optional.empty();
        }
        if (!CHINESE.matcher(sentence).find()) {
            return Optional.of(sentence);
        }
        Optional<String> known = cache.get(sentence);
        if (known != null) {
            return known;
        }
        Optional<String> found = Optional.empty();
        for (Template template : templates) {
            found = template.apply(sentence, this);
            if (found.isPresent()) {
                break;
            }
        }
        if (found.isEmpty()) {
            found = joined(sentence, '；', "; ");
        }
        if (found.isEmpty()) {
            found = joined(sentence, '、', ", ");
        }
        if (cache.size() < 50_000) {
            cache.put(sentence, found);
        }
        return found;
    }

    /**
     * Sentences the engine joins with {@code mark} ("；" between sentences, "、" in a list), each part translated: the
     * first split (outside quotes) whose two sides both translate.
     */
    private Optional<String> joined(String sentence, char mark, String english) {
        int depth = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth = Math.max(0, depth - 1);
            } else if (c == mark && depth == 0 && i > 0 && i < sentence.length() - 1) {
                Optional<String> left = translation(sentence.substring(0, i));
                if (left.isPresent()) {
                    Optional<String> right = translation(sentence.substring(i + 1));
                    if (right.isPresent()) {
                        return Optional.of(left.get() + english + right.get());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when every “ in the text is closed by a ” after it. */
    static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    static EngineEnglish load(String resource) {
        try (InputStream in = EngineEnglish.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EngineEnglish read(BufferedReader lines) throws IOException {
        List<Template> templates = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalArgumentException("line " + number + ": no \" => \" in " + line);
            }
            templates.add(Template.of(line.substring(0, arrow), line.substring(arrow + 4), number));
        }
        return new EngineEnglish(templates);
    }

    /** One template: the Chinese as a pattern, the placeholders in their order, the English. */
    record Template(Pattern pattern, List<String> names, String english, int fixed) {

        static Template of(String chinese, String english, int line) {
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            List<String> translated = new ArrayList<>();
            Matcher inEnglish = PLACEHOLDER.matcher(english);
            while (inEnglish.find()) {
                if (inEnglish.group(2) != null) {
                    translated.add(inEnglish.group(1));
                }
            }
            Matcher m = PLACEHOLDER.matcher(chinese);
            int at = 0;
            int fixed = 0;
            while (m.find()) {
                if (m.group(2) != null) {
                    throw new IllegalArgumentException("line " + line + ": \":en\" belongs to the English side");
                }
                regex.append(Pattern.quote(chinese.substring(at, m.start())));
                fixed += m.start() - at;
                // a value as typed holds no sentence break; what is translated in turn may be sentences joined
                regex.append(translated.contains(m.group(1)) ? "(.*?)" : "([^；]*?)");
                names.add(m.group(1));
                at = m.end();
            }
            regex.append(Pattern.quote(chinese.substring(at)));
            fixed += chinese.length() - at;
            Matcher used = PLACEHOLDER.matcher(english);
            while (used.find()) {
                if (!names.contains(used.group(1))) {
                    throw new IllegalArgumentException(
                            "line " + line + ": {" + used.group(1) + "} is not in " + chinese);
                }
            }
            return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(names), english, fixed);
        }

        Optional<String> apply(String sentence, EngineEnglish table) {
            Matcher m = pattern.matcher(sentence);
            if (!m.matches()) {
                return Optional.empty();
            }
            StringBuilder out = new StringBuilder();
            Matcher slot = PLACEHOLDER.matcher(english);
            int at = 0;
            while (slot.find()) {
                out.append(english, at, slot.start());
                String caught = m.group(names.indexOf(slot.group(1)) + 1);
                if (slot.group(2) != null) {
                    Optional<String> inner = table.translation(caught);
                    if (inner.isEmpty()) {
                        return Optional.empty();
                    }
                    out.append(inner.get());
                } else if (balanced(caught)) {
                    out.append(caught);
                } else {
                    return Optional.empty(); // it took a quote's end from the next value
                }
                at = slot.end();
            }
            out.append(english.substring(at));
            return Optional.of(out.toString());
        }
    }
}
