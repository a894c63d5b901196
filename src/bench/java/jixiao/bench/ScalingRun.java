package jixiao.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;

/**
 * How the time of {@link SelfEvaluationChecker#assess(SelfEvaluationReport)} grows with the number of projects
 * (docs/benchmarks.md): for each size (10k, 100k, 1M projects by default) it generates the workload one report at a
 * time, times only {@code assess} with {@link System#nanoTime()} and drops the report before the next, so a million
 * projects are never in memory at once. Single-threaded; a warm-up pass runs first and is not
 * reported, and each size is measured {@code --repeat} times (the median is reported, with the range).
 *
 * <pre>
 * java -cp target/benchmarks.jar jixiao.bench.ScalingRun [--sizes=10000,100000,1000000] [--report-size=10]
 *     [--warmup=50000] [--warmup-seconds=20] [--repeat=3] [--seed=2021] [--budget-seconds=900]
 * </pre>
 *
 * {@code --budget-seconds} bounds the whole run: a size that would exceed it stops early and is marked incomplete.
 */
public final class ScalingRun {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** HotSpot's view of the same bean: bytes allocated by a thread, which the machine's load does not change. */
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final SelfEvaluationChecker checker = new SelfEvaluationChecker(RuleSet.defaults());
    private final SyntheticReports generator;
    private final int reportSize;
    private final long deadline;

    private ScalingRun(long seed, int reportSize, long budgetSeconds) {
        this.generator = new SyntheticReports(seed);
        this.reportSize = reportSize;
        this.deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
    }

