package jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import jixiao.scoring.Finding;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.check.CheckStages;
import jixiao.scoring.check.Checks;
import jixiao.scoring.rule.IndicatorScorer;
import jixiao.scoring.rule.ScoringContext;
import jixiao.scoring.value.ValueParser;
import jixiao.shared.MoneyUnit;

/**
 * Where the CPU time of {@code assess} goes, by stage, on a workload held in memory (docs/benchmarks.md): the whole
 * {@code assess}, the value parser alone, one project at a time (parse + score + the project's checks) and the
 * checks across projects. CPU time of the benchmark thread, so that a loaded machine disturbs it less than wall time.
 *
 * <pre>java -cp target/benchmarks.jar jixiao.bench.Breakdown [projects, default 20000] [rounds, default 15] [stage]</pre>
 */
public final class Breakdown {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Breakdown() {}

    public static void main(String[] args) {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String only = args.length > 2 ? args[2] : "";
        SyntheticReports generator = new SyntheticReports(2021);
        List<SelfEvaluationReport> reports = new ArrayList<>();
        long indicators = 0;
        for (int i = 0; i * 10 < projects; i++) {
            SelfEvaluationReport report = generator.report(i, 10);
            reports.add(report);
            indicators += SyntheticReports.indicators(report);
        }
        SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());
        ValueParser parser = new ValueParser();
        Map<ProjectSelfEvaluation, ProjectAssessment> assessed = new IdentityHashMap<>();
        for (SelfEvaluationReport report : reports) {
            for (ProjectAssessment a : checker.assess(report).projects()) {
                assessed.put(a.project(), a);
            }
        }
        ScoringContext context = new ScoringContext(2021, MoneyUnit.TEN_THOUSAND_YUAN, RuleSet.defaults());
        Checks checks = new Checks(RuleSet.defaults());
        List<Stage> stages = List.of(
                new Stage("assess (whole)", r -> checker.assess(r).projects().size()),
                new Stage("parse target + actual", r -> {
                    long n = 0;
                    for (ProjectSelfEvaluation p : r.projects()) {
                        for (Indicator i : p.indicators()) {
                            n += parser.parse(i.target()).hashCode() & 1;
                            n += parser.parse(i.actual()).hashCode() & 1;
                        }
                    }
                    return n;
                }),
                new Stage("parse + score indicators", r -> {
                    long n = 0;
                    IndicatorScorer scorer = new IndicatorScorer(context);
                    for (ProjectSelfEvaluation p : r.projects()) {
                        for (Indicator i : p.indicators()) {
                            n += scorer.score(i, parser.parse(i.target()), parser.parse(i.actual()))
                                    .notes()
                                    .size();
                        }
                    }
                    return n;
                }),
                new Stage("checks of each project", r -> {
                    long n = 0;
                    for (ProjectSelfEvaluation p : r.projects()) {
                        ProjectAssessment a = assessed.get(p);
                        n += checks.project(p, a.indicators(), a.execution(), context)
                                .size();
                    }
                    return n;
                }),
                new Stage("table checks", r -> {
                    long n = 0;
                    for (ProjectSelfEvaluation p : r.projects()) {
                        ProjectAssessment a = assessed.get(p);
                        n += CheckStages.table(p, a.indicators(), a.execution(), context);
                    }
                    return n;
                }),
                new Stage("indicator checks", r -> {
                    long n = 0;
                    for (ProjectSelfEvaluation p : r.projects()) {
                        ProjectAssessment a = assessed.get(p);
                        n += CheckStages.indicators(p, a.indicators(), a.execution(), context);
                    }
                    return n;
                }),
                new Stage("narrative checks", r -> {
                    long n = 0;
                    for (ProjectSelfEvaluation p : r.projects()) {
                        ProjectAssessment a = assessed.get(p);
                        n += CheckStages.narrative(p, a.indicators(), a.execution(), context);
                    }
                    return n;
                }),
                new Stage("assess one project at a time", r -> {
                    long n = 0;
                    for (ProjectSelfEvaluation p : r.projects()) {
                        n += checker.assess(p, r.fiscalYear(), r.moneyUnit())
                                .findings()
                                .size();
                    }
                    return n;
                }),
                new Stage("checks across projects", r -> {
                    List<List<Finding>> out = new ArrayList<>();
                    for (int i = 0; i < r.projects().size(); i++) {
                        out.add(new ArrayList<>());
                    }
                    checks.acrossProjects(r.projects(), out);
                    return out.size();
                }));
        System.out.printf(
                Locale.ROOT,
                "# %,d projects, %,d indicators, %d rounds; CPU ns per indicator by stage (bytes allocated per"
                        + " indicator)%n",
                projects,
                indicators,
                rounds);
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (Stage stage : stages) {
                if (!stage.name.startsWith(only)) {
                    continue;
                }
                long sink = 0;
                long thread = Thread.currentThread().getId();
                long a0 = ALLOCATION.getThreadAllocatedBytes(thread);
                long c0 = THREADS.getCurrentThreadCpuTime();
                for (SelfEvaluationReport report : reports) {
                    sink += stage.work.applyAsLong(report);
                }
                long cpu = THREADS.getCurrentThreadCpuTime() - c0;
                long bytes = ALLOCATION.getThreadAllocatedBytes(thread) - a0;
                line.append(String.format(
                        Locale.ROOT,
                        "  %s %.0f (%.0f B)%s",
                        stage.name,
                        (double) cpu / indicators,
                        (double) bytes / indicators,
                        sink < 0 ? "!" : ""));
            }
            System.out.println(line);
        }
    }

    private record Stage(String name, ToLongFunction<SelfEvaluationReport> work) {}
}
