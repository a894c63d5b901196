package jixiao.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jixiao.evaluation.RowKind;
import jixiao.review.DeductionEntry.AppliesTo;

/**
 * A region's published deduction scale (扣分标准): the situations a 复核 deducts for and what each costs. A region
 * publishes its own, or uses the nearest region above it that has one, or the built-in {@link #DEFAULTS}.
 *
 * @param source whose scale it is
 * @param regionId the region that published it, or null for the built-in one
 * @param regionName that region's name, or null
 * @param publishedAt when that region published it, or null for the built-in one
 * @param publishedBy who published it, or null
 */
public record DeductionScale(
        Source source,
        Long regionId,
        String regionName,
        LocalDateTime publishedAt,
        String publishedBy,
        List<DeductionEntry> entries) {

    /** The built-in scale. */
    public static DeductionScale builtIn() {
        return new DeductionScale(Source.DEFAULT, null, null, null, null, DEFAULTS);
    }

    /** Whose scale applies to a region. */
    public enum Source {
        /** the region's own */
        OWN,
        /** a region's above it */
        INHERITED,
        /** the built-in default, no region above having one */
        DEFAULT
    }

    public DeductionScale {
        entries = List.copyOf(entries);
    }

    public Optional<DeductionEntry> entry(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The entries a reviewer may pick for a row of this kind. */
    public List<DeductionEntry> entriesFor(RowKind kind) {
        return entries.stream().filter(e -> e.appliesTo().covers(kind)).toList();
    }

    /**
     * The built-in scale, published by no region. Its situations are those reviewers meet in county self-evaluations
     * (docs/domain.md §7, from accounting firms' review lists and the provinces' 一体化 self-evaluation manuals); the
     * costs follow the severity steps reviewers and units ask for (0 / 30 % / 60 % / 100 % of the weight for a target
     * that cannot be assessed), the provincial rule for 指标偏离 (a result 30 % or more beyond its target loses 2
     * points), and 财预〔2020〕10号, under which a self-evaluation must be 数据真实、结果客观: what no evidence supports is
     * not scored. A bureau edits its own copy on the scale's page.
     */
    public static final List<DeductionEntry> DEFAULTS = List.of(
            share("TARGET-VAGUE-0", AppliesTo.INDICATOR, "指标值表述笼统，但能据实际完成值判断完成情况", "0", "按严重程度分档扣分（0／30%／60%／100%）"),
            share("TARGET-VAGUE-30", AppliesTo.INDICATOR, "指标值不够明确，只能部分判断完成情况", "0.3", "按严重程度分档扣分（0／30%／60%／100%）"),
            share("TARGET-VAGUE-60", AppliesTo.INDICATOR, "指标值难以衡量，完成情况主要依靠文字描述", "0.6", "按严重程度分档扣分（0／30%／60%／100%）"),
            share("TARGET-VAGUE-100", AppliesTo.INDICATOR, "指标值无法衡量，无法判断是否完成", "1", "按严重程度分档扣分（0／30%／60%／100%）"),
            share("NO-EVIDENCE", AppliesTo.ANY, "实际完成情况无佐证材料支撑", "1", "财预〔2020〕10号：自评应数据真实、结果客观"),
            share("PART-EVIDENCE", AppliesTo.ANY, "佐证材料只能证明部分完成", "0.5", "财预〔2020〕10号：自评应数据真实、结果客观"),
            share("CONTRADICTED", AppliesTo.ANY, "填报的完成值与佐证材料或其他数据矛盾", "1", "财预〔2020〕10号：自评应数据真实、结果客观"),
            points("DEVIATION", AppliesTo.INDICATOR, "实际完成值超出年度指标值 30% 以上（指标偏离，目标设置偏低）", "2", "省级一体化自评手册：指标偏离扣 2 分"),
            share("COST-DIRECTION", AppliesTo.INDICATOR, "成本指标以“≥”等正向方式设置，方向错误", "0.3", "复核清单：成本指标应为反向指标"),
            share("SATISFACTION-NO-SURVEY", AppliesTo.INDICATOR, "满意度以“未收到投诉”等代替问卷调查", "0.5", "复核清单：满意度应有调查依据"),
            share("BENEFIT-ACTIVITY", AppliesTo.INDICATOR, "效益指标只统计工作量，未反映效益", "0.3", "复核清单：效益指标应反映效果"),
            share("OUTPUT-UNSPENT", AppliesTo.INDICATOR, "声称产出已完成而资金基本未支出，完成情况存疑", "0.5", "复核清单：产出与支出应相互印证"),
            share(
                    "EXECUTION-UNSUPPORTED",
                    AppliesTo.EXECUTION,
                    "全年执行数与决算或账务数据不一致",
                    "0.5",
                    "财预〔2020〕10号：执行率按全年执行数与全年预算数计算"),
            share("ITEM-FIGURES", AppliesTo.ITEM, "整体自评所用数据与决算或项目自评表不一致", "0.3", "复核清单：整体与项目数据应一致"));

    private static DeductionEntry share(
            String code, AppliesTo appliesTo, String situation, String share, String basis) {
        return new DeductionEntry(code, appliesTo, situation, new BigDecimal(share), null, basis);
    }

    private static DeductionEntry points(
            String code, AppliesTo appliesTo, String situation, String points, String basis) {
        return new DeductionEntry(code, appliesTo, situation, null, new BigDecimal(points), basis);
    }
}
