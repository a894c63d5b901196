package jixiao.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits on guessing passwords (等保2.0 三级 8.1.4.1 b: 限制非法登录次数), kept in the database so that they hold
 * across restarts and application nodes:
 *
 * <ul>
 *   <li>an account is locked <em>for one address</em> after {@code attempts} failed sign-ins from it within {@code
 *       minutes}: whoever guesses from there stops, while the account's owner signs in from anywhere else, so a
 *       stranger cannot lock the administrator out;
 *   <li>an address with {@code address-failures} failed sign-ins (to any accounts) within {@code address-minutes} is
 *       refused every sign-in until they age: guessing many names (100 in 9 seconds before) stops after a few.
 * </ul>
 *
 * A successful sign-in forgets that account's failures from that address; the security administrator's unlock
 * forgets all of the account's.
 */
@Service
@Transactional
public class LoginThrottle {

    /** Why a sign-in is refused before its password is checked, and until when. */
    public record Refusal(Reason reason, LocalDateTime until) {}

    public enum Reason {
        /** This account, from this address, after too many failures. */
        ACCOUNT_LOCKED,
        /** This address, after too many failures to any accounts. */
        ADDRESS_THROTTLED
    }

    private static final int NAME = 100;
    private static final int ADDRESS = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int attempts;
    private final int minutes;
    private final int addressFailures;
    private final int addressMinutes;

    public LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${jixiao.lockout.attempts:5}") int attempts,
            @Value("${jixiao.lockout.minutes:15}") int minutes,
            @Value("${jixiao.throttle.address-failures:20}") int addressFailures,
            @Value("${jixiao.throttle.address-minutes:15}") int addressMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.attempts = attempts;
        this.minutes = minutes;
        this.addressFailures = addressFailures;
        this.addressMinutes = addressMinutes;
    }

    /** Whether a sign-in of {@code username} from {@code address} is refused now, without checking its password. */
    @Transactional(readOnly = true)
    public Optional<Refusal> refusal(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = key(username, NAME);
        String from = key(address, ADDRESS);
        Optional<LocalDateTime> addressLock = lockEnd(
                "SELECT failed_at FROM login_failure WHERE address = ? AND failed_at > ? ORDER BY failed_at DESC",
                addressFailures,
                addressMinutes,
                now,
                from);
        if (addressLock.isPresent()) {
            return Optional.of(new Refusal(Reason.ADDRESS_THROTTLED, addressLock.get()));
        }
        return lockEnd(
                        "SELECT failed_at FROM login_failure WHERE username = ? AND address = ? AND failed_at > ?"
                                + " ORDER BY failed_at DESC",
                        attempts,
                        minutes,
                        now,
                        name,
                        from)
                .map(until -> new Refusal(Reason.ACCOUNT_LOCKED, until));
    }

    /**
     * Counts a failed sign-in; returns true when it is the one that locks the account for this address (the audit
     * trail records the lock).
     */
    public boolean failed(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        // what no window looks at any more
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < ?")
                .param(Timestamp.valueOf(now.minusMinutes(Math.max(minutes, addressMinutes))))
                .update();
        jdbc.sql("INSERT INTO login_failure (username, address, failed_at) VALUES (?, ?, ?)")
                .params(key(username, NAME), key(address, ADDRESS), Timestamp.valueOf(now))
                .update();
        long recent = jdbc.sql(
                        "SELECT COUNT(*) FROM login_failure WHERE username = ? AND address = ? AND failed_at > ?")
                .params(key(username, NAME), key(address, ADDRESS), Timestamp.valueOf(now.minusMinutes(minutes)))
                .query(Long.class)
                .single();
        return recent == attempts;
    }

    public void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ? AND address = ?")
                .params(key(username, NAME), key(address, ADDRESS))
                .update();
    }

    /** Forgets every failure of the account (the security administrator's unlock). */
    public void unlock(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ?")
                .param(key(username, NAME))
                .update();
    }

    /** The addresses the account is locked for now. */
    @Transactional(readOnly = true)
    public java.util.List<String> lockedAddresses(String username) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.sql("SELECT address FROM login_failure WHERE username = ? AND failed_at > ? GROUP BY address"
                        + " HAVING COUNT(*) >= ? ORDER BY address")
                .params(key(username, NAME), Timestamp.valueOf(now.minusMinutes(minutes)), attempts)
                .query(String.class)
                .list();
    }

    /**
     * The end of a lock: when at least {@code limit} failures lie within the last {@code window} minutes, the lock
     * lasts until the {@code limit}-th most recent of them is {@code window} minutes old.
     */
    private Optional<LocalDateTime> lockEnd(String sql, int limit, int window, LocalDateTime now, Object... keys) {
        Object[] params = java.util.Arrays.copyOf(keys, keys.length + 1);
        params[keys.length] = Timestamp.valueOf(now.minusMinutes(window));
        java.util.List<Timestamp> recent = jdbc.sql(sql + " LIMIT " + limit)
                .params(params)
                .query(Timestamp.class)
                .list();
        if (recent.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(recent.get(limit - 1).toLocalDateTime().plusMinutes(window));
    }

    /** As stored: no character a database refuses, at most the column's length; "" for none. */
    private static String key(String text, int max) {
        return text == null ? "" : jixiao.shared.PlainText.cut(jixiao.shared.PlainText.of(text), max);
    }
}
