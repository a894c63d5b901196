package jixiao.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Requests that carry HTTP Basic credentials are API calls, signed in by those credentials alone: the session's
 * sign-in is not loaded for them, so HTTP Basic either authenticates them or answers 401, and only then may they skip
 * the CSRF check (a browser cannot add an {@code Authorization} header to a forged cross-site request). Before, any
 * {@code Authorization} header skipped the check, one that authenticated nothing too, with the session's sign-in
 * doing the rest. Sign-in and sign-out stay form requests: a Basic header does not excuse them from the CSRF token.
 */
final class BasicCredentials {
    private BasicCredentials() {}

    static boolean carried(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** A request that HTTP Basic alone signs in: Basic credentials, and not the sign-in or sign-out form. */
    static boolean apiCall(HttpServletRequest request) {
        if (!carried(request)) {
            return false;
        }
        String path = request.getRequestURI()
                .substring(request.getContextPath().length())
                .toLowerCase(Locale.ROOT);
        return !path.startsWith("/login") && !path.startsWith("/logout");
    }

    /** The session's sign-in, except for requests that HTTP Basic signs in. */
    static SecurityContextRepository repository() {
        SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
        SecurityContextRepository usual =
                new DelegatingSecurityContextRepository(requestOnly, new HttpSessionSecurityContextRepository());
        return new SecurityContextRepository() {
            @Override
            @SuppressWarnings("deprecation")
            public SecurityContext loadContext(
                    org.springframework.security.web.context.HttpRequestResponseHolder holder) {
                return apiCall(holder.getRequest())
                        ? SecurityContextHolder.createEmptyContext()
                        : usual.loadContext(holder);
            }

            @Override
            public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
                    HttpServletRequest request) {
                return apiCall(request) ? requestOnly.loadDeferredContext(request) : usual.loadDeferredContext(request);
            }

            @Override
            public void saveContext(
                    SecurityContext context,
                    HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) {
                if (apiCall(request)) {
                    requestOnly.saveContext(context, request, response);
                } else {
                    usual.saveContext(context, request, response);
                }
            }

            @Override
            public boolean containsContext(HttpServletRequest request) {
                return apiCall(request) ? requestOnly.containsContext(request) : usual.containsContext(request);
            }
        };
    }
}