    /** What one size measured. */
    record Result(
            int requested,
            long projects,
            long indicators,
            long findings,
            long assessNanos,
            long cpuNanos,
            long slowestReportNanos,
            long allocatedBytes,
            long generateNanos,
            long gcMillis,
            long[] tenthCpuNanos,
            long[] tenthIndicators,
            boolean complete) {

        /** CPU ns per indicator in each tenth of the run, in order: flat where the cost does not grow. */
        String tenths() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < tenthCpuNanos.length; i++) {
                if (tenthIndicators[i] > 0) {
                    out.append(out.length() == 0 ? "" : " ")
                            .append(Math.round((double) tenthCpuNanos[i] / tenthIndicators[i]));
                }
            }
            return out.toString();
        }

        double seconds() {
            return assessNanos / 1e9;
        }

        double projectsPerSecond() {
            return projects / seconds();
        }

        double indicatorsPerSecond() {
            return indicators / seconds();
        }

        double microsPerProject() {
            return assessNanos / 1e3 / projects;
        }

        double indicatorsPerCpuSecond() {
            return indicators / (cpuNanos / 1e9);
        }

        double cpuNanosPerIndicator() {
            return (double) cpuNanos / indicators;
        }

        double bytesPerIndicator() {
            return (double) allocatedBytes / indicators;
        }
    }

    public static void main(String[] args) {
        List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
        int reportSize = 10;
        int warmup = 50_000;
        int warmupSeconds = 20;
        int repeat = 3;
        long seed = 2021;
        long budgetSeconds = 900;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            String value = kv.length == 2 ? kv[1] : "";
            switch (kv[0]) {
                case "--sizes" -> {
                    List<Integer> parsed = new ArrayList<>();
                    for (String s : value.split(",")) {
                        parsed.add(Integer.parseInt(s.trim().replace("_", "")));
                    }
                    sizes = parsed;
                }
                case "--report-size" -> reportSize = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(value);
                case "--repeat" -> repeat = Math.max(1, Integer.parseInt(value));
                case "--seed" -> seed = Long.parseLong(value);
                case "--budget-seconds" -> budgetSeconds = Long.parseLong(value);
                default -> {
                    System.err.println("unknown argument: " + arg);
                    System.err.println("usage: ScalingRun [--sizes=10000,100000,1000000] [--report-size=10]"
                            + " [--warmup=50000] [--warmup-seconds=20] [--repeat=3] [--seed=2021]"
                            + " [--budget-seconds=900]");
                    System.exit(2);
                }
            }
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "# java %s (%s), %d processor(s) visible, max heap %d MiB, GC %s%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                runtime.availableProcessors(),
                runtime.maxMemory() >> 20,
                gcNames());
        System.out.printf(
                Locale.ROOT,
                "# reports of %d projects, seed %d; warm-up: %d projects, repeated until %d s of assess time;"
                        + " each size %d time(s), the median reported%n",
                reportSize,
                seed,
                warmup,
                warmupSeconds,
                repeat);

        ScalingRun run = new ScalingRun(seed, reportSize, budgetSeconds);
        double warmed = 0;
        do {
            Result warm = run.measure(warmup);
            warmed += warm.seconds();
            System.out.printf(Locale.ROOT, "# warm-up: %s%n", line(warm));
        } while (warmed < warmupSeconds);
        List<List<Result>> bySize = new ArrayList<>();
        for (int size : sizes) {
            List<Result> runs = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                Result result = run.measure(size);
                runs.add(result);
                System.out.printf(Locale.ROOT, "# %,d projects, run %d: %s%n", size, i + 1, line(result));
                System.out.printf(
                        Locale.ROOT, "#   CPU ns per indicator in each tenth of the run: %s%n", result.tenths());
            }
            runs.sort(Comparator.comparingLong(Result::assessNanos));
            bySize.add(runs);
        }
        System.out.println();
        System.out.println("| projects | indicators | findings | assess time (s) | projects/s | indicators/s"
                + " | µs per project (min–max of runs) | vs first size | CPU time (s) | indicators per CPU-second"
                + " | CPU ns per indicator | bytes allocated per indicator | slowest report (ms) | GC (ms)"
                + " | generation, not timed (s) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double first = bySize.isEmpty() ? 0 : median(bySize.get(0)).microsPerProject();
        for (List<Result> runs : bySize) {
            Result r = median(runs);
            System.out.printf(
                    Locale.ROOT,
                    "| %,d%s | %,d | %,d | %.2f | %,.0f | %,.0f | %.2f (%.2f–%.2f) | %.2f× | %.2f | %,.0f | %.0f | %,.0f | %.1f | %,d"
                            + " | %.1f |%n",
                    r.projects(),
                    r.complete() ? "" : " (stopped: time budget)",
                    r.indicators(),
                    r.findings(),
                    r.seconds(),
                    r.projectsPerSecond(),
                    r.indicatorsPerSecond(),
                    r.microsPerProject(),
                    runs.get(0).microsPerProject(),
                    runs.get(runs.size() - 1).microsPerProject(),
                    r.microsPerProject() / first,
                    r.cpuNanos() / 1e9,
                    r.indicatorsPerCpuSecond(),
                    r.cpuNanosPerIndicator(),
                    r.bytesPerIndicator(),
                    r.slowestReportNanos() / 1e6,
                    r.gcMillis(),
                    r.generateNanos() / 1e9);
        }
    }

    /** The run with the median assess time, from runs sorted by it. */
    private static Result median(List<Result> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    /** Generates and assesses {@code projects} projects, one report at a time; only {@code assess} is timed. */
    private Result measure(int projects) {
        long assessNanos = 0;
        long cpuNanos = 0;
        long slowest = 0;
        long allocated = 0;
        long thread = Thread.currentThread().getId();
        long generateNanos = 0;
        long indicators = 0;
        long findings = 0;
        long done = 0;
        long gcBefore = gcMillis();
        long[] tenthCpu = new long[10];
        long[] tenthRows = new long[10];
        boolean complete = true;
        for (int index = 0; done < projects; index++) {
            if (System.nanoTime() > deadline) {
                complete = false;
                break;
            }
            int size = (int) Math.min(reportSize, projects - done);
            long g0 = System.nanoTime();
            SelfEvaluationReport report = generator.report(index, size);
            int rows = SyntheticReports.indicators(report);
            long a0 = ALLOCATION.getThreadAllocatedBytes(thread);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ReportAssessment assessment = checker.assess(report);
            long t1 = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime() - c0;
            allocated += ALLOCATION.getThreadAllocatedBytes(thread) - a0;
            cpuNanos += cpu;
            int tenth = (int) Math.min(9, done * 10 / projects);
            tenthCpu[tenth] += cpu;
            tenthRows[tenth] += rows;
            generateNanos += t0 - g0;
            assessNanos += t1 - t0;
            slowest = Math.max(slowest, t1 - t0);
            // use the result, so that no part of the assessment can be left out
            for (ProjectAssessment project : assessment.projects()) {
                findings += project.findings().size();
            }
            findings += assessment.unitFindings().size();
            indicators += rows;
            done += size;
        }
        return new Result(
                projects,
                done,
                indicators,
                findings,
                assessNanos,
                cpuNanos,
                slowest,
                allocated,
                generateNanos,
                gcMillis() - gcBefore,
                tenthCpu,
                tenthRows,
                complete);
    }

    private static String line(Result r) {
        return String.format(
                Locale.ROOT,
                "%,d projects, %,d indicators, %,d findings in %.2f s: %,.0f projects/s, %,.0f indicators/s,"
                        + " %.2f µs/project; CPU %.2f s, %,.0f indicators per CPU-second (%.0f ns each),"
                        + " %,.0f bytes allocated per indicator%s",
                r.projects(),
                r.indicators(),
                r.findings(),
                r.seconds(),
                r.projectsPerSecond(),
                r.indicatorsPerSecond(),
                r.microsPerProject(),
                r.cpuNanos() / 1e9,
                r.indicatorsPerCpuSecond(),
                r.cpuNanosPerIndicator(),
                r.bytesPerIndicator(),
                r.complete() ? "" : " (stopped by the time budget)");
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static String gcNames() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return String.join(" + ", names);
    }
}
