package jixiao.account;

/** What an account may do. */
public enum Role {
    /** 填报人: enters the data of one unit. */
    FILLER("填报人"),
    /** 单位审核: approves the unit's evaluations and sends them to the finance bureau. */
    UNIT_REVIEWER("单位审核"),
    /** 财政局审核: reviews all units of its region. */
    BUREAU_REVIEWER("财政局审核"),
    /** 管理员: users, units, rule sets. */
    ADMINISTRATOR("管理员");

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
}
