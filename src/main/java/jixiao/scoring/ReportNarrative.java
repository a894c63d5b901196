package jixiao.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The unit's own words around the tables of its 自评报告: printed where the unit wrote them, generated from the
 * figures only where it wrote none. Every part may be null.
 *
 * @param notice the bureau's notice the evaluation answers, as the unit cites it ("三门峡市财政局关于开展 2021 年度市级预算
 *     绩效自评工作的通知（三财效〔2022〕3号）")
 * @param organisation 绩效自评工作开展情况: who organised the work and how
 * @param problems 存在的问题和建议
 * @param improvements 改进措施和有关建议
 * @param otherMatters 其他需要说明的问题
 */
public record ReportNarrative(
        @Nullable String notice,
        @Nullable String organisation,
        @Nullable String problems,
        @Nullable String improvements,
        @Nullable String otherMatters) {

    /** Nothing written. */
    public static final ReportNarrative NONE = new ReportNarrative(null, null, null, null, null);

    /** True when the unit wrote none of the parts. */
    public boolean isEmpty() {
        return blank(notice) && blank(organisation) && blank(problems) && blank(improvements) && blank(otherMatters);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
