package jixiao.report.xlsx;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Funds.FundsRow;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.shared.MoneyUnit;

/**
 * {@code count} projects made up and scored one at a time as they are iterated, never all held at once: the input
 * of the streamed summary. Project i spends (80 + i mod 21)% of its budget and reaches 150 + i mod 60 of 200 experts.
 */
final class GeneratedProjects implements Iterable<ProjectAssessment> {
    static final int FISCAL_YEAR = 2021;

    private final int count;
    private final SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());

    GeneratedProjects(int count) {
        this.count = count;
    }

    @Override
    public Iterator<ProjectAssessment> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public ProjectAssessment next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return checker.assess(project(next++), FISCAL_YEAR, MoneyUnit.TEN_THOUSAND_YUAN);
            }
        };
    }

    static ProjectSelfEvaluation project(int i) {
        BigDecimal budget = BigDecimal.valueOf(10 + i % 990);
        BigDecimal executed = budget.multiply(BigDecimal.valueOf(80 + i % 21)).movePointLeft(2);
        FundsRow row = new FundsRow(budget, budget, executed);
        List<Indicator> indicators = List.of(
                new Indicator(
                        "产出指标", "数量指标", "评审专家人数", "≥200人", (150 + i % 60) + "人", BigDecimal.valueOf(30), null, null),
                new Indicator("产出指标", "质量指标", "合格率", "≥95%", "98%", BigDecimal.valueOf(20), null, null),
                new Indicator("效益指标", "社会效益指标", "服务质量", "提升", "提升", BigDecimal.valueOf(30), null, null),
                new Indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", BigDecimal.TEN, null, null));
        return new ProjectSelfEvaluation(
                "项目" + (i + 1),
                "某局",
                "某中心",
                null,
                new Funds(row, row, null, null, BigDecimal.TEN, null),
                new Goals("完成年度任务", "已完成"),
                indicators,
                new ClaimedProject(null, null, null),
                false);
    }
}
