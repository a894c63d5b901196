package jixiao.scoring.rule;

/** The rule kind of an indicator (domain.md §2), recognised from its 年度指标值. */
public enum IndicatorKind {
    POSITIVE("正向"),
    EQUAL("等于"),
    REVERSE("反向"),
    TIMELINESS("时效"),
    QUALITATIVE("定性"),
    NOT_APPLICABLE("不适用"),
    /** The target cannot be read or is missing: the claimed score is kept and a finding says so. */
    UNSCORABLE("无法计分");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name used in the interchange and API output: "positive", "reverse" … */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
