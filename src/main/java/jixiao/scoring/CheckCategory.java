package jixiao.scoring;

/**
 * The five kinds of check on the review lists accounting firms use when they re-check self-evaluations (domain.md §7):
 * the category a reviewer reads a finding under ("准确性：得分与规则不符").
 */
public enum CheckCategory {
    /** 完整性: a part the 自评表 or the report must have is missing. */
    COMPLETENESS("完整性"),
    /** 准确性: a score, a rate or a sum is computed wrongly. */
    ACCURACY("准确性"),
    /** 一致性: two places of the report, or the report and its tables, say different things. */
    CONSISTENCY("一致性"),
    /** 合理性: figures that add up but that a reviewer would not accept without an explanation. */
    PLAUSIBILITY("合理性"),
    /** 规范性: targets, values and weights not written the way the rules ask. */
    QUALITY("规范性");

    private final String label;

    CheckCategory(String label) {
        this.label = label;
    }

    /** The Chinese name a reviewer sees. */
    public String label() {
        return label;
    }
}
