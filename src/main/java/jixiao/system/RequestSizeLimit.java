package jixiao.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body ({@code jixiao.limits.request-size}, JIXIAO_MAX_REQUEST): a larger one is refused with 413
 * before anything reads it, as JSON for the API and the error page for a browser. A file upload (multipart) may be
 * as large as {@link UploadLimit} allows, which refuses a larger file itself, with the page it came from. (A 10 MB JSON with one
 * 3.5-million-character goal was accepted before, and its PDF kept a core busy for minutes.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final long uploadLimit;

    RequestSizeLimit(
            @Value("${jixiao.limits.request-size:10MB}") DataSize limit,
            @Value("${jixiao.evidence.max-size}") DataSize evidenceLimit) {
        this.limit = limit;
        this.uploadLimit = Math.max(limit.toBytes(), UploadLimit.requestLimit(evidenceLimit));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (length > (upload ? uploadLimit : limit.toBytes())) {
            String message = "请求内容 " + megabytes(length) + " MB，超过上限 " + megabytes(limit.toBytes())
                    + " MB（设置 JIXIAO_MAX_REQUEST）；未处理";
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            response.setStatus(413);
            if (path.startsWith("/api/")) {
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"error\":\"too-large\",\"field\":\"$\",\"message\":\"" + message + "\"}");
            } else {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write(
                                "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>413</title></head>"
                                        + "<body><p id=\"error-message\">" + message + "</p></body></html>");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes)
                .divide(java.math.BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
