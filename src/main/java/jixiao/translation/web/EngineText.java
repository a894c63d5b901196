package jixiao.translation.web;

import java.util.Locale;
import jixiao.translation.EngineEnglish;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The engine's sentences as the pages show them: as written (Chinese), or in English in English mode. Templates call
 * it as {@code ${@engineText.shown(f.message())}} wherever a finding's message or a score's explanation is printed.
 */
@Component("engineText")
public class EngineText {

    /** The sentence in the language of the page being rendered. */
    public String shown(String sentence) {
        return english(LocaleContextHolder.getLocale()) ? EngineEnglish.table().english(sentence) : sentence;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
