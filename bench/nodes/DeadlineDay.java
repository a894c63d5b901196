import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline day's load on several application nodes (docs/benchmarks-nodes.md), JDK only, run as a single-file
 * program by bench/nodes/run.sh:
 *
 * <pre>javac -d classes bench/web/WebLoad.java
 * java -cp classes bench/nodes/DeadlineDay.java --nodes http://127.0.0.1:18201,http://127.0.0.1:18202 --password PW
 *     --clerks 200 --reviewers 10 --warmup 20 --duration 120 --think 1000</pre>
 *
 * <p>Clerks {@code clerk0001…} (填报人 of units of their own, bench/nodes/clerks.sql) each sign in once (all users
 * first, four at a time, reported apart) and then, with a pause of about {@code --think} ms between acts, work through their drafts as the editor does: read the evaluation,
 * save a change from the version read (four times), explain its error findings and submit it, then the next draft;
 * with none left they list their evaluations. Reviewers ({@code caizheng}, 财政局审核 of the region) list the region's
 * evaluations and open its overview. Every request goes to the next node in turn, whatever node signed the session in:
 * a reverse proxy without sticky sessions. Closed model (one thread per user); latency from the request's start. A
 * warm-up of the same load is not counted; the run stops after warm-up + duration. Loopback targets only.
 *
 * <p>Prints, per operation: requests, per second, p50, p99, max (ms), errors (any status but the expected one, and
 * exceptions), and the version conflicts (409: none expected, each clerk saves only its own drafts).
 */
public class DeadlineDay {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern ERROR_KEY =
            Pattern.compile("\"severity\"\\s*:\\s*\"error\"[^{}]*?\"key\"\\s*:\\s*\"([^\"]+)\"|\"key\"\\s*:\\s*\"([^\"]+)\"[^{}]*?\"severity\"\\s*:\\s*\"error\"");

    private final List<URI> nodes;
    private final String password;
    private final int think;
    private String cpuCommand;
    private final Map<String, Samples> samples = new ConcurrentHashMap<>();
    private final AtomicBoolean counting = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Semaphore signing = new Semaphore(4);
    private final CountDownLatch go = new CountDownLatch(1);

