package jixiao.recheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException;
import jixiao.operations.DataFolder;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.output.OutputJob;
import jixiao.output.OutputJobStore;
import jixiao.scoring.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * A finance bureau's re-check of its region (and the regions below) for a year, with its region's rule sets in force
 * or an uploaded rule-set file, as a background job of the outputs' kind ({@link OutputJob.Kind#RECHECK}): its state
 * and progress in output_job, so that every node shows it; one per region and year at a time. Only the bureau of the
 * region, or of a region above it, sees a job; to anyone else it does not exist. Requests and downloads are audited.
 */
@Service
public class RegionRechecks {

    private static final Logger LOG = LoggerFactory.getLogger(RegionRechecks.class);

    private final OutputJobStore jobs;
    private final RegionRecheck recheck;
    private final BudgetUnits units;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path directory;
    private final ObjectMapper json = new ObjectMapper();
    /** The jobs this node runs (the finished ones are dropped at the next start): a test waits for one. */
    private final Map<Long, Future<?>> submitted = new ConcurrentHashMap<>();

    /** One re-check at a time on a node: a re-check uses every core while it runs. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "region-recheck");
        thread.setDaemon(true);
        return thread;
    });

    public RegionRechecks(
            OutputJobStore jobs,
            RegionRecheck recheck,
            BudgetUnits units,
            AuditTrail audit,
            Clock clock,
            @Value("${jixiao.output.directory}") Path directory) {
        this.jobs = jobs;
        this.recheck = recheck;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
    }

    /**
     * Starts the re-check of the bureau's region for a year, or finds the one queued or running.
     *
     * @param rules the rule set, or null for each region's set in force
     * @param rulesName how the files and the page name the rule set
     */
    public OutputJob start(Account who, int fiscalYear, RuleSet rules, String rulesName) {
        long region = region(who);
        var active = jobs.active(OutputJob.Kind.RECHECK, region, fiscalYear);
        if (active.isPresent()) {
            return active.get();
        }
        long id;
        try {
            id = jobs.insert(
                    OutputJob.Kind.RECHECK, region, fiscalYear, rulesName, who.username(), LocalDateTime.now(clock));
        } catch (DataIntegrityViolationException e) {
            return jobs.active(OutputJob.Kind.RECHECK, region, fiscalYear).orElseThrow(() -> e);
        }
        audit.record(AuditRecord.done(
                who.username(), "recheck.requested", "重算 " + fiscalYear + " 年度（" + rulesName + "）", "任务 " + id));
        // claimed at once by this node, which holds the rule set in memory: its lease is renewed with the node's
        // other jobs (output.ReportArchives' sweep), and the job is failed by another node if this one stops
        jobs.claim(id, jobs.thisNode());
        submitted.values().removeIf(Future::isDone);
        submitted.put(id, worker.submit(() -> run(id, rules)));
        return jobs.find(id).orElseThrow();
    }

    /** The re-checks of the bureau's region and the regions below, latest first. */
    public List<OutputJob> jobs(Account who) {
        return jobs.list(OutputJob.Kind.RECHECK, units.regionAndBelow(region(who)));
    }

    /** One re-check the bureau may see; another region's is not found. */
    public OutputJob job(Account who, long id) {
        List<Long> reach = units.regionAndBelow(region(who));
        return jobs.find(id)
                .filter(job -> job.kind() == OutputJob.Kind.RECHECK && reach.contains(job.regionId()))
                .orElseThrow(() -> new EvaluationException.NotFound(id));
    }

    /** The name of the region a job re-checks. */
    public String regionName(OutputJob job) {
        return units.regions().stream()
                .filter(r -> r.id() == job.regionId())
                .map(Region::name)
                .findFirst()
                .orElse("");
    }

    /** A finished re-check's summary, or null while it runs. */
    public RecheckSummary summary(OutputJob job) {
        if (job.summary() == null) {
            return null;
        }
        try {
            return json.readValue(job.summary(), RecheckSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary of re-check " + job.id() + " is unreadable", e);
        }
    }

    /** A finished re-check's file, {@code xlsx} or {@code json}, written to {@code out} from the database. */
    public void download(Account who, long id, String extension, OutputStream out) throws IOException {
        OutputJob job = finished(who, id, extension);
        audit.record(AuditRecord.done(
                who.username(), "recheck.downloaded", "重算 " + job.fiscalYear() + " 年度（" + extension + "）", "任务 " + id));
        jobs.copyFile(id, extension, out);
    }

    /** A re-check the bureau may see, finished, with a stored file of that kind; otherwise not found. */
    public OutputJob finished(Account who, long id, String extension) {
        OutputJob job = job(who, id);
        if (job.state() != OutputJob.State.DONE || !jobs.hasFile(id, extension)) {
            throw new EvaluationException.NotFound(id);
        }
        return job;
    }

    /** Waits until this node's run of a job ended (for tests: the page polls instead). */
    void awaitRun(long id) throws InterruptedException, ExecutionException {
        Future<?> run = submitted.get(id);
        if (run != null) {
            run.get();
        }
    }

    /** Runs a job this node claimed when it was requested; its files are built here, then stored in the database. */
    void run(long id, RuleSet rules) {
        OutputJob job = jobs.find(id).orElseThrow();
        String name = "recheck-" + id;
        Path xlsx = directory.resolve(name + ".xlsx");
        Path json = directory.resolve(name + ".json");
        try {
            DataFolder.privateFolder(directory);
            RecheckPlan plan = new RecheckPlan(
                    job.regionId(), regionName(job), job.fiscalYear(), rules, job.detail(), LocalDateTime.now(clock));
            RegionRecheck.Run run =
                    recheck.run(plan, xlsx, json, (done, total) -> jobs.progress(id, (int) done, (int) total));
            boolean stored = jobs.finish(
                    id,
                    jobs.thisNode(),
                    name,
                    List.of(new OutputJobStore.BuiltFile("xlsx", xlsx), new OutputJobStore.BuiltFile("json", json)),
                    null,
                    this.json.writeValueAsString(run.summary()),
                    LocalDateTime.now(clock));
            if (!stored) {
                LOG.warn("re-check {} was taken from this node (its lease ran out) before it was stored", id);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("re-check {} failed", id, e);
            jobs.fail(id, e.getMessage() == null ? e.toString() : e.getMessage(), LocalDateTime.now(clock));
        } finally {
            deleteQuietly(xlsx);
            deleteQuietly(json);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("a re-check's file is left in place: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static long region(Account who) {
        if (who.role() != Role.BUREAU_REVIEWER || who.regionId() == null) {
            throw new EvaluationException.NotAllowed("只有财政局审核人可以重算本地区的评价");
        }
        return who.regionId();
    }
}
