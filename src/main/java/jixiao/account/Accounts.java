package jixiao.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts: who signs in, with which role, for which unit or region (flat CRUD with explicit row mapping). */
@Repository
@Transactional
public class Accounts {

    private final JdbcClient jdbc;

    public Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account whose password its owner chose (or was given and need not change). */
    public long createAccount(
            String username, String passwordHash, String displayName, Role role, Long unitId, Long regionId) {
        return createAccount(username, passwordHash, displayName, role, unitId, regionId, false, null);
    }

    /**
     * An account; {@code mustChangePassword} where someone else chose the password, which its owner then has to
     * change at the first sign-in; {@code passwordChangedAt} (may be null: not known) for the password's expiry.
     */
    public long createAccount(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long unitId,
            Long regionId,
            boolean mustChangePassword,
            LocalDateTime passwordChangedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (username, password_hash, display_name, role, unit_id, region_id,"
                        + " must_change_password, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        username,
                        passwordHash,
                        displayName,
                        role.name(),
                        unitId,
                        regionId,
                        mustChangePassword,
                        passwordChangedAt == null ? null : Timestamp.valueOf(passwordChangedAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = ?")
                .param(username)
                .query(Accounts::accountRow)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = ?")
                .param(id)
                .query(Accounts::accountRow)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return jdbc.sql("SELECT * FROM account ORDER BY id")
                .query(Accounts::accountRow)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return hasAccountOf(Role.ADMINISTRATOR);
    }

    @Transactional(readOnly = true)
    public boolean hasAccountOf(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = ?")
                        .param(role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the account's password must be changed, and since when it is in use (null: not known). */
    public record PasswordState(boolean mustChange, LocalDateTime changedAt) {}

    @Transactional(readOnly = true)
    public Optional<PasswordState> passwordState(String username) {
        return jdbc.sql("SELECT must_change_password, password_changed_at FROM account WHERE username = ?")
                .param(username)
                .query((rs, row) -> {
                    Timestamp changed = rs.getTimestamp(2);
                    return new PasswordState(rs.getBoolean(1), changed == null ? null : changed.toLocalDateTime());
                })
                .optional();
    }

    public void setPassword(long id, String passwordHash, boolean mustChange, LocalDateTime at) {
        jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = ?, password_changed_at = ? WHERE id = ?")
                .params(passwordHash, mustChange, Timestamp.valueOf(at), id)
                .update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    public void setRole(long id, Role role, Long unitId, Long regionId) {
        jdbc.sql("UPDATE account SET role = ?, unit_id = ?, region_id = ? WHERE id = ?")
                .params(role.name(), unitId, regionId, id)
                .update();
    }

    private static Account accountRow(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                (Long) rs.getObject("unit_id", Long.class),
                (Long) rs.getObject("region_id", Long.class),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toLocalDateTime(),
                rs.getBoolean("enabled"));
    }
}
