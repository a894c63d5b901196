package jixiao.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.MoneyUnit;

/**
 * Times the workbook export; a documented entry point, not a unit test (no timing assertions). Run it through
 * {@code bench/xlsx.sh}, which caps the heap at 256 MB:
 *
 * <ul>
 *   <li>{@code seed RUNS OUT.xlsx}: the seed report scored and written as the full workbook RUNS times, then read back;
 *   <li>{@code summary N OUT.xlsx}: the streamed 汇总 of N generated projects, each scored as it is written;
 *   <li>{@code score N -}: the same N projects generated and scored without writing, and
 *   <li>{@code write N OUT.xlsx}: N rows written from 1,000 projects scored beforehand, to tell the two costs apart.
 * </ul>
 *
 * Prints the wall time of each run and the peak heap: the sum of the heap pools' peaks, an upper bound of what was
 * in use at any one time.
 */
public final class WorkbookBenchmark {
    private WorkbookBenchmark() {}

    public static void main(String[] args) throws IOException, InterchangeException, WorkbookImportException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 3) {
            out.println("usage: WorkbookBenchmark seed RUNS OUT.xlsx | summary N OUT.xlsx");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        out.printf(
                "java %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        switch (args[0]) {
            case "seed" -> seed(n, file, out);
            case "score" -> score(n, out);
            case "write" -> write(n, file, out);
            default -> summary(n, file, out);
        }
        out.printf("peak heap used: %d MB%n", peakHeap() >> 20);
    }

    private static void seed(int runs, Path file, PrintStream out)
            throws IOException, InterchangeException, WorkbookImportException {
        SelfEvaluationReport report;
        try (InputStream in = WorkbookBenchmark.class.getResourceAsStream("/demo/seed-2021.json")) {
            report = new InterchangeReader().read(in);
        }
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            ReportAssessment assessment = new SelfEvaluationChecker(RuleSet.defaults()).assess(report);
            try (OutputStream stream = Files.newOutputStream(file)) {
                new SelfEvaluationWorkbook().write(report, assessment, stream);
            }
            long written = System.nanoTime();
            SelfEvaluationReport back = new SelfEvaluationWorkbookReader().read(file);
            long read = System.nanoTime();
            out.printf(
                    "run %d: score + write %d ms, read back %d ms (%d projects, %d KB)%n",
                    run,
                    (written - start) / 1_000_000,
                    (read - written) / 1_000_000,
                    back.projects().size(),
                    Files.size(file) >> 10);
        }
    }

    private static void score(int projects, PrintStream out) {
        long start = System.nanoTime();
        long cpu = cpu();
        int grades = 0;
        for (jixiao.scoring.ProjectAssessment assessment : new GeneratedProjects(projects)) {
            grades += assessment.grade().ordinal();
        }
        long end = System.nanoTime();
        out.printf(
                "%d projects generated and scored, not written: %d ms wall, %d ms CPU of the main thread (%d)%n",
                projects, (end - start) / 1_000_000, (cpu() - cpu) / 1_000_000, grades);
    }

    private static void write(int rows, Path file, PrintStream out) throws IOException {
        java.util.List<jixiao.scoring.ProjectAssessment> scored = new java.util.ArrayList<>();
        new GeneratedProjects(1000).forEach(scored::add);
        Iterable<jixiao.scoring.ProjectAssessment> cycled = () -> java.util.stream.IntStream.range(0, rows)
                .mapToObj(i -> scored.get(i % scored.size()))
                .iterator();
        long start = System.nanoTime();
        long cpu = cpu();
        try (OutputStream stream = Files.newOutputStream(file)) {
            new SelfEvaluationWorkbook()
                    .writeSummary(GeneratedProjects.FISCAL_YEAR, "基准测试单位", MoneyUnit.TEN_THOUSAND_YUAN, cycled, stream);
        }
        out.printf(
                "streamed summary of %d rows, scoring excluded: %d ms wall, %d ms CPU of the writing thread, %d KB%n",
                rows, (System.nanoTime() - start) / 1_000_000, (cpu() - cpu) / 1_000_000, Files.size(file) >> 10);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void summary(int projects, Path file, PrintStream out) throws IOException {
        long start = System.nanoTime();
        long cpu = cpu();
        try (OutputStream stream = Files.newOutputStream(file)) {
            new SelfEvaluationWorkbook()
                    .writeSummary(
                            GeneratedProjects.FISCAL_YEAR,
                            "基准测试单位",
                            MoneyUnit.TEN_THOUSAND_YUAN,
                            new GeneratedProjects(projects),
                            stream);
        }
        long end = System.nanoTime();
        out.printf(
                "streamed summary of %d projects (each scored while written): %d ms wall, %d ms CPU of the main thread,"
                        + " %d KB%n",
                projects, (end - start) / 1_000_000, (cpu() - cpu) / 1_000_000, Files.size(file) >> 10);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
