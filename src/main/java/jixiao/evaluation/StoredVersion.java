package jixiao.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** One loaded version of a rule set or a whole-unit framework, as the administration pages list them. */
public record StoredVersion(long id, String name, String version, boolean active, LocalDateTime loadedAt, String by) {

    /** A row of rule_set or unit_framework, which have the same columns. */
    static StoredVersion of(ResultSet rs, int row) throws SQLException {
        return new StoredVersion(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("version"),
                rs.getBoolean("active"),
                rs.getTimestamp("loaded_at").toLocalDateTime(),
                rs.getString("loaded_by"));
    }
}
