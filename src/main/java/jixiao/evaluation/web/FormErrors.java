package jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The problems of a typed form, by field name, as message codes with their arguments: the page resolves them in the
 * user's language. The project editor and the whole-unit editor report a number that does not read alike.
 */
final class FormErrors {

    private FormErrors() {}

    /** An empty list of problems, in the order they were found. */
    static Map<String, MessageSourceResolvable> none() {
        return new LinkedHashMap<>();
    }

    /** A message by its code; an argument that is itself a message is resolved in the same language. */
    static MessageSourceResolvable message(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    /**
     * The number typed, or null where it is blank or does not read ({@code form.notANumber} then names the field by
     * its {@code label}); a negative number where none is allowed is reported ({@code form.negative}) and returned.
     */
    static BigDecimal decimal(
            String text,
            String field,
            MessageSourceResolvable label,
            boolean negativeAllowed,
            Map<String, MessageSourceResolvable> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.trim().replace(",", "").replace("，", "");
        try {
            BigDecimal value = new BigDecimal(cleaned);
            if (!negativeAllowed && value.signum() < 0) {
                errors.put(field, message("form.negative", label, text));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, message("form.notANumber", label, text));
            return null;
        }
    }
}
