package jixiao.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password policy (等保2.0 三级 8.1.4.1 a: 口令应有复杂度要求并定期更换): a least length, a least number of the four
 * character classes (upper-case and lower-case letters, digits, other characters), never containing the account's
 * name, never one of the common passwords shipped with the project; and a password may expire after some days (0:
 * never). The security administrator sets the numbers; the defaults come from the settings.
 */
public record PasswordPolicy(int minLength, int minClasses, int expiryDays) {

    /** Bounds of what may be set: 等保 asks for at least 8 characters. */
    public static final int LEAST_LENGTH = 8;

    public static final int MOST_LENGTH = 128;
    public static final int MOST_EXPIRY_DAYS = 3650;

    public PasswordPolicy {
        if (minLength < LEAST_LENGTH || minLength > MOST_LENGTH) {
            throw new AccountException("account.policy.length", LEAST_LENGTH, MOST_LENGTH, minLength);
        }
        if (minClasses < 1 || minClasses > 4) {
            throw new AccountException("account.policy.classes", minClasses);
        }
        if (expiryDays < 0 || expiryDays > MOST_EXPIRY_DAYS) {
            throw new AccountException("account.policy.expiry", MOST_EXPIRY_DAYS, expiryDays);
        }
    }

    /** What is wrong with {@code password} for the account {@code username}, as message codes; empty when it passes. */
    public List<AccountException> problems(String username, String password, Set<String> common) {
        List<AccountException> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            problems.add(new AccountException("account.password.short", minLength, length));
        }
        if (length > MOST_LENGTH) {
            problems.add(new AccountException("account.password.long", MOST_LENGTH, length));
        }
        int classes = classes(password);
        if (classes < minClasses) {
            problems.add(new AccountException("account.password.classes", minClasses, classes));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.toLowerCase(Locale.ROOT).strip())) {
            problems.add(new AccountException("account.password.containsName", username));
        }
        if (common.contains(lower)) {
            problems.add(new AccountException("account.password.common"));
        }
        return problems;
    }

    /** True when a password in use since {@code changedAt} has expired at {@code now} (never when not known or 0). */
    public boolean expired(java.time.LocalDateTime changedAt, java.time.LocalDateTime now) {
        return expiryDays > 0
                && changedAt != null
                && changedAt.plusDays(expiryDays).isBefore(now);
    }

    /** How many of upper case, lower case, digits and other characters the password has. */
    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
