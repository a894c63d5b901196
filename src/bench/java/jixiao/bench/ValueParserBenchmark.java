package jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.value.ParsedValue;
import jixiao.scoring.value.ValueParser;
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
 * The parsing share of {@link AssessBenchmark}: {@link ValueParser#parse(String)} over the 年度指标值 and 实际完成值
 * texts of the same workload, one text per operation (two per indicator), to tell how much of an assessment is
 * reading values.
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
public class ValueParserBenchmark {

    @Param({"10000"})
    public int workload;

    @Param({"2021"})
    public long seed;

    private final ValueParser parser = new ValueParser();
    private String[] texts;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        List<String> all = new ArrayList<>();
        SyntheticReports generator = new SyntheticReports(seed);
        for (int i = 0; i < workload / 100; i++) {
            SelfEvaluationReport report = generator.report(i, 100);
            for (ProjectSelfEvaluation project : report.projects()) {
                for (Indicator indicator : project.indicators()) {
                    all.add(indicator.target());
                    all.add(indicator.actual());
                }
            }
        }
        texts = all.toArray(String[]::new);
    }

    /** One text per operation, round robin over the workload's texts. */
    @Benchmark
    public ParsedValue parse() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return parser.parse(text);
    }
}
