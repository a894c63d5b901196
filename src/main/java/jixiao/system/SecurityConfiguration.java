package jixiao.system;

import java.time.Clock;
import java.time.LocalDateTime;
import jixiao.account.Accounts;
import jixiao.account.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Form login with hashed passwords for the pages, HTTP Basic for API clients, CSRF protection for every
 * session-based change, and locking after repeated failed logins.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

    private final Accounts accounts;
    private final Clock clock;
    private final int attempts;
    private final int lockMinutes;

    public SecurityConfiguration(
            Accounts accounts,
            Clock clock,
            @Value("${jixiao.lockout.attempts}") int attempts,
            @Value("${jixiao.lockout.minutes}") int lockMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.attempts = attempts;
        this.lockMinutes = lockMinutes;
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint api = new BasicAuthenticationEntryPoint();
        api.setRealmName("jixiao");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/public/**")
                        .permitAll()
                        .requestMatchers("/api/openapi/**", "/api/docs/**", "/swagger-ui/**")
                        .permitAll()
                        // a finance bureau reads the whole-unit framework in force; only 管理员 changes it, because a
                        // framework applies to every region until frameworks are kept per region
                        .requestMatchers(HttpMethod.GET, "/admin/frameworks")
                        .hasAnyRole("ADMINISTRATOR", "BUREAU_REVIEWER")
                        .requestMatchers("/admin/**", "/api/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(api))
                // an API client gets 401 whatever its Accept header says: HttpURLConnection and RestTemplate name
                // text/html or text/plain, which would otherwise send them to the login page
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        api, request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")))
                // API clients that send their credentials with each request carry no session to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService() {
        return username -> accounts.account(username)
                .map(account -> new CurrentUser(account, account.isLockedAt(LocalDateTime.now(clock))))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.failedLogin(
                event.getAuthentication().getName(),
                attempts,
                LocalDateTime.now(clock).plusMinutes(lockMinutes));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.successfulLogin(event.getAuthentication().getName());
    }
}
