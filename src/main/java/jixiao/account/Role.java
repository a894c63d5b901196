package jixiao.account;

/**
 * What an account may do. The last three are the 三员 of 等保2.0 三级 (GB/T 22239-2019 8.1.4.2, 8.1.10.3): the system,
 * security and audit administrators, kept apart so that none of them can do another's job or cover up its own acts.
 */
public enum Role {
    /** 填报人: enters the data of one unit. */
    FILLER("填报人"),
    /** 单位审核: approves the unit's evaluations and sends them to the finance bureau. */
    UNIT_REVIEWER("单位审核"),
    /** 财政局审核: reviews all units of its region. */
    BUREAU_REVIEWER("财政局审核"),
    /** 系统管理员: units, regions, rule sets, frameworks, settings; not accounts, not the audit trail. */
    ADMINISTRATOR("系统管理员"),
    /** 安全管理员: accounts, the password policy, unlocking, resetting, disabling and enabling; nothing else. */
    SECURITY_ADMINISTRATOR("安全管理员"),
    /** 审计管理员: reads and exports the audit trail; changes nothing. */
    AUDITOR("审计管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean belongsToUnit() {
        return this == FILLER || this == UNIT_REVIEWER;
    }

    /** One of the 三员, who administer the system and never take part in the evaluations' work. */
    public boolean administers() {
        return this == ADMINISTRATOR || this == SECURITY_ADMINISTRATOR || this == AUDITOR;
    }
}
