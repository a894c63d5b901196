package jixiao.account;

import java.util.Arrays;

/**
 * Why an act on an account was refused, as a message code of the {@code account.} keys with its arguments, for the
 * page to word in the user's language; {@link #getMessage()} is the code and the arguments, for logs and tests.
 */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] args;

    public AccountException(String code, Object... args) {
        super(code + Arrays.toString(args));
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
