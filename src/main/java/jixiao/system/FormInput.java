package jixiao.system;

import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import jixiao.shared.InputLimits;
import jixiao.shared.PlainText;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every form field and request parameter of every page, as it is bound: control characters removed ({@link
 * PlainText}), and lists (the editor's indicator rows) grown to at most {@link InputLimits#INDICATORS} rows. A form
 * with more rows gets the error page with the reason (it answered 500: Spring's default stops lists at 256 rows, so an
 * editor with more failed on every change). An upload above the size limit is {@link UploadLimit}'s.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FormInput {

    private final MessageSource messages;

    FormInput(MessageSource messages) {
        this.messages = messages;
    }

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(InputLimits.INDICATORS);
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(PlainText.of(text));
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView tooManyRows(InvalidPropertyException e, HttpServletResponse response) {
        return refusal(
                HttpServletResponse.SC_BAD_REQUEST,
                text("input.tooManyRows", e.getPropertyName(), InputLimits.INDICATORS),
                response);
    }

    static ModelAndView refusal(int status, String message, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("refusal", message);
        return page;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
