package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.scoring.check.Checks;
import jixiao.scoring.check.UnitFrameworks;
import jixiao.scoring.rule.ExecutionCaps;
import jixiao.scoring.rule.ExecutionRule;
import jixiao.scoring.rule.ExecutionScore;
import jixiao.scoring.rule.IndicatorScorer;
import jixiao.scoring.rule.IndicatorWeights;
import jixiao.scoring.rule.Note;
import jixiao.scoring.rule.ScoringContext;
import jixiao.scoring.rule.UnitItemRule;
import jixiao.scoring.value.ValueParser;
import jixiao.shared.MoneyUnit;
import jixiao.shared.Points;
import org.jspecify.annotations.Nullable;

/**
 * Scores every 自评表 of a report by one rule set and finds every inconsistency: the engine's entry point.
 * Pure and thread-safe; reads no clock and no global state.
 */
public final class SelfEvaluationChecker {

    private final RuleSet rules;
    private final UnitFramework framework;
    private final ValueParser parser;
    private final Checks checks;

    /** With the default whole-unit framework ({@link UnitFramework#defaults()}). */
    public SelfEvaluationChecker(RuleSet rules) {
        this(rules, UnitFramework.defaults());
    }

    public SelfEvaluationChecker(RuleSet rules, UnitFramework framework) {
        this(rules, framework, new ValueParser());
    }

    /**
     * With a parser shared with other checkers: the parser is thread-safe and remembers the texts it read, so a
     * server that makes a checker per request (its rule set may change between requests) keeps what was read.
     */
    public SelfEvaluationChecker(RuleSet rules, UnitFramework framework, ValueParser parser) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.framework = Objects.requireNonNull(framework, "framework");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.checks = new Checks(rules);
    }

    public UnitFramework framework() {
        return framework;
    }

    public RuleSet rules() {
        return rules;
    }

    public ReportAssessment assess(SelfEvaluationReport report) {
        ScoringContext context = new ScoringContext(report.fiscalYear(), report.moneyUnit(), rules);
        List<Scored> scored = new ArrayList<>(report.projects().size());
        List<List<Finding>> findings = new ArrayList<>(report.projects().size());
        for (ProjectSelfEvaluation project : report.projects()) {
            Scored s = score(project, context);
            scored.add(s);
            findings.add(
                    checks.project(project, s.rows(), s.execution(), s.notes(), context)); // a new list, added to below
        }
        checks.acrossProjects(report.projects(), findings);
        List<ProjectAssessment> projects = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            projects.add(scored.get(i).assessment(findings.get(i)));
        }
        UnitSelfEvaluation printed = report.department();
        UnitAssessment department = printed == null ? null : assess(printed);
        return new ReportAssessment(rules, projects, checks.unit(report, department), department);
    }

    /**
     * One project of a report as {@link #assess(SelfEvaluationReport)} gives it, the checks across projects
     * included, without scoring the others: the editor re-scores one 自评表 among the unit's of the year.
     */
    public ProjectAssessment assess(SelfEvaluationReport report, int index) {
        ScoringContext context = new ScoringContext(report.fiscalYear(), report.moneyUnit(), rules);
        ProjectSelfEvaluation project = report.projects().get(index);
        Scored s = score(project, context);
        List<List<Finding>> findings = new ArrayList<>(report.projects().size());
        for (int i = 0; i < report.projects().size(); i++) {
            findings.add(
                    i == index
                            ? checks.project(project, s.rows(), s.execution(), s.notes(), context)
                            : new ArrayList<>());
        }
        checks.acrossProjects(report.projects(), findings);
        return s.assessment(findings.get(index));
    }

    /** The 部门（单位）整体自评 scored by the framework: each item by its rule, the total and the grade. */
    public UnitAssessment assess(UnitSelfEvaluation department) {
        UnitItemRule rule = new UnitItemRule(rules);
        List<UnitItemAssessment> items = new ArrayList<>(framework.items().size());
        for (UnitFramework.Item item : framework.items()) {
            items.add(rule.score(item, claimed(department, item), department));
        }
        Points total = Points.sum(items.stream().map(UnitItemAssessment::score).toList());
        return new UnitAssessment(framework, items, total, rules.grade(total));
    }

    private static UnitSelfEvaluation.@Nullable ClaimedItem claimed(
            UnitSelfEvaluation department, UnitFramework.Item item) {
        for (UnitSelfEvaluation.ClaimedItem claimed : department.claimedItems()) {
            if (UnitFrameworks.sameName(item.name(), claimed.name())) {
                return claimed;
            }
        }
        return null;
    }

    /** One 自评表 on its own (no checks across projects), as the editor re-scores it after each change. */
    public ProjectAssessment assess(ProjectSelfEvaluation project, int fiscalYear, MoneyUnit moneyUnit) {
        ScoringContext context = new ScoringContext(fiscalYear, moneyUnit, rules);
        Scored s = score(project, context);
        return s.assessment(checks.project(project, s.rows(), s.execution(), s.notes(), context));
    }

    private Scored score(ProjectSelfEvaluation project, ScoringContext context) {
        IndicatorScorer scorer = new IndicatorScorer(context);
        List<Indicator> indicators = project.indicators();
        IndicatorWeights weights = IndicatorWeights.of(indicators, rules);
        List<IndicatorAssessment> rows = new ArrayList<>(indicators.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorAssessment row = new IndicatorAssessment(
                    indicator,
                    scorer.score(
                            indicator,
                            weights.weights().get(i),
                            weights.excluded().get(i),
                            parser.parse(indicator.target()),
                            parser.parse(indicator.actual())));
            rows.add(row);
            sum = sum.add(row.computedScore().value());
        }
        Points indicatorTotal = rows.isEmpty() ? narrativeIndicatorScores(project) : Points.of(sum);
        ExecutionScore execution = new ExecutionRule(context).score(project.funds());
        ExecutionCaps.Capped capped = ExecutionCaps.apply(indicatorTotal.plus(execution.score()), execution, rules);
        List<Note> notes = new ArrayList<>(weights.notes());
        notes.addAll(capped.notes());
        return new Scored(project, rows, execution, notes, capped.total(), rules.grade(capped.total()));
    }

    /**
     * Where the report printed no table, the indicator scores can only be taken from the summary paragraph
     * (产出 + 效益 + 满意度); the INCOMPLETE finding says they could not be checked.
     */
    private static Points narrativeIndicatorScores(ProjectSelfEvaluation project) {
        if (project.claimed() == null || project.claimed().summary() == null) {
            return Points.ZERO;
        }
        ClaimedProject.Summary summary = project.claimed().summary();
        Points sum = Points.ZERO;
        for (BigDecimal part : new BigDecimal[] {summary.output(), summary.effect(), summary.satisfaction()}) {
            if (part != null) {
                sum = sum.plus(Points.of(part));
            }
        }
        return sum;
    }

    /** A project scored: its rows, its 预算执行率, what the rules noted of the table as a whole, its total and grade. */
    private record Scored(
            ProjectSelfEvaluation project,
            List<IndicatorAssessment> rows,
            ExecutionScore execution,
            List<Note> notes,
            Points total,
            Grade grade) {
        ProjectAssessment assessment(List<Finding> findings) {
            return new ProjectAssessment(project, rows, execution, total, grade, findings);
        }
    }
}
