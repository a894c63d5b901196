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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP load generator for the web application, JDK only, run as a single-file program:
 *
 * <pre>java bench/web/WebLoad.java --base http://127.0.0.1:18480 --password PW --scenario rescore-page --rate 200</pre>
 *
 * <p>Scenarios, all on the demo unit's 专家评审费 with 评审专家人数 changed from 145人 to 190人 (total 89.24 → 92.61):
 * <ul>
 *   <li>{@code rescore-page}: the editor's live re-score as htmx sends it, {@code POST /evaluations/{id}/score}
 *       with the whole form as the editor page carries it (its hidden inputs too: the CSRF token, the version and
 *       the sheet's {@code layout}), a signed-in session; answers the computed parts as htmx out-of-band swaps
 *       ({@code HX-Reswap: none}), or the whole sheet fragment from a server that does not answer so
 *   <li>{@code rescore-api}: {@code POST /api/evaluations/{id}/score} with the project as JSON, HTTP Basic
 *   <li>{@code list-page}: {@code GET /evaluations}, the unit's list, with a signed-in session
 *   <li>{@code page}: {@code GET} of any page, {@code --path /overview?year=2023} (the bureau's benchmark,
 *       bench/region/pages.sh), with a signed-in session of {@code --user}; it must answer 200, and contain
 *       {@code --expect TEXT} where given
 * </ul>
 *
 * <p>Load: {@code --rate R} is an open model, requests started at a fixed R per second whatever the server does,
 * each latency measured from the moment the request was due (so a stalled server is not hidden by a waiting
 * client); {@code --users N} is a closed model, N users each sending the next request as soon as the last one is
 * answered. A warm-up of the same load runs first and is not counted. The run stops by itself: warm-up + duration,
 * then at most {@code --drain} seconds for answers still outstanding (counted as timed out). Only loopback
 * addresses are accepted as targets.
 */
public class WebLoad {

    private static final String PROJECT = "专家评审费";
    private static final String FIELD = "indicators[0].actual";
    private static final String BEFORE = "145人";
    private static final String AFTER = "190人";
    private static final String EXPECTED_TOTAL = "92.61";
    /** More answers outstanding than this and the client, not the server, would become the bottleneck. */
    private static final int MAX_IN_FLIGHT = 2000;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        requireLoopback(base);
        String scenario = options.getOrDefault("scenario", "rescore-page");
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        int users = Integer.parseInt(options.getOrDefault("users", "0"));
        if ((rate > 0) == (users > 0)) {
            throw new IllegalArgumentException("give either --rate R (open model) or --users N (closed model)");
        }
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        int drain = Integer.parseInt(options.getOrDefault("drain", "15"));
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "8"));
        String user = options.getOrDefault("user", "danwei");
        String password = options.get("password");
        if (password == null) {
            throw new IllegalArgumentException("--password is required (the demo password, JIXIAO_DEMO_PASSWORD)");
        }
        String label = options.getOrDefault("label", "");
        String path = options.get("path");
        String expect = options.get("expect");
        long pid = Long.parseLong(options.getOrDefault("pid", "0"));

        ExecutorService clientThreads = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(clientThreads)
                .build();
        try {
            Target target = new Target(client, base, user, password, path, expect);
            List<HttpRequest> requests = target.requests(scenario, Math.max(1, sessions));
            ServerCpu cpu = new ServerCpu(pid);
            Result result = users > 0
                    ? closed(client, requests, users, warmup, duration, cpu)
                    : open(client, requests, rate, warmup, duration, drain, cpu);
            String load = users > 0 ? users + " users (closed)" : String.format(Locale.ROOT, "%.0f/s (open)", rate);
            System.out.println(result.line(label, path == null ? scenario : path, load, duration));
        } finally {
            clientThreads.shutdownNow();
        }
    }

    /** Requests started at fixed intervals; latency counted from when each was due. */
    static Result open(
            HttpClient client, List<HttpRequest> requests, double rate, int warmup, int duration, int drain, ServerCpu cpu)
            throws InterruptedException {
        long interval = (long) (1_000_000_000L / rate);
        long total = (long) Math.ceil(rate * (warmup + duration));
        long measuredFrom = (long) Math.ceil(rate * warmup);
        Recorder recorder = new Recorder((int) (total - measuredFrom));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        long start = System.nanoTime() + 100_000_000L;
        long windowStart = start + measuredFrom * interval;
        cpu.startAt(windowStart);
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = i >= measuredFrom;
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                if (measured) {
                    recorder.dropped.incrementAndGet();
                }
                continue;
            }
            inFlight.incrementAndGet();
            if (measured) {
                recorder.sent.incrementAndGet();
            }
            HttpRequest request = requests.get((int) (i % requests.size()));
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                inFlight.decrementAndGet();
                if (measured) {
                    lastAnswer.accumulateAndGet(now, Math::max);
                    recorder.record(now - due, failure == null ? response.statusCode() : -1);
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drain);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000L);
        }
        recorder.cpuMillis = cpu.millisSinceStart();
        recorder.stolenPercent = cpu.stolenPercent();
        recorder.timedOut.set(Math.max(0, recorder.sent.get() - recorder.answered()));
        recorder.elapsedNanos = Math.max(lastAnswer.get(), windowStart + TimeUnit.SECONDS.toNanos(duration)) - windowStart;
        return recorder.result();
    }

    /** N users, each sending its next request when the last is answered. */
    static Result closed(
            HttpClient client, List<HttpRequest> requests, int users, int warmup, int duration, ServerCpu cpu)
            throws InterruptedException {
        Recorder recorder = new Recorder(1 << 20);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(duration);
        cpu.startAt(measureFrom);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        AtomicInteger next = new AtomicInteger();
        for (int u = 0; u < users; u++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= end) {
                        recorder.sent.incrementAndGet();
                        recorder.record(answered - sent, status);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(warmup + duration + 60L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        recorder.cpuMillis = cpu.millisSinceStart();
        recorder.stolenPercent = cpu.stolenPercent();
        recorder.elapsedNanos = end - measureFrom;
        return recorder.result();
    }

    /** The application under test: signs in, finds the evaluation and builds the scenario's requests. */
    static final class Target {
        private final HttpClient client;
        private final URI base;
        private final String user;
        private final String password;
        private final String path;
        private final String expect;
        private boolean reported;

        Target(HttpClient client, URI base, String user, String password, String path, String expect) {
            this.client = client;
            this.base = base;
            this.user = user;
            this.password = password;
            this.path = path;
            this.expect = expect;
        }

        List<HttpRequest> requests(String scenario, int sessions) throws Exception {
            switch (scenario) {
                case "rescore-api":
                    return List.of(rescoreApi());
                case "rescore-page":
                case "list-page":
                case "page":
                    List<HttpRequest> out = new ArrayList<>();
                    for (int i = 0; i < sessions; i++) {
                        String cookie = signIn();
                        out.add(switch (scenario) {
                            case "list-page" -> listPage(cookie);
                            case "page" -> page(cookie);
                            default -> rescorePage(cookie);
                        });
                    }
                    return out;
                default:
                    throw new IllegalArgumentException(
                            "unknown scenario " + scenario + " (rescore-page, rescore-api, list-page, page)");
            }
        }

        private HttpRequest rescoreApi() throws Exception {
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String list = fetch(HttpRequest.newBuilder(base.resolve("/api/evaluations"))
                    .header("Authorization", basic)
                    .build());
            Matcher id = Pattern.compile("\"id\":(\\d+),\"name\":\"" + PROJECT + "\"").matcher(list);
            check(id.find(), "no evaluation named " + PROJECT + " in GET /api/evaluations");
            String evaluation = fetch(HttpRequest.newBuilder(base.resolve("/api/evaluations/" + id.group(1)))
                    .header("Authorization", basic)
                    .build());
            String project = jsonObjectAt(evaluation, "\"project\":");
            check(project.contains("\"actual\":\"" + BEFORE + "\""), "the project has no actual value " + BEFORE);
            String body = "{\"project\":" + project.replaceFirst("\"actual\":\"" + BEFORE + "\"", "\"actual\":\"" + AFTER + "\"")
                    + "}";
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/evaluations/" + id.group(1) + "/score"))
                    .header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            String answer = fetch(request);
            check(answer.contains("\"total\":" + EXPECTED_TOTAL), "re-score did not answer total " + EXPECTED_TOTAL);
            return request;
        }

        private HttpRequest rescorePage(String cookie) throws Exception {
            String id = evaluationId(cookie);
            String editor = fetch(get("/evaluations/" + id, cookie));
            int from = editor.indexOf("id=\"sheet\"");
            check(from >= 0, "the editor has no form #sheet");
            String sheet = editor.substring(editor.lastIndexOf("<form", from), editor.indexOf("</form>", from));
            List<String[]> fields = formFields(sheet);
            check(BEFORE.equals(first(fields, FIELD)), "the editor's " + FIELD + " is not " + BEFORE);
            check(first(fields, "_csrf") != null, "the editor's form has no CSRF token");
            fields.stream().filter(field -> field[0].equals(FIELD)).forEach(field -> field[1] = AFTER);
            StringBuilder body = new StringBuilder();
            for (String[] field : fields) {
                if (body.length() > 0) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
            }
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/evaluations/" + id + "/score"))
                    .header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("HX-Request", "true")
                    .header("HX-Target", "sheet")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            check(answer.statusCode() == 200, "re-score answered " + answer.statusCode());
            check(EXPECTED_TOTAL.equals(textOf(answer.body(), "total")), "re-score did not show total " + EXPECTED_TOTAL);
            // which answer is measured: the out-of-band parts (the editor carries a layout) or the whole sheet
            if (!reported) {
                reported = true;
                boolean partial = answer.headers().firstValue("HX-Reswap").orElse("").equals("none");
                System.err.println("WebLoad: rescore-page answers "
                        + (partial ? "the computed parts out of band" : "the whole sheet") + " ("
                        + answer.body().length() + " characters; layout posted: "
                        + (first(fields, "layout") == null ? "none" : first(fields, "layout")) + ")");
            }
            return request;
        }

        private HttpRequest listPage(String cookie) throws Exception {
            HttpRequest request = get("/evaluations", cookie);
            check(fetch(request).contains(">" + PROJECT + "<"), "the list does not show " + PROJECT);
            return request;
        }

        private HttpRequest page(String cookie) throws Exception {
            check(path != null && path.startsWith("/"), "the page scenario needs --path /…");
            HttpRequest request = get(path, cookie);
            String body = fetch(request);
            check(expect == null || body.contains(expect), "GET " + path + " does not contain " + expect);
            return request;
        }

        private String evaluationId(String cookie) throws Exception {
            Matcher id = Pattern.compile("href=\"/evaluations/(\\d+)\">" + PROJECT + "<")
                    .matcher(fetch(get("/evaluations", cookie)));
            check(id.find(), "no link to " + PROJECT + " in the list");
            return id.group(1);
        }

        /** Form sign-in: returns the session cookie of a new session. */
        private String signIn() throws Exception {
            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = sessionCookie(login);
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
            check(token.find(), "no CSRF token on the sign-in page");
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
            HttpResponse<String> signedIn = client.send(
                    HttpRequest.newBuilder(base.resolve("/login"))
                            .header("Cookie", cookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers().firstValue("Location").orElse("");
            check(signedIn.statusCode() == 302 && !location.contains("error"), "sign-in as " + user + " failed");
            return sessionCookie(signedIn);
        }

        private HttpRequest get(String path, String cookie) {
            return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie).build();
        }

        private String fetch(HttpRequest request) throws Exception {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            check(response.statusCode() == 200, request.method() + " " + request.uri() + " answered " + response.statusCode());
            return response.body();
        }

        private static String sessionCookie(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                if (header.startsWith("JSESSIONID=")) {
                    return header.substring(0, header.indexOf(';'));
                }
            }
            throw new IllegalStateException("no session cookie from " + response.uri());
        }
    }

    /**
     * The named fields of a form as a browser would post them (inputs and text areas; no buttons, no files), in the
     * page's order; a name may repeat.
     */
    static List<String[]> formFields(String form) {
        List<String[]> fields = new ArrayList<>();
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(form);
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            if (name == null || (type != null && List.of("submit", "button", "file").contains(type))) {
                continue;
            }
            String value = attribute(tag, "value");
            fields.add(new String[] {name, value == null ? "" : unescape(value)});
        }
        Matcher area = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(form);
        while (area.find()) {
            String name = attribute(area.group(1), "name");
            if (name != null) {
                fields.add(new String[] {name, unescape(area.group(2))});
            }
        }
        return fields;
    }

    /** The text of the first element with this id (up to its first child tag). */
    static String textOf(String html, String id) {
        int at = html.indexOf(" id=\"" + id + "\"");
        check(at >= 0, "no element " + id + " in the answer");
        int from = html.indexOf('>', at) + 1;
        return html.substring(from, html.indexOf('<', from)).trim();
    }

    /** The value of the first field of this name, or null. */
    static String first(List<String[]> fields, String name) {
        return fields.stream().filter(field -> field[0].equals(name)).map(field -> field[1]).findFirst().orElse(null);
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    /** The named character references the pages write (Spring's HTML escaping: ≥ as &ge;, “ as &ldquo; …). */
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("ge", "≥"), Map.entry("le", "≤"),
            Map.entry("ne", "≠"), Map.entry("plusmn", "±"), Map.entry("times", "×"), Map.entry("divide", "÷"),
            Map.entry("middot", "·"), Map.entry("deg", "°"), Map.entry("permil", "‰"), Map.entry("hellip", "…"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"));

    /**
     * A value as a browser reads it from the page and posts it back (the editor writes ≥200人 as {@code &ge;200人}).
     * An entity not known here stops the run rather than post a value the browser would not.
     */
    static String unescape(String html) {
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character;
            if (name.startsWith("#x")) {
                character = Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                character = Character.toString(Integer.parseInt(name.substring(1)));
            } else {
                character = ENTITIES.get(name);
                check(character != null, "the page has a character reference WebLoad does not know: &" + name + ";");
            }
            reference.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        reference.appendTail(text);
        return text.toString();
    }

    /**
     * The JSON object that follows {@code key} in {@code json}, found by matching braces outside strings (public: also
     * bench/nodes/DeadlineDay.java's).
     */
    public static String jsonObjectAt(String json, String key) {
        int start = json.indexOf(key);
        check(start >= 0, "no " + key + " in the answer");
        start = json.indexOf('{', start);
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new IllegalStateException("unbalanced JSON after " + key);
    }

    static void requireLoopback(URI base) throws Exception {
        String host = base.getHost();
        check(host != null && InetAddress.getByName(host).isLoopbackAddress(),
                "only loopback targets (127.0.0.1, localhost, [::1]) are allowed, not " + base);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            check(args[i].startsWith("--") && i + 1 < args.length, "options are --name value pairs: " + Arrays.toString(args));
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** Latencies and outcomes of the measured requests. */
    static final class Recorder {
        final long[] latencies;
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        final AtomicLong timedOut = new AtomicLong();
        volatile long elapsedNanos;
        volatile long cpuMillis = -1;
        volatile double stolenPercent = -1;

        Recorder(int capacity) {
            latencies = new long[capacity];
        }

        void record(long nanos, int status) {
            if (status != 200) {
                errors.incrementAndGet();
            }
            int i = count.getAndIncrement();
            if (i < latencies.length) {
                latencies[i] = nanos;
            }
        }

        long answered() {
            return count.get();
        }

        Result result() {
            int n = Math.min(count.get(), latencies.length);
            long[] sorted = Arrays.copyOf(latencies, n);
            Arrays.sort(sorted);
            long ok = n - errors.get();
            return new Result(
                    sent.get(), n, ok, errors.get(), dropped.get(), timedOut.get(), elapsedNanos,
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 95), percentile(sorted, 99),
                    n == 0 ? 0 : sorted[n - 1], cpuMillis, stolenPercent);
        }

        private static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    record Result(long sent, long answered, long ok, long errors, long dropped, long timedOut, long elapsedNanos,
            long p50, long p90, long p95, long p99, long max, long cpuMillis, double stolenPercent) {

        /**
         * One row of the results table: | label | scenario | load | sent | ok/s | p50 | p90 | p95 | p99 | max | server CPU ms
         * per answered request | CPU stolen by the hypervisor, % | errors |.
         */
        String line(String label, String scenario, String load, int duration) {
            double seconds = elapsedNanos / 1e9;
            String cpu = cpuMillis < 0 || answered == 0
                    ? "–"
                    : String.format(Locale.ROOT, "%.1f", (double) cpuMillis / answered);
            String stolen = stolenPercent < 0 ? "–" : String.format(Locale.ROOT, "%.1f", stolenPercent);
            return String.format(Locale.ROOT,
                    "| %s | %s | %s | %d s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %d errors, %d timed out, %d not sent |",
                    label, scenario, load, duration, sent, seconds > 0 ? ok / seconds : 0,
                    p50 / 1e6, p90 / 1e6, p95 / 1e6, p99 / 1e6, max / 1e6, cpu, stolen, errors, timedOut, dropped);
        }
    }

    /**
     * The server process's CPU time (user + system, from /proc/PID/stat, in clock ticks of 10 ms) from the start of
     * the measured window to its end, so that a request's cost can be told apart from the latency that a shared,
     * loaded machine adds. Without a pid (0) nothing is measured.
     */
    static final class ServerCpu {
        private static final long MILLIS_PER_TICK = 10;
        private final long pid;
        private volatile long startTicks = -1;
        private volatile long[] startMachine;

        ServerCpu(long pid) {
            this.pid = pid;
        }

        /** Reads the CPU time at {@code nanoTime} (on a thread of its own, so that sending is not delayed). */
        void startAt(long nanoTime) {
            Thread sampler = new Thread(() -> {
                long wait = nanoTime - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                startTicks = pid > 0 ? ticks() : -1;
                startMachine = machineTicks();
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        long millisSinceStart() {
            if (pid <= 0 || startTicks < 0) {
                return -1;
            }
            return (ticks() - startTicks) * MILLIS_PER_TICK;
        }

        /**
         * The share of the machine's CPU time that the hypervisor gave to other guests ("steal" in /proc/stat) since
         * the start of the measured window, in percent; -1 where not known. On a shared virtual machine a stolen
         * share makes every request wait, whatever the application does: rows with it are not a measure of the
         * application.
         */
        double stolenPercent() {
            long[] start = startMachine;
            long[] now = machineTicks();
            if (start == null || now == null || now[1] <= start[1]) {
                return -1;
            }
            return 100.0 * (now[0] - start[0]) / (now[1] - start[1]);
        }

        /** steal and all ticks of the machine, from the first line of /proc/stat; null where unreadable. */
        private static long[] machineTicks() {
            try {
                String cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0);
                // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
                String[] fields = cpu.trim().split("\\s+");
                long all = 0;
                for (int i = 1; i <= 8 && i < fields.length; i++) {
                    all += Long.parseLong(fields[i]);
                }
                return new long[] {fields.length > 8 ? Long.parseLong(fields[8]) : 0, all};
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }

        private long ticks() {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                // fields after the command name in parentheses: state is field 3, utime 14, stime 15
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (java.io.IOException e) {
                return -1;
            }
        }
    }
}
