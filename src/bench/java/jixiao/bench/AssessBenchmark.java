package jixiao.bench;

import java.util.concurrent.TimeUnit;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link SelfEvaluationChecker#assess(SelfEvaluationReport)}: parse every 年度指标值 and 实际完成值,
 * score every indicator and the 预算执行率, and run every check, over pre-generated reports.
 *
 * <p>The primary score is reports per second; the auxiliary counters {@code projects} and {@code indicators} give
 * the same throughput in projects and indicator rows per second, with their own error bars. The reports are
 * generated once per trial (not measured); each call assesses the next one, round robin, so that the JIT and the
 * caches see {@code workload} different projects rather than one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Threads(1)
@State(Scope.Benchmark)
public class AssessBenchmark {

    /** Projects per 自评报告: a unit has about 10, a large department some 100; 1000 shows the checks across projects. */
    @Param({"10", "100", "1000"})
    public int projectsPerReport;

    /** Projects held in memory, split into reports of {@code projectsPerReport}. */
    @Param({"10000"})
    public int workload;

    @Param({"2021"})
    public long seed;

    private final SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());
    private SelfEvaluationReport[] reports;
    private int[] indicators;

    @Setup(Level.Trial)
    public void generate() {
        SyntheticReports generator = new SyntheticReports(seed);
        int count = Math.max(1, workload / projectsPerReport);
        reports = new SelfEvaluationReport[count];
        indicators = new int[count];
        long rows = 0;
        for (int i = 0; i < count; i++) {
            reports[i] = generator.report(i, projectsPerReport);
            indicators[i] = SyntheticReports.indicators(reports[i]);
            rows += indicators[i];
        }
        System.out.printf(
                "%n# workload: %d reports × %d projects, %d indicators (%.2f per project)%n",
                count, projectsPerReport, rows, rows / (double) (count * (long) projectsPerReport));
    }

    /** Per-iteration counters, reported by JMH as rates next to the primary result. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rows {
        public long projects;
        public long indicators;
        private int next;

        @Setup(Level.Iteration)
        public void reset() {
            projects = 0;
            indicators = 0;
        }

        int next(int bound) {
            int i = next;
            next = i + 1 == bound ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public ReportAssessment assess(Rows rows) {
        int i = rows.next(reports.length);
        SelfEvaluationReport report = reports[i];
        rows.projects += report.projects().size();
        rows.indicators += indicators[i];
        return checker.assess(report);
    }
}
