package jixiao.collection;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A finance bureau's 催报: a reminder to a unit to send its evaluations of a year, shown to the unit's staff until one
 * of them marks it read.
 */
public record Reminder(
        long id,
        long unitId,
        int fiscalYear,
        String message,
        String sentBy,
        LocalDateTime sentAt,
        @Nullable String readBy,
        @Nullable LocalDateTime readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
