package jixiao.output;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * (the unique active key), so the job runs once. Only the finance bureau of the region requests, follows and
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
    /** One job at a time: each PDF takes a core for a while, and the machine serves pages too. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "report-archives");
        thread.setDaemon(true);
        return thread;
    });

    public ReportArchives(
            OutputJobStore store,
            UnitYearReports reports,
            BudgetUnits units,
            Accounts accounts,
            AuditTrail audit,
            Clock clock,
            @Value("${jixiao.output.directory}") Path directory) {
        this.store = store;
        this.reports = reports;
        this.units = units;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
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
        worker.execute(() -> run(id));
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

    /** The finished zip of one of the region's jobs. */
    public Path file(Account who, long id) {
        OutputJob job = job(who, id);
        Path file = job.fileName() == null ? null : directory.resolve(job.fileName());
        if (job.state() != OutputJob.State.DONE || file == null || !Files.isReadable(file)) {
            throw new EvaluationException.NotFound(id);
        }
        audit.record(AuditRecord.done(
                who.username(), "output.reports_downloaded", "审核通过的自评报告 " + job.fiscalYear(), "任务 " + id));
        return file;
    }

    /** Builds a job's zip, once: a job another thread claimed already is left to it. */
    void run(long id) {
        if (!store.claim(id)) {
            return;
        }
        OutputJob job = store.find(id).orElseThrow();
        try {
            Account who = accounts.account(job.requestedBy())
                    .orElseThrow(() -> new IllegalStateException("账号 " + job.requestedBy() + " 已不存在"));
            List<OutputJobStore.ApprovedUnit> approved =
                    store.approvedUnits(units.regionAndBelow(job.regionId()), job.fiscalYear());
            store.progress(id, 0, approved.size());
            Files.createDirectories(directory);
            Path partial = directory.resolve("reports-" + id + ".zip.part");
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
            String name = "reports-" + id + ".zip";
            Path file = Files.move(partial, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            store.finish(
                    id,
                    name,
                    Files.size(file),
                    failed.isEmpty() ? null : "以下单位的报告未能生成：" + String.join("、", failed),
                    LocalDateTime.now(clock));
        } catch (IOException | RuntimeException e) {
            LOG.error("report archive {} failed", id, e);
            store.fail(id, e.getMessage() == null ? e.toString() : e.getMessage(), LocalDateTime.now(clock));
        }
    }

    /** At start: a job a stopped server left running is failed; queued ones are run. */
    @Override
    public void run(ApplicationArguments args) {
        for (OutputJob job : store.unfinished()) {
            if (job.state() == OutputJob.State.RUNNING) {
                store.fail(job.id(), "服务器重启，任务中断，请重新生成", LocalDateTime.now(clock));
            } else {
                worker.execute(() -> run(job.id()));
            }
        }
    }

    @PreDestroy
    void stop() {
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
