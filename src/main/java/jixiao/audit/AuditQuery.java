package jixiao.audit;

import java.time.LocalDate;

/**
 * What the auditor looks for: a period (days inclusive), an actor (part of the name), an action (a code such as
 * {@code login.failed}, or a group such as {@code login}) and the outcome. Every part may be null: no condition.
 */
public record AuditQuery(LocalDate from, LocalDate to, String actor, String action, Boolean success) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
