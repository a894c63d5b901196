package jixiao.evaluation.web;

import java.util.List;

/** 常用指标库: common indicators a unit picks from instead of typing them (满意度, 成本, 时效 …). */
public final class IndicatorLibrary {
    private IndicatorLibrary() {}

    public record Entry(String level1, String level2, String level3, String target, String weight) {
        public EvaluationForm.IndicatorRow row() {
            EvaluationForm.IndicatorRow row = new EvaluationForm.IndicatorRow();
            row.setLevel1(level1);
            row.setLevel2(level2);
            row.setLevel3(level3);
            row.setTarget(target);
            row.setWeight(weight);
            return row;
        }

        /** The entry as a row of a new 自评表 (nothing claimed yet). */
        public jixiao.scoring.Indicator indicator() {
            return new jixiao.scoring.Indicator(
                    level1, level2, level3, target, null, new java.math.BigDecimal(weight), null, null);
        }

        public String label() {
            return level2 + "：" + level3 + "（" + target + "）";
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("产出指标", "数量指标", "服务人次", "≥1000人次", "10"),
            new Entry("产出指标", "数量指标", "完成项目数", "≥1个", "10"),
            new Entry("产出指标", "质量指标", "验收合格率", "≥95%", "10"),
            new Entry("产出指标", "质量指标", "系统正常运行率", "≥98%", "10"),
            new Entry("产出指标", "时效指标", "按时完成率", "100%", "10"),
            new Entry("产出指标", "时效指标", "完成时间", "12月", "10"),
            new Entry("产出指标", "成本指标", "项目总成本", "≤100万元", "10"),
            new Entry("效益指标", "社会效益指标", "服务对象受益人数", "≥1000人", "10"),
            new Entry("效益指标", "经济效益指标", "节约资金", "≥10万元", "10"),
            new Entry("效益指标", "生态效益指标", "能耗下降率", "≥5%", "10"),
            new Entry("效益指标", "可持续影响指标", "长效管理制度建立", "建立", "10"),
            new Entry("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "10"),
            new Entry("满意度指标", "服务对象满意度指标", "职工满意度", "≥90%", "5"));
}
