package jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine side by side in one JVM, to tell whether a change made {@code assess} faster on a machine
 * whose other load changes from second to second (docs/benchmarks.md, "Comparing two builds").
 *
 * <p>Each jar (a {@code target/benchmarks.jar} of each build) gets its own class loader; the two then take turns,
 * one batch of reports each, over the same generated workload, so that whatever else the machine does slows both
 * alike. Only {@code assess} is timed, by the thread's CPU time. Printed: CPU ns per indicator of each jar in each
 * round, the ratio of the two, and at the end the median ratio.
 *
 * <pre>
 * java -cp target/benchmarks.jar jixiao.bench.CompareJars BEFORE.jar AFTER.jar [projects per round] [rounds]
 * </pre>
 */
public final class CompareJars {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int REPORT_SIZE = 10;
    private static final int BATCH_REPORTS = 100;

    /** One build: its generator and checker, reached by reflection through the build's own class loader. */
    private static final class Build {
        final String name;
        final Object generator;
        final Method report;
        final Method indicators;
        final Object checker;
        final Method assess;
        long cpuNanos;
        long rows;

        Build(Path jar) throws ReflectiveOperationException, java.io.IOException {
            name = jar.getFileName().toString();
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> reports = loader.loadClass("jixiao.bench.SyntheticReports");
            generator = reports.getConstructor(long.class).newInstance(2021L);
            report = reports.getMethod("report", int.class, int.class);
            Class<?> reportClass = loader.loadClass("jixiao.scoring.SelfEvaluationReport");
            indicators = reports.getMethod("indicators", reportClass);
            Class<?> ruleSet = loader.loadClass("jixiao.scoring.RuleSet");
            Object rules = ruleSet.getMethod("defaults").invoke(null);
            Class<?> checkerClass = loader.loadClass("jixiao.scoring.SelfEvaluationChecker");
            checker = checkerClass.getConstructor(ruleSet).newInstance(rules);
            assess = checkerClass.getMethod("assess", reportClass);
        }

        /** Assesses reports [first, first + count); returns a number that depends on the answers. */
        int run(int first, int count) throws ReflectiveOperationException {
            int sink = 0;
            for (int index = first; index < first + count; index++) {
                Object r = report.invoke(generator, index, REPORT_SIZE);
                int n = (int) indicators.invoke(null, r);
                long c0 = THREADS.getCurrentThreadCpuTime();
                Object assessment = assess.invoke(checker, r);
                cpuNanos += THREADS.getCurrentThreadCpuTime() - c0;
                rows += n;
                sink += System.identityHashCode(assessment) & 1;
            }
            return sink;
        }

        double nanosPerIndicator() {
            return (double) cpuNanos / rows;
        }

        void reset() {
            cpuNanos = 0;
            rows = 0;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareJars BEFORE.jar AFTER.jar [projects per round] [rounds]");
            System.exit(2);
        }
        Build a = new Build(Path.of(args[0]));
        Build b = new Build(Path.of(args[1]));
        int projects = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int reportsPerRound = projects / REPORT_SIZE;
        System.out.printf(
                Locale.ROOT,
                "# %s against %s: %,d projects a round in batches of %d reports, taking turns; round 1 warms up%n",
                a.name,
                b.name,
                projects,
                BATCH_REPORTS);
        List<Double> ratios = new ArrayList<>();
        int sink = 0;
        for (int round = 0; round <= rounds; round++) {
            a.reset();
            b.reset();
            for (int first = 0; first < reportsPerRound; first += BATCH_REPORTS) {
                int count = Math.min(BATCH_REPORTS, reportsPerRound - first);
                // alternate which build goes first, so that neither always follows the generator's garbage
                if ((first / BATCH_REPORTS) % 2 == 0) {
                    sink += a.run(first, count) + b.run(first, count);
                } else {
                    sink += b.run(first, count) + a.run(first, count);
                }
            }
            double ratio = b.nanosPerIndicator() / a.nanosPerIndicator();
            System.out.printf(
                    Locale.ROOT,
                    "%s round %d: %s %.0f ns, %s %.0f ns per indicator (CPU); %s / %s = %.3f%n",
                    round == 0 ? "#" : "",
                    round,
                    a.name,
                    a.nanosPerIndicator(),
                    b.name,
                    b.nanosPerIndicator(),
                    b.name,
                    a.name,
                    ratio);
            if (round > 0) {
                ratios.add(ratio);
            }
        }
        double[] sorted =
                ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "median %s / %s = %.3f (range %.3f–%.3f over %d rounds; checksum %d)%n",
                b.name,
                a.name,
                sorted[sorted.length / 2],
                sorted[0],
                sorted[sorted.length - 1],
                sorted.length,
                sink);
    }
}
