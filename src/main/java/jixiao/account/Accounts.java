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

    public long createAccount(
            String username, String passwordHash, String displayName, Role role, Long unitId, Long regionId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (username, password_hash, display_name, role, unit_id, region_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(username, passwordHash, displayName, role.name(), unitId, regionId)
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
    public List<Account> accounts() {
        return jdbc.sql("SELECT * FROM account ORDER BY id")
                .query(Accounts::accountRow)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'ADMINISTRATOR'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Counts a failed login; from {@code attempts} failures on, the account is locked until {@code until}. */
    public void failedLogin(String username, int attempts, LocalDateTime until) {
        jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE username = ?")
                .param(username)
                .update();
        jdbc.sql("UPDATE account SET locked_until = ?, failed_logins = 0 WHERE username = ? AND failed_logins >= ?")
                .params(Timestamp.valueOf(until), username, attempts)
                .update();
    }

    public void successfulLogin(String username) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = ?")
                .param(username)
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
