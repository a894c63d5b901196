package jixiao.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The password policy in force: the one the security administrator set, or the settings' defaults
 * ({@code jixiao.password.*}); checking a password against it, and making passwords that pass it.
 */
@Service
@Transactional
public class PasswordPolicies {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 16;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy defaults;
    private final Set<String> common = CommonPasswords.load();
    private final SecureRandom random = new SecureRandom();

    public PasswordPolicies(
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${jixiao.password.min-length:10}") int minLength,
            @Value("${jixiao.password.min-classes:3}") int minClasses,
            @Value("${jixiao.password.expiry-days:0}") int expiryDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.defaults = new PasswordPolicy(minLength, minClasses, expiryDays);
    }

    @Transactional(readOnly = true)
    public PasswordPolicy current() {
        return jdbc.sql("SELECT min_length, min_classes, expiry_days FROM password_policy WHERE id = 1")
                .query((rs, row) -> new PasswordPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional()
                .orElse(defaults);
    }

    /** The security administrator's policy, in force from now on (existing passwords expire by its expiry). */
    public void set(PasswordPolicy policy, String by) {
        PasswordPolicy before = current();
        // one row: the policy in force replaces the one before
        jdbc.sql("DELETE FROM password_policy").update();
        jdbc.sql("INSERT INTO password_policy (id, min_length, min_classes, expiry_days, changed_at, changed_by)"
                        + " VALUES (1, ?, ?, ?, ?, ?)")
                .params(
                        policy.minLength(),
                        policy.minClasses(),
                        policy.expiryDays(),
                        Timestamp.valueOf(LocalDateTime.now(clock)),
                        by)
                .update();
        events.publishEvent(
                new AccountEvent(AccountEvent.POLICY_CHANGED, by, null, describe(before) + " → " + describe(policy)));
    }

    /** What is wrong with this password for this account under the policy in force; empty when it passes. */
    @Transactional(readOnly = true)
    public List<AccountException> problems(String username, String password) {
        return current().problems(username, password, common);
    }

    /** True when a password last changed at {@code changedAt} has expired (never when the date is not known). */
    @Transactional(readOnly = true)
    public boolean expired(LocalDateTime changedAt) {
        return current().expired(changedAt, LocalDateTime.now(clock));
    }

    /**
     * A random password for someone else to hand over (a first password, a reset): 16 characters of letters and
     * digits without look-alikes (0/O, 1/l/I), which passes any policy that asks for at most 3 classes; its owner must
     * change it at the next sign-in.
     */
    public String generated(String username) {
        while (true) {
            StringBuilder out = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String password = out.toString();
            if (PasswordPolicy.classes(password) >= 3
                    && defaults.problems(username, password, common).isEmpty()) {
                return password;
            }
        }
    }

    private static String describe(PasswordPolicy policy) {
        return "min " + policy.minLength() + ", classes " + policy.minClasses() + ", expiry " + policy.expiryDays();
    }
}
