package jixiao.audit;

import java.util.List;

/**
 * The action codes of the audit trail written outside the features that publish their own events (sign-ins, the
 * system administrator's configuration, downloads, the auditor's own acts). The pages name each by the message {@code
 * audit.action.<code>}. The evaluations' codes are {@code evaluation.<act>} (EvaluationActs), the accounts' are
 * {@code jixiao.account.AccountEvent}'s.
 */
public final class AuditActions {
    private AuditActions() {}

    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login.failed";
    /** Refused before the password was checked: the account is locked for the address, or the address throttled. */
    public static final String LOGIN_REFUSED = "login.refused";

    public static final String LOGOUT = "logout";
    /** A run of failures locked the account for one address. */
    public static final String ACCOUNT_LOCKED = "account.locked";

    public static final String UNIT_CREATED = "unit.created";
    public static final String RULE_SET_LOADED = "ruleSet.loaded";
    public static final String RULE_SET_ACTIVATED = "ruleSet.activated";
    public static final String RULE_SET_DEFAULT = "ruleSet.default";
    public static final String FRAMEWORK_LOADED = "framework.loaded";
    public static final String FRAMEWORK_ACTIVATED = "framework.activated";
    public static final String FRAMEWORK_SAVED = "framework.saved";
    public static final String DOCUMENT_DOWNLOADED = "document.downloaded";
    public static final String AUDIT_VERIFIED = "audit.verified";
    public static final String AUDIT_EXPORTED = "audit.exported";

    public static final List<String> ALL = List.of(
            LOGIN,
            LOGIN_FAILED,
            LOGIN_REFUSED,
            LOGOUT,
            ACCOUNT_LOCKED,
            UNIT_CREATED,
            RULE_SET_LOADED,
            RULE_SET_ACTIVATED,
            RULE_SET_DEFAULT,
            FRAMEWORK_LOADED,
            FRAMEWORK_ACTIVATED,
            FRAMEWORK_SAVED,
            DOCUMENT_DOWNLOADED,
            AUDIT_VERIFIED,
            AUDIT_EXPORTED);
}
