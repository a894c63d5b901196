package jixiao.system;

import jixiao.account.Accounts;
import jixiao.account.CurrentUser;
import jixiao.account.LoginThrottle;
import jixiao.account.PasswordPolicies;
import jixiao.audit.AuditActions;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.shared.PlainText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login with hashed passwords for the pages, HTTP Basic for API clients, CSRF protection for every session-based
 * change, limits on guessing ({@link LoginAttempts}), the 三员 kept apart (each administrator reaches its own pages
 * only), and the browser's protections: a Content-Security-Policy without inline scripts or styles, Referrer-Policy,
 * Permissions-Policy, HSTS on HTTPS; the session cookie is SameSite=Lax and, over HTTPS, Secure (application
 * settings).
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

    /** Scripts, styles, fonts and images from the application itself only; no inline script, style or handler. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()";

    private final Accounts accounts;
    private final PasswordPolicies policies;

    public SecurityConfiguration(Accounts accounts, PasswordPolicies policies) {
        this.accounts = accounts;
        this.policies = policies;
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            AuditTrail trail,
            UserDetailsService users,
            PasswordEncoder encoder)
            throws Exception {
        BasicAuthenticationEntryPoint api = new BasicAuthenticationEntryPoint();
        api.setRealmName("jixiao");
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        http.authenticationProvider(new LoginAttempts(passwords, throttle, trail))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/public/**")
                        .permitAll()
                        .requestMatchers("/api/openapi/**", "/api/docs/**", "/swagger-ui/**")
                        .permitAll()
                        // everybody's own password, and the start page that leads each role to its work
                        .requestMatchers("/account/password", "/")
                        .authenticated()
                        // 三员 (等保2.0 三级): the auditor reads the audit trail, the security administrator manages
                        // accounts, and neither reaches anything else
                        .requestMatchers("/audit/**", "/audit")
                        .hasRole("AUDITOR")
                        .requestMatchers("/accounts/**", "/accounts")
                        .hasRole("SECURITY_ADMINISTRATOR")
                        // a finance bureau reads the whole-unit framework in force; only 管理员 changes it, because a
                        // framework applies to every region until frameworks are kept per region
                        .requestMatchers(HttpMethod.GET, "/admin/frameworks")
                        .hasAnyRole("ADMINISTRATOR", "BUREAU_REVIEWER")
                        .requestMatchers("/admin/**", "/api/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .hasAnyRole("FILLER", "UNIT_REVIEWER", "BUREAU_REVIEWER", "ADMINISTRATOR"))
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                trail.record(AuditRecord.done(
                                        auth.getName(), AuditActions.LOGOUT, "账号 " + auth.getName(), null));
                            }
                        }))
                .httpBasic(basic -> basic.authenticationEntryPoint(api))
                // an API client gets 401 whatever its Accept header says: HttpURLConnection and RestTemplate name
                // text/html or text/plain, which would otherwise send them to the login page
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        api, request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")))
                // only requests that HTTP Basic signs in (or refuses with 401) skip the CSRF check; the session's
                // sign-in is not used for them
                .csrf(csrf -> csrf.ignoringRequestMatchers(BasicCredentials::apiCall))
                .securityContext(context -> context.securityContextRepository(BasicCredentials.repository()))
                .addFilterBefore(new PasswordChangeRequired(), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // sent on HTTPS requests only (behind a proxy: X-Forwarded-Proto, docs/operations.md)
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The account, and whether it must change its password (set by someone else, or expired) before anything else. */
    @Bean
    UserDetailsService userDetailsService() {
        return username -> accounts.account(withoutControlCharacters(username))
                .map(account -> {
                    boolean change = accounts.passwordState(username)
                            .map(state -> state.mustChange() || policies.expired(state.changedAt()))
                            .orElse(false);
                    return new CurrentUser(account, false, change);
                })
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * The name tried, if it is one an account can have: every input loses its control characters (PlainText), so a
     * name with one (U+0000 and the like) is nobody's. It is not looked up: PostgreSQL refuses U+0000 in a query, and
     * each such sign-in was an internal error with a stack trace in the log and no entry in the audit trail.
     */
    private static String withoutControlCharacters(String username) {
        if (!username.equals(PlainText.of(username))) {
            throw new UsernameNotFoundException("a name with control characters");
        }
        return username;
    }
}
