package jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import jixiao.translation.EngineEnglish;

/**
 * The language the command line writes in ({@code --lang zh|en}, Chinese by default): the labels of its reports, the
 * names the web application's English messages give (categories, severities, grades, check descriptions) and the
 * engine's sentences, read against the same table as the web application's English mode.
 */
enum Language {
    ZH,
    EN;

    private static final Properties ENGLISH = load("/messages_en.properties");

    /** The language an option names; null where it names none of them. */
    static Language named(String value) {
        return switch (value) {
            case "zh", "zh_CN", "zh-CN" -> ZH;
            case "en" -> EN;
            default -> null;
        };
    }

    /** One of two fixed labels. */
    String label(String chinese, String english) {
        return this == ZH ? chinese : english;
    }

    /** An engine sentence (a finding's message, a score's arithmetic) in this language. */
    String sentence(String chinese) {
        return this == ZH || chinese == null ? chinese : EngineEnglish.table().english(chinese);
    }

    /** A name the web application's messages hold under {@code key}; the Chinese one where there is no English. */
    String message(String key, String chinese) {
        return this == ZH ? chinese : ENGLISH.getProperty(key, chinese);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Language.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
