package jixiao.integration;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application as a separate process ({@code target/jixiao.jar serve}, built by the package phase before the
 * integration tests; or the test's class path less the test classes), on a free port over an H2 database in {@code
 * data} (or the database its settings name), with the integration tests' passwords. It can be stopped, or killed with SIGKILL.
 */
public final class ServerProcess implements AutoCloseable {

    /** How long a start may take on a loaded machine. */
    private static final Duration START = Duration.ofSeconds(180);

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ServerProcess start(Path data, Path log) throws IOException, InterruptedException {
        return start(data, log, Map.of());
    }

    /**
     * The same with more settings ({@code JIXIAO_DB_URL} and its user and password: a node on a shared PostgreSQL).
     */
    public static ServerProcess start(Path data, Path log, Map<String, String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        Path jar = Path.of("target", "jixiao.jar");
        if (Files.isRegularFile(jar)) {
            command.add("-jar");
            command.add(jar.toString());
        } else {
            command.add("-cp");
            command.add(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.contains("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator)));
            command.add("jixiao.cli.Jixiao");
        }
        command.add("serve");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JIXIAO_DATA", data.toAbsolutePath().toString());
        builder.environment().put("JIXIAO_PORT", String.valueOf(port));
        builder.environment().put("JIXIAO_ADMIN_PASSWORD", Credentials.ADMIN_PASSWORD);
        builder.environment().put("JIXIAO_SECURITY_PASSWORD", Credentials.SECURITY_PASSWORD);
        builder.environment().put("JIXIAO_AUDITOR_PASSWORD", Credentials.AUDITOR_PASSWORD);
        builder.environment().put("JIXIAO_DEMO_PASSWORD", Credentials.DEMO_PASSWORD);
        // the demo region (more units and their accounts) is for people looking at the system, not for these tests
        builder.environment().put("JIXIAO_DEMO_REGION", "false");
        builder.environment().remove("JIXIAO_DB_URL");
        builder.environment().putAll(settings);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitUp(log);
        return server;
    }

    public int port() {
        return port;
    }

    /** The operating system's process id (a node's name in output_job.claimed_by contains it). */
    public long pid() {
        return process.pid();
    }

    public Api api() {
        return Api.anonymous(port);
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or the OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM: Spring closes the database). */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Waits, bounded, for the login page to answer (the first start's accounts are made before the port opens). */
    private void awaitUp(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(START);
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped at start: " + Files.readString(log));
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet: the port opens once the application has started
            }
            process.waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start within " + START);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
