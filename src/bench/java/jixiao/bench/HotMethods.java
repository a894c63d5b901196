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

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HotMethods FILE.jfr [top] [library.Class.method ...]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> nearestOwn = new HashMap<>();
        List<String> libraries = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Map<String, Map<String, Integer>> callers = new HashMap<>();
        Map<String, Integer> librarySamples = new HashMap<>();
        int samples = 0;
        int outside = 0;
        int truncated = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
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
                samples++;
                self.merge(name(frames.get(0)), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (seen.add(name)) {
                        inclusive.merge(name, 1, Integer::sum);
                    }
                }
                String own = nearestOwn(frames, 0);
                if (own != null) {
                    nearestOwn.merge(own, 1, Integer::sum);
                }
                for (String library : libraries) {
                    for (int i = 0; i < frames.size(); i++) {
                        if (name(frames.get(i)).equals(library)) {
                            librarySamples.merge(library, 1, Integer::sum);
                            String caller = nearestOwn(frames, i);
                            callers.computeIfAbsent(library, k -> new HashMap<>())
                                    .merge(caller == null ? "(none)" : caller, 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d samples inside assess; %d outside (generation, JIT warm-up; %d of them truncated stacks)%n",
                samples,
                outside,
                truncated);
        print("self: the method on top of the stack", self, samples, top);
        print("inclusive: the method anywhere on the stack", inclusive, samples, top);
        print("nearest project method: self time charged to the project code that caused it", nearestOwn, samples, top);
        for (String library : libraries) {
            int n = librarySamples.getOrDefault(library, 0);
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

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println("## " + title);
        System.out.println();
        System.out.println("| share | samples | method |");
        System.out.println("|---:|---:|---|");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(
                        Locale.ROOT,
                        "| %5.1f%% | %d | `%s` |%n",
                        100.0 * e.getValue() / samples,
                        e.getValue(),
                        e.getKey()));
    }
}
