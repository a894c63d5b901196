package jixiao.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import jixiao.account.CurrentUser;
import jixiao.account.LoginThrottle;
import jixiao.audit.AuditActions;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every sign-in, on the login page or with HTTP Basic: refused at once where {@link LoginThrottle} says so, otherwise
 * checked by the password; each attempt, its outcome and a lock it causes go into the audit trail with the account
 * tried, the address and the time (等保2.0 三级 8.1.4.1, 8.1.4.3).
 */
class LoginAttempts implements AuthenticationProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditTrail trail;

    LoginAttempts(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditTrail trail) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.trail = trail;
    }

    /**
     * The signed-in user as the session keeps it: without the password hash, which is needed only to check the
     * password. The session is stored in the database (spring_session_attributes), where a copy of the hash would
     * outlive a change of the password.
     */
    private static Authentication withoutPasswordHash(Authentication signedIn) {
        if (!(signedIn.getPrincipal() instanceof CurrentUser user)) {
            return signedIn;
        }
        UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken.authenticated(
                user.withoutPasswordHash(), null, signedIn.getAuthorities());
        kept.setDetails(signedIn.getDetails());
        return kept;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = address(attempt);
        String channel = channel();
        Optional<LoginThrottle.Refusal> refusal = throttle.refusal(username, address);
        if (refusal.isPresent()) {
            String until = refusal.get().until().format(TIME);
            trail.record(
                    AuditRecord.failed(
                            username,
                            AuditActions.LOGIN_REFUSED,
                            "账号 " + username,
                            channel + "；"
                                    + (refusal.get().reason() == LoginThrottle.Reason.ADDRESS_THROTTLED
                                            ? "该地址登录失败次数过多，限制至 " + until
                                            : "该账号在此地址已锁定至 " + until)),
                    address);
            throw new LockedException("locked until " + until);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            trail.record(AuditRecord.done(username, AuditActions.LOGIN, "账号 " + username, channel), address);
            return withoutPasswordHash(signedIn);
        } catch (BadCredentialsException e) {
            boolean locked = throttle.failed(username, address);
            trail.record(
                    AuditRecord.failed(username, AuditActions.LOGIN_FAILED, "账号 " + username, channel + "；用户名或密码错误"),
                    address);
            if (locked) {
                trail.record(
                        AuditRecord.failed(
                                username,
                                AuditActions.ACCOUNT_LOCKED,
                                "账号 " + username,
                                "自 " + address + " 连续登录失败，在此地址锁定"),
                        address);
            }
            throw e;
        } catch (DisabledException e) {
            trail.record(
                    AuditRecord.failed(username, AuditActions.LOGIN_FAILED, "账号 " + username, channel + "；账号已停用"),
                    address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return "";
    }

    /** The login page or HTTP Basic, as the audit trail words it. */
    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (BasicCredentials.carried(request)) {
                return "HTTP Basic";
            }
        }
        return "登录页面";
    }
}