    DeadlineDay(List<URI> nodes, String password, int think) {
        this.nodes = nodes;
        this.password = password;
        this.think = think;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<URI> nodes = Arrays.stream(options.getOrDefault("nodes", "http://127.0.0.1:8080").split(","))
                .map(URI::create)
                .toList();
        for (URI node : nodes) {
            if (!InetAddress.getByName(node.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("only loopback targets: " + node);
            }
        }
        String password = options.get("password");
        if (password == null) {
            throw new IllegalArgumentException("--password is required (the clerks' and reviewers' password)");
        }
        int clerks = Integer.parseInt(options.getOrDefault("clerks", "100"));
        int reviewers = Integer.parseInt(options.getOrDefault("reviewers", "5"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "120"));
        int think = Integer.parseInt(options.getOrDefault("think", "1000"));
        int year = Integer.parseInt(options.getOrDefault("year", "2021"));
        DeadlineDay day = new DeadlineDay(nodes, password, think);
        day.cpuCommand = options.get("cpu-command");
        day.run(clerks, reviewers, warmup, duration, year);
    }

    void run(int clerks, int reviewers, int warmup, int duration, int year) throws Exception {
        ExecutorService users = Executors.newFixedThreadPool(clerks + reviewers);
        // everybody signs in first, four at a time (a sign-in is a password hash: 0.1 s of a core by design), timed
        // apart from the work; the warm-up starts when all are in
        CountDownLatch signedIn = new CountDownLatch(clerks + reviewers);
        counting.set(true);
        long signIns = System.nanoTime();
        for (int i = 1; i <= clerks; i++) {
            String name = String.format(Locale.ROOT, "clerk%04d", i);
            users.execute(() -> guarded(signedIn, name, session -> clerk(session, name, year)));
        }
        for (int i = 0; i < reviewers; i++) {
            users.execute(() -> guarded(signedIn, "caizheng", session -> reviewer(session, year)));
        }
        signedIn.await();
        counting.set(false);
        double signInSeconds = (System.nanoTime() - signIns) / 1e9;
        System.out.printf(Locale.ROOT, "sign-in of %d users, four at a time: %.1f s%n", clerks + reviewers, signInSeconds);
        report(signInSeconds, 0, 0, true);
        samples.clear();
        go.countDown();
        TimeUnit.SECONDS.sleep(warmup);
        String cpuBefore = cpu();
        counting.set(true);
        long started = System.nanoTime();
        TimeUnit.SECONDS.sleep(duration);
        counting.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        String cpuAfter = cpu();
        running.set(false);
        users.shutdown();
        users.awaitTermination(60, TimeUnit.SECONDS);
        users.shutdownNow();
        report(seconds, clerks, reviewers, false);
        if (cpuCommand != null) {
            System.out.println("cpu-before " + cpuBefore);
            System.out.println("cpu-after " + cpuAfter);
        }
        System.exit(0);
    }

    /** The output of {@code --cpu-command} (the CPU ticks of the servers), run at the measurement's start and end. */
    private String cpu() throws Exception {
        if (cpuCommand == null) {
            return "";
        }
        Process process = new ProcessBuilder("sh", "-c", cpuCommand).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return out;
    }

    /**
     * A user: signs in (at most four at a time), waits for everybody, then works; a failure ends only this user, and
     * is counted.
     */
    private void guarded(CountDownLatch signedIn, String username, java.util.function.Consumer<Session> work) {
        Session session = null;
        try {
            signing.acquire();
            try {
                session = signIn(username);
            } finally {
                signing.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("a sign-in failed: " + e);
        } finally {
            signedIn.countDown();
        }
        try {
            go.await();
            if (session != null) {
                work.accept(session);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            sample("user-failed", 0, false, false);
            System.err.println("a user stopped: " + e);
        }
    }

    private void clerk(Session session, String username, int year) {
        List<Long> drafts = new ArrayList<>();
        Matcher ids = ID.matcher(session.send("list-api", "GET", "/api/evaluations?year=" + year, null, 200).body());
        while (ids.find()) {
            drafts.add(Long.parseLong(ids.group(1)));
        }
        Collections.shuffle(drafts);
        int saves = 0;
        while (running.get()) {
            pause();
            if (drafts.isEmpty()) {
                session.send("list-page", "GET", "/evaluations?year=" + year, null, 200);
                continue;
            }
            long id = drafts.get(0);
            String url = "/api/evaluations/" + id;
            HttpResponse<String> read = session.send("open", "GET", url, null, 200);
            if (read.statusCode() != 200) {
                drafts.remove(0);
                continue;
            }
            if (saves < 4) {
                Matcher version = VERSION.matcher(read.body());
                String project = project(read.body());
                if (!version.find() || project == null) {
                    drafts.remove(0);
                    continue;
                }
                String changed = project.replaceFirst(
                        "\"deviationReason\"\\s*:\\s*(null|\"[^\"]*\")",
                        "\"deviationReason\":\"截止日保存 " + username + " " + System.nanoTime() + "\"");
                session.send("save", "PUT", url, "{\"version\":" + version.group(1) + ",\"project\":" + changed + "}", 200);
                saves++;
            } else {
                Matcher errors = ERROR_KEY.matcher(read.body());
                while (errors.find()) {
                    String key = errors.group(1) != null ? errors.group(1) : errors.group(2);
                    session.send("explain", "POST", url + "/explanations",
                            "{\"key\":\"" + key + "\",\"explanation\":\"已核实\"}", 200);
                }
                session.send("submit", "POST", url + "/submit", null, 200);
                drafts.remove(0);
                saves = 0;
            }
        }
    }

    private void reviewer(Session session, int year) {
        boolean list = true;
        while (running.get()) {
            pause();
            if (list) {
                session.send("bureau-list", "GET", "/evaluations?year=" + year + "&page=" + (1 + ThreadLocalRandom.current().nextInt(5)), null, 200);
            } else {
                session.send("bureau-overview", "GET", "/overview?year=" + year, null, 200);
            }
            list = !list;
        }
    }

    /** The "project" member of an evaluation's JSON (bench/web/WebLoad.java's brace matching), or null. */
    private static String project(String json) {
        try {
            return WebLoad.jsonObjectAt(json, "\"project\"");
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private void pause() {
        long ms = think / 2 + ThreadLocalRandom.current().nextLong(think + 1);
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    private Session signIn(String username) {
        Session session = new Session(ThreadLocalRandom.current().nextInt(nodes.size()));
        String token = token(session.send("login-page", "GET", "/login", null, 200).body());
        HttpResponse<String> login = session.sendForm(
                "login", "/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token), 302);
        if (login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused");
        }
        session.csrf = token(session.send("first-page", "GET", "/evaluations", null, 200).body());
        return session;
    }

    private static String token(String html) {
        Matcher token = CSRF.matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return token.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One browser: its cookie jar (the session cookie, valid on every node) and its CSRF token. */
    private final class Session {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private int next;
        String csrf;

        Session(int first) {
            this.next = first;
        }

        /** The next node in turn: no stickiness. */
        private URI node() {
            URI node = nodes.get(next);
            next = (next + 1) % nodes.size();
            return node;
        }

        HttpResponse<String> send(String operation, String method, String path, String json, int expected) {
            HttpRequest.Builder request = HttpRequest.newBuilder(node().resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
            if (csrf != null && !method.equals("GET")) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return timed(operation, request.build(), expected);
        }

        HttpResponse<String> sendForm(String operation, String path, String form, int expected) {
            return timed(operation, HttpRequest.newBuilder(node().resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), expected);
        }

        private HttpResponse<String> timed(String operation, HttpRequest request, int expected) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                sample(operation, System.nanoTime() - start, response.statusCode() == expected, response.statusCode() == 409);
                return response;
            } catch (Exception e) {
                sample(operation, System.nanoTime() - start, false, false);
                throw new IllegalStateException(operation + " " + request.uri() + ": " + e, e);
            }
        }
    }

    private void sample(String operation, long nanos, boolean ok, boolean conflict) {
        if (counting.get()) {
            samples.computeIfAbsent(operation, o -> new Samples()).add(nanos, ok, conflict);
        }
    }

    private void report(double seconds, int clerks, int reviewers, boolean signIns) {
        if (!signIns) {
            System.out.printf(Locale.ROOT, "nodes=%d clerks=%d reviewers=%d think=%dms measured=%.1fs%n",
                    nodes.size(), clerks, reviewers, think, seconds);
        }
        System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %8s %8s %7s %9s%n",
                "operation", "count", "per_s", "p50_ms", "p99_ms", "max_ms", "errors", "conflicts");
        Samples all = new Samples();
        samples.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            entry.getValue().print(entry.getKey(), seconds);
            all.addAll(entry.getValue());
        });
        if (!signIns) {
            all.print("all", seconds);
        }
    }

    /** Latencies and outcomes of one operation. */
    private static final class Samples {
        private final List<Long> nanos = new ArrayList<>();
        private int errors;
        private int conflicts;

        synchronized void add(long ns, boolean ok, boolean conflict) {
            nanos.add(ns);
            if (!ok) {
                errors++;
            }
            if (conflict) {
                conflicts++;
            }
        }

        synchronized void addAll(Samples other) {
            nanos.addAll(other.nanos);
            errors += other.errors;
            conflicts += other.conflicts;
        }

        synchronized void print(String name, double seconds) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%-16s %8d %8.1f %8.1f %8.1f %8.1f %7d %9d%n",
                    name, sorted.size(), sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6, errors, conflicts);
        }

        private static double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }
    }
}
