package jixiao.evaluation.web;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jixiao.report.DocumentCancelled;
import jixiao.report.DocumentFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Documents generated for a download, bounded: on a pool of their own (as many threads as cores, a short queue; a
 * full queue is refused at once), given up after {@code jixiao.limits.document-seconds} with a clear error, and given
 * up as soon as the client goes away. Giving up interrupts the generating thread, which the writers notice ({@link
 * DocumentCancelled}). Before, a PDF of a 3.5-million-character goal kept a core at 100 % for over 4 minutes after the
 * client had left.
 *
 * <p>The client's leaving: a servlet container reads nothing from a connection whose request is answered
 * asynchronously and has no body left (Tomcat registers no read interest then), so it cannot see the client leave.
 * From {@code jixiao.limits.document-probe-seconds} on, and as often, an interim {@code 103 Early Hints} is written
 * ({@link ConnectionProbe}; HTTP/1.1 clients skip 1xx responses before the final one); on a closed connection the
 * write fails, and the generation is given up. A document ready sooner sends no probe at all.
 */
@Component
public class DocumentResponses {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentResponses.class);

    /** A document's generation, writing into the stream. */
    @FunctionalInterface
    public interface Generation {
        void write(OutputStream out) throws IOException;
    }

    /** The generation took longer than the limit. */
    public static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long seconds;

        TooSlow(long seconds) {
            super("document generation took longer than " + seconds + " s");
            this.seconds = seconds;
        }

        public long seconds() {
            return seconds;
        }
    }

    /** Every thread of the pool is busy and the queue is full. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("every document thread is busy");
        }
    }

    /** The client closed the connection before the document was ready (nobody reads the answer). */
    static final class ClientGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClientGone() {
            super("the client went away");
        }
    }

    /** Whether the result is being written (or the client is gone): no probe after that. */
    private static final class Writing {
        boolean finished;
    }

    private final Duration limit;
    private final Duration probeEvery;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService probes;
    private final AtomicLong cancelled = new AtomicLong();

    public DocumentResponses(
            @Value("${jixiao.limits.document-seconds:120}") long seconds,
            @Value("${jixiao.limits.document-probe-seconds:15}") long probeSeconds) {
        this.limit = Duration.ofSeconds(seconds);
        this.probeEvery = Duration.ofSeconds(probeSeconds);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger serial = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(threads * 4), task -> {
                    Thread thread = new Thread(task, "document-" + serial.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.probes = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "document-probe");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The document as a download named {@code name}.{@code extension}, answered when it is written; an error ({@link
     * TooSlow}, {@link Busy}, or what the generation threw) where not.
     */
    public DeferredResult<ResponseEntity<byte[]>> download(DocumentFormat format, String name, Generation generation) {
        return download(format.contentType(), name + "." + format.extension(), generation, limit);
    }

    DeferredResult<ResponseEntity<byte[]>> download(
            String contentType, String filename, Generation generation, Duration timeLimit) {
        DeferredResult<ResponseEntity<byte[]>> result = new DeferredResult<>(timeLimit.toMillis());
        Writing writing = new Writing();
        Future<?> job;
        try {
            job = pool.submit(() -> {
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    generation.write(out);
                    synchronized (writing) {
                        DocumentCancelled.check();
                        writing.finished = true;
                        result.setResult(ResponseEntity.ok()
                                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded(filename))
                                .contentType(MediaType.parseMediaType(contentType))
                                .body(out.toByteArray()));
                    }
                } catch (DocumentCancelled e) {
                    givenUp(filename);
                } catch (Exception | Error e) {
                    if (Thread.currentThread().isInterrupted()) {
                        givenUp(filename);
                    } else {
                        result.setErrorResult(e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            result.setErrorResult(new Busy());
            return result;
        }
        result.onTimeout(() -> {
            synchronized (writing) {
                writing.finished = true;
            }
            job.cancel(true);
            result.setErrorResult(new TooSlow(timeLimit.toSeconds()));
        });
        result.onError(failure -> job.cancel(true));
        result.onCompletion(() -> job.cancel(true));
        watchConnection(job, writing, result);
        return result;
    }

    /** Probes the connection of the current request while the job runs (see the class's comment). */
    private void watchConnection(Future<?> job, Writing state, DeferredResult<ResponseEntity<byte[]>> result) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null
                || !"HTTP/1.1".equals(attributes.getRequest().getProtocol())) {
            return;
        }
        Optional<ConnectionProbe> probe = ConnectionProbe.of(attributes.getResponse());
        if (probe.isEmpty()) {
            return;
        }
        ScheduledFuture<?>[] ticking = new ScheduledFuture<?>[1];
        ticking[0] = probes.scheduleWithFixedDelay(
                () -> {
                    synchronized (state) {
                        if (state.finished || job.isDone()) {
                            ticking[0].cancel(false);
                            return;
                        }
                        if (!probe.get().alive()) {
                            state.finished = true;
                            job.cancel(true);
                            ticking[0].cancel(false);
                            result.setErrorResult(new ClientGone());
                        }
                    }
                },
                probeEvery.toMillis(),
                probeEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void givenUp(String filename) {
        cancelled.incrementAndGet();
        LOG.info("Generation of {} given up (time limit, or the client went away)", filename);
    }

    /** How many generations were given up since the start (the tests watch it). */
    public long cancelled() {
        return cancelled.get();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
        probes.shutdownNow();
    }

    private static String encoded(String filename) {
        return URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
