package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Funds.ClaimedExecution;
import jixiao.scoring.Funds.FundsRow;
import jixiao.shared.MoneyUnit;

/** Builds small reports for engine tests: a clean project scores 100 unless a test says otherwise. */
public final class ReportBuilder {
    private final List<ProjectSelfEvaluation> projects = new ArrayList<>();

    public static ReportBuilder report() {
        return new ReportBuilder();
    }

    public ReportBuilder project(ProjectBuilder project) {
        projects.add(project.build());
        return this;
    }

    public SelfEvaluationReport build() {
        return new SelfEvaluationReport(
                2021, MoneyUnit.TEN_THOUSAND_YUAN, new BudgetUnit("测试单位", null, null), null, projects);
    }

    public static ProjectBuilder project(String name) {
        return new ProjectBuilder(name);
    }

    /** A project of 产出 50 / 效益 30 / 满意度 10 and 预算执行率 10, all met, unless changed. */
    public static final class ProjectBuilder {
        private final String name;
        private final List<Indicator> indicators = new ArrayList<>();
        private Funds funds = funds("100", "100", "100", "10");
        private String goal;
        private BigDecimal claimedTotal;
        private String achieved;
        private String analysis;

        ProjectBuilder(String name) {
            this.name = name;
            this.goal = name + "的年度目标";
        }

        public ProjectBuilder withStandardIndicators() {
            indicator("产出指标", "数量指标", "培训人数", "≥100人", "120人", "20", "20");
            indicator("产出指标", "质量指标", "合格率", "≥95%", "98%", "10", "10");
            indicator("产出指标", "时效指标", "完成时间", "11月", "10月已完成", "10", "10");
            indicator("产出指标", "成本指标", "项目成本", "≤100万", "100万", "10", "10");
            indicator("效益指标", "社会效益指标", "受益人数", "≥1000人", "1200人", "30", "30");
            indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10");
            return this;
        }

        public ProjectBuilder indicator(
                String level1,
                String level2,
                String level3,
                String target,
                String actual,
                String weight,
                String claimed) {
            indicators.add(new Indicator(
                    level1,
                    level2,
                    level3,
                    target,
                    actual,
                    weight == null ? null : new BigDecimal(weight),
                    claimed == null ? null : new BigDecimal(claimed),
                    null));
            return this;
        }

        /** The last row marked 不适用 for this reason (blank for none given). */
        public ProjectBuilder notApplicable(String reason) {
            int last = indicators.size() - 1;
            indicators.set(last, indicators.get(last).notApplicable(reason));
            return this;
        }

        /** The last row with this 偏差原因分析. */
        public ProjectBuilder reason(String reason) {
            int last = indicators.size() - 1;
            Indicator i = indicators.get(last);
            indicators.set(
                    last,
                    new Indicator(
                            i.level1(),
                            i.level2(),
                            i.level3(),
                            i.target(),
                            i.actual(),
                            i.weight(),
                            i.claimedScore(),
                            reason,
                            i.notApplicable(),
                            i.claimedScoreText()));
            return this;
        }

        /** The last row's claimed score as typed in words ("十"), read as the number it says. */
        public ProjectBuilder claimedInWords(String words) {
            int last = indicators.size() - 1;
            Indicator i = indicators.get(last);
            indicators.set(
                    last,
                    new Indicator(
                            i.level1(),
                            i.level2(),
                            i.level3(),
                            i.target(),
                            i.actual(),
                            i.weight(),
                            i.claimedScore(),
                            i.deviationReason(),
                            i.notApplicable(),
                            words));
            return this;
        }

        public ProjectBuilder funds(Funds funds) {
            this.funds = funds;
            return this;
        }

        public ProjectBuilder goal(String goal) {
            this.goal = goal;
            return this;
        }

        /** The 年度总体目标's 实际完成情况 (the goal itself where not given). */
        public ProjectBuilder achieved(String achieved) {
            this.achieved = achieved;
            return this;
        }

        /** The 自评分析 paragraph. */
        public ProjectBuilder analysis(String text) {
            this.analysis = text;
            return this;
        }

        public ProjectBuilder claimedTotal(String total) {
            this.claimedTotal = new BigDecimal(total);
            return this;
        }

        public static Funds funds(String initial, String annual, String executed, String claimedScore) {
            FundsRow row = new FundsRow(number(initial), number(annual), number(executed));
            return new Funds(row, null, null, null, BigDecimal.TEN, new ClaimedExecution(null, number(claimedScore)));
        }

        private static BigDecimal number(String text) {
            return text == null ? null : new BigDecimal(text);
        }

        ProjectSelfEvaluation build() {
            return new ProjectSelfEvaluation(
                    name,
                    "测试主管部门 001",
                    "测试单位",
                    "张三 12345678",
                    funds,
                    new Goals(goal, achieved == null ? goal : achieved),
                    indicators,
                    new ClaimedProject(
                            claimedTotal, null, analysis == null ? null : new ClaimedProject.Analysis(null, analysis)),
                    false);
        }
    }
}
