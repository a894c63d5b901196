package jixiao.scoring;

/** 等级: 优, 良, 中, 差 (domain.md §2; the bands are a setting of the rule set). */
public enum Grade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
