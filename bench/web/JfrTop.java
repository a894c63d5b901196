import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest methods of a flight recording (JDK only, single-file program):
 *
 * <pre>java bench/web/JfrTop.java FILE.jfr [N]</pre>
 *
 * <p>Counts the execution samples ({@code jdk.ExecutionSample}): "self" is the method on top of the stack, where the
 * CPU was; "total" is every method on the stack, counted once per sample, so a method's total includes what it
 * calls. Prints the top N (default 25) of each, the second list twice: all methods, and the project's ({@code jixiao.}).
 */
public class JfrTop {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples in %s%n", samples, file);
        print("self (top of stack)", self, samples, top, "");
        print("total (anywhere on the stack)", total, samples, top, "");
        print("total, project methods", total, samples, top, "jixiao.");
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top, String prefix) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %6d  %s%n", 100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
