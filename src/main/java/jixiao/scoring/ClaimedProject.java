package jixiao.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the submitter wrote about the project's result: the table's 总分, the summary paragraph ("分别从三个方面进行评分，
 * 产出指标…共计 N 分") and the 自评分析 paragraph. Any part may be null.
 */
public record ClaimedProject(@Nullable BigDecimal total, @Nullable Summary summary, @Nullable Analysis analysis) {

    /** The summary paragraph's figures: 产出, 效益, 满意度, 预算执行率 and 共计. */
    public record Summary(
            @Nullable BigDecimal output,
            @Nullable BigDecimal effect,
            @Nullable BigDecimal satisfaction,
            @Nullable BigDecimal execution,
            @Nullable BigDecimal total,
            @Nullable String text) {}

    /** The 自评分析 paragraph: the score it names and its text. */
    public record Analysis(@Nullable BigDecimal score, @Nullable String text) {}
}
