package jixiao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jixiao.report.docx.DocxReport;
import jixiao.report.pdf.PdfReport;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.SelfEvaluationReport;

/**
 * Times the seed unit's 自评报告 (10 projects) as Word and as PDF: compose the read model and write the file into
 * memory, after warm-up, several runs, median. Run with {@code bench/documents.sh [WARMUP RUNS]}; results go to
 * docs/benchmarks.md (bench/history/documents.md for the diary) by hand. Not a test: nothing here asserts a time.
 */
public final class DocumentBenchmark {
    private DocumentBenchmark() {}

    /** One way of producing the report, timed as a whole. */
    private interface Job {
        int run() throws IOException;
    }

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        SelfEvaluationReport report = SeedReport.report();
        ReportAssessment assessment = SeedReport.assessment();
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, %s %s, Java %s (%s), max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(
                Locale.ROOT,
                "load average at start: %.2f; seed report: %d projects; %d warm-up runs, %d timed runs%n%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                report.projects().size(),
                warmup,
                runs);

        long start = System.nanoTime();
        PdfReport pdf = new PdfReport();
        System.out.printf(
                Locale.ROOT, "PdfReport construction (reads the three fonts, 41 MB): %.0f ms%n%n", millis(start));

        Edition edition = Edition.of(assessment, LocalDate.of(2022, 3, 15));
        DocxReport docx = new DocxReport();
        measure("docx (compose + write)", warmup, runs, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(ReportDocument.of(report, assessment, edition), out);
            return out.size();
        });
        measure("pdf  (compose + write)", warmup, runs, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.write(ReportDocument.of(report, assessment, edition), out);
            return out.size();
        });
        measure("review opinion pdf (compose + write)", warmup, runs, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.write(
                    ReviewOpinion.of(report, assessment, Recheck.NONE, java.util.Map.of(), LocalDate.of(2022, 5, 1)),
                    out);
            return out.size();
        });
        measure("compose only (ReportDocument.of)", warmup, runs, () -> ReportDocument.of(report, assessment, edition)
                .blocks()
                .size());
    }

    private static void measure(String name, int warmup, int runs, Job job) throws IOException {
        long first = System.nanoTime();
        int size = job.run();
        double firstMillis = millis(first);
        for (int i = 1; i < warmup; i++) {
            job.run();
        }
        List<Double> times = new ArrayList<>(runs);
        List<Double> cpu = new ArrayList<>(runs);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            job.run();
            times.add(millis(start));
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }
        Collections.sort(times);
        Collections.sort(cpu);
        // on a shared machine the wall time includes waiting for a core; the thread's CPU time does not
        System.out.printf(
                Locale.ROOT,
                "%-34s first %6.0f ms | wall median %7.1f ms (min %6.1f, max %6.1f) | CPU median %7.1f ms"
                        + "  (n=%d, %,d bytes)%n",
                name,
                firstMillis,
                median(times),
                times.get(0),
                times.get(times.size() - 1),
                median(cpu),
                runs,
                size);
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
