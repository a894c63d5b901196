package jixiao.account;

/**
 * Something done to an account, published in the transaction that did it, so that the audit trail keeps exactly the
 * acts that were committed.
 *
 * @param action a code such as {@code account.created}, {@code account.passwordReset}
 * @param by who did it
 * @param account the account it was done to (the username)
 * @param detail what changed, in words; may be null
 */
public record AccountEvent(String action, String by, String account, String detail) {

    public static final String CREATED = "account.created";
    public static final String ROLE_CHANGED = "account.roleChanged";
    public static final String PASSWORD_RESET = "account.passwordReset";
    public static final String DISABLED = "account.disabled";
    public static final String ENABLED = "account.enabled";
    public static final String UNLOCKED = "account.unlocked";
    public static final String POLICY_CHANGED = "account.policyChanged";
    public static final String PASSWORD_CHANGED = "account.passwordChanged";
    /** Refused: a wrong current password (recorded as a failure). */
    public static final String PASSWORD_CHANGE_REFUSED = "account.passwordChangeRefused";

    /** Every action an account event has. */
    public static final java.util.List<String> ACTIONS = java.util.List.of(
            CREATED,
            ROLE_CHANGED,
            PASSWORD_RESET,
            DISABLED,
            ENABLED,
            UNLOCKED,
            POLICY_CHANGED,
            PASSWORD_CHANGED,
            PASSWORD_CHANGE_REFUSED);
}
