package jixiao.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 11: chains the entries written before the chain existed (V6 to V10), in the order they were written, so
 * that the whole trail is covered; V12 then requires every entry to be chained. In Java because the hash is not
 * computed alike by H2 and PostgreSQL. It fills in columns that were empty; no recorded field changes.
 */
@Component
class ChainOfEarlierEntries implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "chain of earlier audit entries";
    }

    @Override
    public Integer getChecksum() {
        return 11;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<AuditEntry> earlier = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("SELECT * FROM audit_entry WHERE seq IS NULL ORDER BY id")) {
            while (rs.next()) {
                earlier.add(AuditChain.entry(rs));
            }
        }
        long seq = 0;
        String previous = AuditChain.START;
        try (PreparedStatement chain = connection.prepareStatement(
                "UPDATE audit_entry SET seq = ?, previous_hash = ?, hash = ? WHERE id = ?")) {
            for (AuditEntry e : earlier) {
                seq++;
                String hash = AuditChain.hash(
                        seq, e.at(), e.actor(), e.address(), e.action(), e.target(), e.detail(), e.success(), previous);
                chain.setLong(1, seq);
                chain.setString(2, previous);
                chain.setString(3, hash);
                chain.setLong(4, e.id());
                chain.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head =
                connection.prepareStatement("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
