package jixiao.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminder table: the bureau's 催报 and whether the unit has read them. */
@Repository
class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long unitId, int fiscalYear, String message, String by, LocalDateTime at) {
        jdbc.sql("INSERT INTO reminder (unit_id, fiscal_year, message, sent_by, sent_at) VALUES (?, ?, ?, ?, ?)")
                .params(unitId, fiscalYear, message, by, Timestamp.valueOf(at))
                .update();
    }

    /** The unit's reminders not yet read, the latest first. */
    List<Reminder> unread(long unitId) {
        return jdbc.sql("SELECT * FROM reminder WHERE unit_id = ? AND read_at IS NULL ORDER BY sent_at DESC, id DESC")
                .param(unitId)
                .query(ReminderStore::reminder)
                .list();
    }

    Optional<Reminder> find(long id) {
        return jdbc.sql("SELECT * FROM reminder WHERE id = ?")
                .param(id)
                .query(ReminderStore::reminder)
                .optional();
    }

    /** Marks a reminder read, once: false where it was read already. */
    boolean markRead(long id, String by, LocalDateTime at) {
        return jdbc.sql("UPDATE reminder SET read_by = ?, read_at = ? WHERE id = ? AND read_at IS NULL")
                        .params(by, Timestamp.valueOf(at), id)
                        .update()
                == 1;
    }

    /** The latest reminder of each unit of a year, by unit id. */
    Map<Long, Reminder> latestOfYear(int fiscalYear) {
        Map<Long, Reminder> latest = new HashMap<>();
        jdbc.sql("SELECT * FROM reminder r WHERE fiscal_year = ? AND NOT EXISTS (SELECT 1 FROM reminder later"
                        + " WHERE later.unit_id = r.unit_id AND later.fiscal_year = r.fiscal_year"
                        + " AND (later.sent_at > r.sent_at OR (later.sent_at = r.sent_at AND later.id > r.id)))")
                .param(fiscalYear)
                .query(ReminderStore::reminder)
                .list()
                .forEach(reminder -> latest.put(reminder.unitId(), reminder));
        return latest;
    }

    private static Reminder reminder(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Reminder(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getInt("fiscal_year"),
                rs.getString("message"),
                rs.getString("sent_by"),
                rs.getTimestamp("sent_at").toLocalDateTime(),
                rs.getString("read_by"),
                read == null ? null : read.toLocalDateTime());
    }
}
