package jixiao.scoring;

import java.math.BigDecimal;

/**
 * One 绩效指标 row: 一级/二级/三级指标, 年度指标值 (target), 实际完成值 (actual), 分值 (weight), 得分 as
 * claimed, and 偏差原因分析及改进措施. Texts are as printed; any of them may be null.
 */
public record Indicator(
        String level1,
        String level2,
        String level3,
        String target,
        String actual,
        BigDecimal weight,
        BigDecimal claimedScore,
        String deviationReason) {

    /** The name a reviewer uses for the row: 三级指标, or the 二级 where the 三级 is blank. */
    public String name() {
        if (level3 != null && !level3.isBlank()) {
            return level3;
        }
        return level2 != null ? level2 : "";
    }

    /** A 成本指标: its 二级 (or its 一级) says 成本. */
    public boolean isCost() {
        return (level2 != null && level2.contains("成本")) || (level1 != null && level1.contains("成本"));
    }
}
