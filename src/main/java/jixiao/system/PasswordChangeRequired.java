package jixiao.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jixiao.account.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was set by someone else (a generated first password, a reset) or has expired may do nothing
 * but change it: pages lead to the change form, API calls are refused with 403 and the reason.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PAGE = "/account/password";

    private static final List<String> ALLOWED =
            List.of(PAGE, "/login", "/logout", "/css/", "/js/", "/webjars/", "/error", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (signedIn != null
                && signedIn.getPrincipal() instanceof CurrentUser user
                && user.passwordChangeRequired()
                && ALLOWED.stream().noneMatch(path::startsWith)) {
            if (path.startsWith("/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write("{\"error\":\"password-change-required\",\"message\":\"账号 " + json(user.getUsername())
                                + " 的密码须先修改（初始密码、重置后的密码或已过期的密码）：请在 " + PAGE + " 修改后再调用接口\"}");
            } else {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
