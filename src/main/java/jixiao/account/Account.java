package jixiao.account;

import java.time.LocalDateTime;

/**
 * A user: its role and where it belongs (a unit for unit roles, a region for the finance bureau). Serializable: the
 * signed-in user ({@link CurrentUser}) is kept in the session, which lives in the database (any node serves it).
 */
public record Account(
        long id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        Long unitId,
        Long regionId,
        int failedLogins,
        LocalDateTime lockedUntil,
        boolean enabled)
        implements java.io.Serializable {

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
