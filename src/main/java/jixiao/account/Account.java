package jixiao.account;

import java.time.LocalDateTime;

/** A user: its role and where it belongs (a unit for unit roles, a region for the finance bureau). */
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
        boolean enabled) {

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
