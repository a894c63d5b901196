package jixiao.integration;

/** The passwords the integration tests configure, and the one they give the accounts they create. */
public final class Credentials {
    public static final String ADMIN_PASSWORD = "Admin-IT-3x9q";
    public static final String SECURITY_PASSWORD = "Security-IT-4p7z";
    public static final String AUDITOR_PASSWORD = "Auditor-IT-6d2n";
    public static final String DEMO_PASSWORD = "Demo-IT-7k2w";
    public static final String FIXTURE_PASSWORD = "Fixture-IT-5m8r";

    /** Failed logins before a lock, and the lock's length, as the integration tests configure them. */
    public static final int LOCKOUT_ATTEMPTS = 3;

    public static final int LOCKOUT_MINUTES = 2;

    private Credentials() {}
}
