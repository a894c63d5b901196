package jixiao.rules;

/**
 * A change of a level's rule set, published in the transaction of the change for the audit trail (which records it,
 * so that a rolled-back change leaves no entry).
 *
 * @param action {@link #SAVED} or {@link #ACTIVATED}
 * @param by the account that made it
 * @param target the set and version, in words ("规则集 洛阳市 2024 年度规则集 第 2 版")
 * @param detail anything else worth keeping (how many drafts were re-scored); may be null
 */
public record RuleSetEvent(String action, String by, String target, String detail) {

    /** Audit trail actions (named by the messages audit.action.…). */
    public static final String SAVED = "ruleSet.regionSaved";

    public static final String ACTIVATED = "ruleSet.regionActivated";
}
