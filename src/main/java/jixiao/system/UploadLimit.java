package jixiao.system;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The upload limit: the web server refuses a file larger than {@code jixiao.evidence.max-size} (20 MB) before it is
 * stored anywhere, and the refusal is said as every refusal is: a 413 JSON error for the API, the page the upload came
 * from with the reason for a browser. The whole request may be 1 MB larger than the file (the form's other fields).
 */
@Configuration
@ControllerAdvice
public class UploadLimit {

    private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

    private final DataSize maxSize;
    private final MessageSource messages;

    public UploadLimit(@Value("${jixiao.evidence.max-size}") DataSize maxSize, MessageSource messages) {
        this.maxSize = maxSize;
        this.messages = messages;
    }

    @Bean
    MultipartConfigElement multipartConfigElement() {
        return new MultipartConfigElement("", maxSize.toBytes(), requestLimit(maxSize), 0);
    }

    /** The largest upload request: the file and the form's other fields. */
    static long requestLimit(DataSize maxSize) {
        return maxSize.toBytes() + FORM_FIELDS.toBytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ObjectNode> tooLarge(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        String message = messages.getMessage("upload.tooLarge", new Object[] {maxSize.toMegabytes() + " MB"}, locale);
        return refused(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", message, request, response);
    }

    /**
     * A multipart request the web server cannot read (a file name with U+0000, a broken form): a 400 with the reason,
     * not a 500 (the parser's exception reached the error page with its stack trace in the log).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ObjectNode> unreadable(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        String message = messages.getMessage("upload.unreadable", null, locale);
        return refused(HttpStatus.BAD_REQUEST, "invalid", message, request, response);
    }

    /** A JSON error for the API; for a browser, the page the upload came from with the reason. */
    private static ResponseEntity<ObjectNode> refused(
            HttpStatus status, String error, String message, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("error", error);
            body.put("field", "file");
            body.put("message", message);
            return ResponseEntity.status(status).body(body);
        }
        String back = sameSite(request.getHeader("Referer"), request);
        RequestContextUtils.getOutputFlashMap(request).put("error", message);
        RequestContextUtils.saveOutputFlashMap(back, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", back)
                .build();
    }

    /** The page the upload came from, if it is one of ours; the list otherwise. */
    private static String sameSite(String referer, HttpServletRequest request) {
        String fallback = request.getContextPath() + "/evaluations";
        if (referer == null) {
            return fallback;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return fallback;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? fallback : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
