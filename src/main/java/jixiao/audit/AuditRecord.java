package jixiao.audit;

/**
 * One act for the audit trail, as its feature describes it.
 *
 * @param actor the account that acted, or the name tried in a failed login
 * @param action a code of the feature's own, such as {@code evaluation.approved} (the pages name it by the message
 *     {@code audit.action.<code>})
 * @param target what was acted upon, in words ("自评表 12 专家评审费", "账号 tianbao")
 * @param detail anything else worth keeping (a reason, a count); may be null
 * @param success false for an attempt that was refused or failed
 */
public record AuditRecord(String actor, String action, String target, String detail, boolean success) {

    public static AuditRecord done(String actor, String action, String target, String detail) {
        return new AuditRecord(actor, action, target, detail, true);
    }

    public static AuditRecord failed(String actor, String action, String target, String detail) {
        return new AuditRecord(actor, action, target, detail, false);
    }
}
