package jixiao.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of {@code assess} goes, from a Flight Recorder file of a {@link ScalingRun} (bench/run.sh profile):
 * counts the execution samples taken inside {@code SelfEvaluationChecker.assess} (generation is left out) and prints
 * the methods with the most samples on top of the stack (self), anywhere on the stack (inclusive), and the nearest
 * method of the project's own code (what a change would have to touch).
 *
 * <p>Further arguments name library methods (such as {@code java.math.BigDecimal.divide}) whose samples are broken
 * down by the project method that called them.
 *
 * <pre>java -cp target/benchmarks.jar jixiao.bench.HotMethods FILE.jfr [top] [java.math.BigDecimal.divide ...]</pre>
 */
public final class HotMethods {
    private HotMethods() {}

    private static final String ENTRY = System.getProperty("hot.entry", "jixiao.scoring.SelfEvaluationChecker.assess");

    /**
     * {@code -Dhot.event=allocation} counts the bytes of Flight Recorder's allocation samples instead of execution
     * samples (each sample weighs the bytes it stands for), and adds the allocated types by the nearest project method.
     */
    private static final boolean ALLOCATION = "allocation".equals(System.getProperty("hot.event"));

    private static final String EVENT = ALLOCATION ? "jdk.ObjectAllocationSample" : "jdk.ExecutionSample";

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HotMethods FILE.jfr [top] [library.Class.method ...]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> nearestOwn = new HashMap<>();
        List<String> libraries = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Map<String, Map<String, Long>> callers = new HashMap<>();
        Map<String, Long> librarySamples = new HashMap<>();
        Map<String, Long> types = new HashMap<>();
        long samples = 0;
        int outside = 0;
        int truncated = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals(EVENT)) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                List<RecordedFrame> frames = stack.getFrames();
                boolean inAssess = false;
                for (RecordedFrame frame : frames) {
                    if (name(frame).equals(ENTRY)) {
                        inAssess = true;
                        break;
                    }
                }
                if (!inAssess) {
                    outside++;
                    if (stack.isTruncated()) {
                        truncated++;
                    }
                    continue;
                }
                long weight = ALLOCATION ? event.getLong("weight") : 1;
                samples += weight;
                self.merge(name(frames.get(0)), weight, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (seen.add(name)) {
                        inclusive.merge(name, weight, Long::sum);
                    }
                }
                String own = nearestOwn(frames, 0);
                if (own != null) {
                    nearestOwn.merge(own, weight, Long::sum);
                }
                if (ALLOCATION) {
                    String type = event.getClass("objectClass").getName();
                    types.merge(type + " in " + own, weight, Long::sum);
                }
                for (String library : libraries) {
                    for (int i = 0; i < frames.size(); i++) {
                        if (name(frames.get(i)).equals(library)) {
                            librarySamples.merge(library, weight, Long::sum);
                            String caller = nearestOwn(frames, i);
                            callers.computeIfAbsent(library, k -> new HashMap<>())
                                    .merge(caller == null ? "(none)" : caller, weight, Long::sum);
                            break;
                        }
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d %s inside assess; %d samples outside (generation, JIT warm-up; %d of them truncated stacks)%n",
                samples,
                ALLOCATION ? "bytes (allocation samples' weight)" : "samples",
                outside,
                truncated);
        print("self: the method on top of the stack", self, samples, top);
        print("inclusive: the method anywhere on the stack", inclusive, samples, top);
        print("nearest project method: self time charged to the project code that caused it", nearestOwn, samples, top);
        if (ALLOCATION) {
            print("allocated type, by the nearest project method", types, samples, top);
        }
        for (String library : libraries) {
            long n = librarySamples.getOrDefault(library, 0L);
            print(
                    String.format(
                            Locale.ROOT,
                            "%s (%.1f%% of all samples), by the project method that called it",
                            library,
                            100.0 * n / samples),
                    callers.getOrDefault(library, Map.of()),
                    samples,
                    top);
        }
    }

    /** The first frame of the project's own code from {@code from} towards the root, or null. */
    private static String nearestOwn(List<RecordedFrame> frames, int from) {
        for (int i = from; i < frames.size(); i++) {
            String name = name(frames.get(i));
            if (name.startsWith("jixiao.")) {
                return name;
            }
        }
        return null;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long samples, int top) {
        System.out.println();
        System.out.println("## " + title);
        System.out.println();
        System.out.println("| share | samples | method |");
        System.out.println("|---:|---:|---|");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(
                        Locale.ROOT,
                        "| %5.1f%% | %d | `%s` |%n",
                        100.0 * e.getValue() / samples,
                        e.getValue(),
                        e.getKey()));
    }
}
