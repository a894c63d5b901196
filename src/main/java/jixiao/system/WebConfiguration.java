package jixiao.system;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Chinese first (zh-CN); English by ?lang=en, remembered for the session. Any other value of {@code lang} is ignored
 * (it was read as a locale, and {@code ?lang=zh'--} answered 500 with 40 KB of log, to anyone signed in or not).
 */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return switch (value) {
                    case "en", "en_US", "en-US", "en_GB", "en-GB" -> Locale.ENGLISH;
                    case "zh", "zh_CN", "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
                    // ignored by setIgnoreInvalidLocale: the language stays as it was
                    default -> throw new IllegalArgumentException("not a language of the pages");
                };
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
