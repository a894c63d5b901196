package jixiao.output;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.UnitYearReport;
import jixiao.evaluation.UnitYearReports;
import jixiao.operations.DataFolder;
import jixiao.organisation.BudgetUnits;
import jixiao.report.DocumentFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * One zip of a region's approved reports of a year, each unit's year as its 自评报告 in PDF ({@link UnitYearReports},
 * {@link DocumentFormat#PDF}), built in the background with its progress kept in output_job, which the page polls. A
 * region and year has at most one job queued or running: a second request, even at the same moment, finds the first
 * (the unique active key), so the job runs once. With several application nodes on one database, the node that claims
 * a queued job runs it under a lease it renews; the finished file is stored in the database, so any node shows the
 * progress and serves the file; a node that stops leaves its job to be failed by another once the lease runs out. Only the finance bureau of the region requests, follows and
 * downloads it; to anyone else it does not exist.
 */
@Service
public class ReportArchives implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReportArchives.class);

    private final OutputJobStore store;
    private final UnitYearReports reports;
    private final BudgetUnits units;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path directory;
    private final int leaseSeconds;
    /** One job at a time on a node: each PDF takes a core for a while, and the machine serves pages too. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "report-archives");
        thread.setDaemon(true);
        return thread;
    });
    /** Every few seconds: renew this node's leases, fail the abandoned jobs of stopped nodes, take queued ones. */
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "report-archives-sweep");
        thread.setDaemon(true);
        return thread;
    });
    /** A run of the queued jobs is waiting for the worker already: another would find nothing to do. */
    private final AtomicBoolean runPending = new AtomicBoolean();

    private final int sweepSeconds;

    public ReportArchives(
            OutputJobStore store,
            UnitYearReports reports,
            BudgetUnits units,
            Accounts accounts,
            AuditTrail audit,
            Clock clock,
            @Value("${jixiao.output.directory}") Path directory,
            @Value("${jixiao.output.lease-seconds:60}") int leaseSeconds,
            @Value("${jixiao.output.sweep-seconds:5}") int sweepSeconds) {
        this.store = store;
        this.reports = reports;
        this.units = units;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
        this.leaseSeconds = leaseSeconds;
        this.sweepSeconds = sweepSeconds;
    }

    /** The region's job for the year: the one queued or running, or a new one, queued now. */
    public OutputJob request(Account who, int fiscalYear) {
        long region = region(who);
        var active = store.active(region, fiscalYear);
        if (active.isPresent()) {
            return active.get();
        }
        long id;
        try {
            id = store.insert(region, fiscalYear, who.username(), LocalDateTime.now(clock));
        } catch (DataIntegrityViolationException e) {
            // requested at the same moment by another request, which queued it
            return store.active(region, fiscalYear).orElseThrow(() -> e);
        }
        audit.record(
                AuditRecord.done(who.username(), "output.reports_requested", "审核通过的自评报告 " + fiscalYear, "任务 " + id));
        runQueued();
        return store.find(id).orElseThrow();
    }

    /** The region's jobs, latest first. */
    public List<OutputJob> jobs(Account who) {
        return store.list(region(who));
    }

    /** One of the region's jobs; another region's is not found. */
    public OutputJob job(Account who, long id) {
        long region = region(who);
        return store.find(id)
                .filter(job -> job.regionId() == region)
                .orElseThrow(() -> new EvaluationException.NotFound(id));
    }

    /** A finished job of the region, with its file's size; one not finished (or another region's) is not found. */
    public OutputJob finished(Account who, long id) {
        OutputJob job = job(who, id);
        if (job.state() != OutputJob.State.DONE || job.size() == null) {
            throw new EvaluationException.NotFound(id);
        }
        return job;
    }

    /** Writes the zip of a finished job to {@code out}, from the database: whichever node built it. */
    public void download(Account who, long id, OutputStream out) throws IOException {
        OutputJob job = finished(who, id);
        audit.record(AuditRecord.done(
                who.username(), "output.reports_downloaded", "审核通过的自评报告 " + job.fiscalYear(), "任务 " + id));
        store.copyFile(id, out);
    }

    /** Builds a job's zip, once: a job another thread or node claimed already is left to it. */
    void run(long id) {
        if (!store.claim(id, store.thisNode())) {
            return;
        }
        OutputJob job = store.find(id).orElseThrow();
        try {
            Account who = accounts.account(job.requestedBy())
                    .orElseThrow(() -> new IllegalStateException("账号 " + job.requestedBy() + " 已不存在"));
            List<OutputJobStore.ApprovedUnit> approved =
                    store.approvedUnits(units.regionAndBelow(job.regionId()), job.fiscalYear());
            store.progress(id, 0, approved.size());
            DataFolder.privateFolder(directory);
            Path partial = partial(id);
            List<String> failed = new ArrayList<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                int done = 0;
                for (OutputJobStore.ApprovedUnit unit : approved) {
                    try {
                        UnitYearReport report = reports.of(who, unit.id(), job.fiscalYear(), null);
                        zip.putNextEntry(new ZipEntry(entryName(unit.name(), job.fiscalYear())));
                        DocumentFormat.PDF.write(report.report(), report.assessment(), report.edition(), unclosed(zip));
                        zip.closeEntry();
                    } catch (RuntimeException e) {
                        LOG.warn("report of unit {} for {} not built: {}", unit.id(), job.fiscalYear(), e.toString());
                        failed.add(unit.name());
                    }
                    store.progress(id, ++done, approved.size());
                }
            }
            boolean stored = store.finish(
                    id,
                    store.thisNode(),
                    partial,
                    failed.isEmpty() ? null : "以下单位的报告未能生成：" + String.join("、", failed),
                    LocalDateTime.now(clock));
            Files.deleteIfExists(partial);
            if (!stored) {
                LOG.warn("report archive {} was taken from this node (its lease ran out) before it was stored", id);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("report archive {} failed", id, e);
            store.fail(id, e.getMessage() == null ? e.toString() : e.getMessage(), LocalDateTime.now(clock));
            try {
                Files.deleteIfExists(partial(id));
            } catch (IOException left) {
                LOG.warn("a partial report archive {} is left in {}: {}", id, directory, left.toString());
            }
        }
    }

    /** Where this node builds a job's zip before it is stored in the database. */
    private Path partial(long id) {
        return directory.resolve("reports-" + id + ".zip.part");
    }

    /** At start and every few seconds after: the sweep ({@link #sweep}). */
    @Override
    public void run(ApplicationArguments args) {
        sweeper.scheduleWithFixedDelay(this::sweep, 0, sweepSeconds, TimeUnit.SECONDS);
    }

    /**
     * Renews the leases of this node's running jobs, fails the running jobs of a node that stopped (no renewal for
     * the lease), and lets the worker take the queued ones; never throws (the schedule would stop).
     */
    void sweep() {
        try {
            store.renew(store.thisNode());
            int failed = store.failAbandoned(leaseSeconds, "服务器中断，任务未完成，请重新生成", LocalDateTime.now(clock));
            if (failed > 0) {
                LOG.warn("{} background job(s) of a stopped node failed", failed);
            }
            if (!store.queued(OutputJob.Kind.REPORTS).isEmpty()) {
                runQueued();
            }
        } catch (RuntimeException e) {
            LOG.warn("report archives' sweep failed: {}", e.toString());
        }
    }

    /** Lets the worker run the queued jobs, unless a run waits for it already. */
    private void runQueued() {
        if (runPending.compareAndSet(false, true)) {
            worker.execute(() -> {
                runPending.set(false);
                for (long id : store.queued(OutputJob.Kind.REPORTS)) {
                    run(id);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        worker.shutdownNow();
    }

    /** A file name of the unit's name, without the characters a file system refuses. */
    static String entryName(String unitName, int fiscalYear) {
        return unitName.replaceAll("[\\\\/:*?\"<>|]", "_") + "-" + fiscalYear + "年度自评报告.pdf";
    }

    /** The zip stream, kept open when a document writer closes what it is given. */
    private static OutputStream unclosed(ZipOutputStream zip) {
        return new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static long region(Account who) {
        if (who.role() != Role.BUREAU_REVIEWER || who.regionId() == null) {
            throw new EvaluationException.NotAllowed("只有财政局审核人可以生成和下载本地区的报告汇总");
        }
        return who.regionId();
    }
}
