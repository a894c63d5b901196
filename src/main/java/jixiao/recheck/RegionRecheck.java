package jixiao.recheck;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationScoring;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.UnitFrameworks;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.rules.RegionRuleSets;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A region's stored evaluations of a year (the region and every region below it) scored again with another rule set,
 * and what would change written to an xlsx and a JSON file. Nothing stored changes: it only reads.
 *
 * <p>Memory stays bounded whatever the region's size: the evaluations come from one cursor (a fetch size, and on
 * PostgreSQL a transaction, without which its driver reads every row first), a unit's evaluations at a time, since a
 * unit's projects are scored together (checks across projects); a few units are scored at once on every core, and
 * each unit's results are written as soon as it and those before it are done, in the order of the cursor.
 */
@Service
public class RegionRecheck {

    /** Rows the driver fetches at a time. */
    private static final int FETCH_SIZE = 500;

    private static final String ROWS = "SELECT e.id, e.kind, e.unit_id, u.name AS unit_name, u.region_id, e.name,"
            + " e.status, e.document, e.total, e.grade, e.claimed_total, e.frozen_framework"
            + " FROM project_evaluation e JOIN budget_unit u ON u.id = e.unit_id"
            + " WHERE e.fiscal_year = ? AND e.kind IN ('PROJECT', 'UNIT') AND u.region_id IN (%s)"
            + " ORDER BY e.unit_id, e.id";

    private static final String FINDINGS = "SELECT e.unit_id, f.evaluation_id, f.code, f.severity, f.finding_key"
            + " FROM evaluation_finding f JOIN project_evaluation e ON e.id = f.evaluation_id"
            + " JOIN budget_unit u ON u.id = e.unit_id"
            + " WHERE e.fiscal_year = ? AND e.kind IN ('PROJECT', 'UNIT') AND u.region_id IN (%s)"
            + " ORDER BY e.unit_id, f.evaluation_id";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final BudgetUnits units;
    private final RegionRuleSets ruleSets;
    private final EvaluationScoring scoring;
    private final UnitFrameworks frameworks;

    public RegionRecheck(
            DataSource dataSource,
            JdbcClient jdbc,
            BudgetUnits units,
            RegionRuleSets ruleSets,
            EvaluationScoring scoring,
            UnitFrameworks frameworks) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.units = units;
        this.ruleSets = ruleSets;
        this.scoring = scoring;
        this.frameworks = frameworks;
    }

    /**
     * How far a re-check is: evaluations scored of all, told at the start and whenever another percent is done (from
     * the thread that writes the files).
     */
    @FunctionalInterface
    public interface Progress {
        void at(long done, long total);
    }

    /**
     * A finished re-check: its summary, and where its time went: the reading thread's time on the database (its wall
     * time, of which {@code readingCpu} its own CPU time decoding rows), the CPU time of parsing and scoring (every
     * worker's) and of writing the files (the writing thread's).
     */
    public record Run(
            RecheckSummary summary, Duration database, Duration readingCpu, Duration scoring, Duration writing) {}

    /** How many evaluations a re-check of the plan takes: the progress's whole. */
    public long count(long regionId, int fiscalYear) {
        List<Long> regions = units.regionAndBelow(regionId);
        List<Object> params = new ArrayList<>();
        params.add(fiscalYear);
        params.addAll(regions);
        return jdbc.sql("SELECT COUNT(*) FROM project_evaluation e JOIN budget_unit u ON u.id = e.unit_id"
                        + " WHERE e.fiscal_year = ? AND e.kind IN ('PROJECT', 'UNIT') AND u.region_id IN ("
                        + marks(regions.size()) + ")")
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * Re-checks the plan into the two files (each written beside itself first and moved in place when complete), or
     * throws, leaving no file; an interrupted thread stops it between units. Three kinds of thread share the work:
     * this one reads, the workers (one per core) parse and score, one writes, each unit in the order read.
     */
    public Run run(RecheckPlan plan, Path xlsx, Path json, Progress progress) throws IOException {
        long total = count(plan.regionId(), plan.fiscalYear());
        progress.at(0, total);
        Map<Long, String> regionNames = new HashMap<>();
        for (Region region : units.regions()) {
            regionNames.put(region.id(), region.name());
        }
        List<Long> regions = units.regionAndBelow(plan.regionId());
        Path xlsxPart = part(xlsx);
        Path jsonPart = part(json);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads + 1, runnable -> {
            Thread thread = new Thread(runnable, "recheck");
            thread.setDaemon(true);
            return thread;
        });
        try (RecheckWorkbook workbook = new RecheckWorkbook(plan);
                OutputStream jsonOut = Files.newOutputStream(jsonPart);
                RecheckJson jsonFile = new RecheckJson(plan, jsonOut)) {
            Pass pass = new Pass(plan, regionNames, regions, workers, threads * 2 + 2);
            Future<RecheckSummary> written = workers.submit(() -> pass.write(workbook, jsonFile, progress, total));
            pass.writer = written;
            read(plan, regions, pass);
            pass.finished();
            RecheckSummary summary = get(written);
            long cpuStart = cpuTime();
            jsonFile.finish(summary);
            jsonFile.close();
            try (OutputStream out = Files.newOutputStream(xlsxPart)) {
                workbook.write(out);
            }
            pass.writing.add(cpuTime() - cpuStart);
            Files.move(xlsxPart, xlsx, StandardCopyOption.REPLACE_EXISTING);
            Files.move(jsonPart, json, StandardCopyOption.REPLACE_EXISTING);
            return new Run(
                    summary,
                    Duration.ofNanos(pass.database.sum()),
                    Duration.ofNanos(pass.readingCpu.sum()),
                    Duration.ofNanos(pass.scoringCpu.sum()),
                    Duration.ofNanos(pass.writing.sum()));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("reading the evaluations: " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
            Files.deleteIfExists(xlsxPart);
            Files.deleteIfExists(jsonPart);
        }
    }

    /** The state of one run: the units in flight, in the order read, and the times. */
    private final class Pass {
        /** The end of the units, for the writing thread. */
        private static final Future<RecheckedUnit> END = java.util.concurrent.CompletableFuture.completedFuture(null);

        final RecheckPlan plan;
        final Map<Long, String> regionNames;
        final ExecutorService workers;
        /** Units read and not yet written: a bound on what is held in memory. */
        final BlockingQueue<Future<RecheckedUnit>> pending;

        /** Each region's set in force, and the framework in force, read before the cursors take two connections. */
        final Map<Long, RuleSet> inForce = new HashMap<>();

        final UnitFramework activeFramework;
        final LongAdder database = new LongAdder();
        final LongAdder readingCpu = new LongAdder();
        final LongAdder scoringCpu = new LongAdder();
        final LongAdder writing = new LongAdder();
        Future<RecheckSummary> writer;

        Pass(
                RecheckPlan plan,
                Map<Long, String> regionNames,
                List<Long> regions,
                ExecutorService workers,
                int inFlight) {
            if (plan.rules() == null) {
                for (long region : regions) {
                    inForce.put(region, ruleSets.inForce(region, plan.fiscalYear()));
                }
            }
            this.activeFramework = frameworks.active();
            this.plan = plan;
            this.regionNames = regionNames;
            this.workers = workers;
            this.pending = new ArrayBlockingQueue<>(inFlight);
        }

        /** A unit's rows and stored findings read: scored on a worker. */
        void unit(List<EvaluationRow> rows, StoredFindings findings) throws SQLException {
            long start = System.nanoTime();
            long cpuStart = cpuTime();
            EvaluationRow first = rows.get(0);
            Map<Long, List<FindingChange>> stored = findings.of(first.unitId(), rows);
            RuleSet rules = plan.rules() != null ? plan.rules() : inForce.get(first.regionId());
            EvaluationRow unitRow = rows.stream()
                    .filter(r -> r.kind() == EvaluationKind.UNIT)
                    .findFirst()
                    .orElse(null);
            // as EvaluationScoring.frameworkOf: the frozen one after submission, else the one in force
            UnitFramework framework = unitRow == null
                    ? null
                    : unitRow.frozenFramework() == null ? activeFramework : frameworks.read(unitRow.frozenFramework());
            database.add(System.nanoTime() - start);
            readingCpu.add(cpuTime() - cpuStart);
            String region = regionNames.getOrDefault(first.regionId(), "");
            queue(workers.submit(() -> {
                long scoringStart = cpuTime();
                try {
                    return rechecked(rows, unitRow, stored, rules, framework, region);
                } finally {
                    scoringCpu.add(cpuTime() - scoringStart);
                }
            }));
        }

        void finished() {
            queue(END);
        }

        /** Waits for room, unless the writing thread failed (its failure is thrown). */
        private void queue(Future<RecheckedUnit> unit) {
            try {
                while (!pending.offer(unit, 100, TimeUnit.MILLISECONDS)) {
                    if (writer.isDone()) {
                        get(writer);
                        throw new IllegalStateException("the writing thread stopped early");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("re-check interrupted", e);
            }
        }

        /** The writing thread: each unit as soon as it and those before it are scored. */
        RecheckSummary write(RecheckWorkbook workbook, RecheckJson json, Progress progress, long total)
                throws Exception {
            RecheckSummary.Tally tally = new RecheckSummary.Tally();
            long done = 0;
            long told = 0;
            while (true) {
                Future<RecheckedUnit> next = pending.take();
                if (next == END) {
                    return tally.summary();
                }
                RecheckedUnit unit = get(next);
                long cpuStart = cpuTime();
                workbook.add(unit);
                json.add(unit);
                tally.add(unit);
                writing.add(cpuTime() - cpuStart);
                done += unit.evaluations().size();
                long percent = total == 0 ? 100 : done * 100 / total;
                if (percent != told) {
                    told = percent;
                    progress.at(done, total);
                }
            }
        }
    }

    /**
     * Reads the evaluations a unit at a time from one cursor, and their stored findings from a second one in the same
     * order (one query: a query per unit cost 45 ms each on PostgreSQL, 45 s for a region of 1,000 units).
     */
    private void read(RecheckPlan plan, List<Long> regions, Pass pass) throws SQLException {
        long start = System.nanoTime();
        long cpuStart = cpuTime();
        try (Connection connection = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL's driver uses a cursor (fetching FETCH_SIZE rows at a time) only inside a transaction
            connection.setAutoCommit(false);
            second.setAutoCommit(false);
            try (PreparedStatement statement = cursor(connection, ROWS, plan.fiscalYear(), regions);
                    PreparedStatement findingsStatement = cursor(second, FINDINGS, plan.fiscalYear(), regions)) {
                try (ResultSet rs = statement.executeQuery();
                        StoredFindings findings = new StoredFindings(findingsStatement.executeQuery())) {
                    List<EvaluationRow> unit = new ArrayList<>();
                    while (rs.next()) {
                        EvaluationRow row = row(rs, plan.fiscalYear());
                        if (!unit.isEmpty() && unit.get(0).unitId() != row.unitId()) {
                            pass.database.add(System.nanoTime() - start);
                            pass.readingCpu.add(cpuTime() - cpuStart);
                            pass.unit(unit, findings);
                            if (Thread.currentThread().isInterrupted()) {
                                throw new IllegalStateException("re-check interrupted");
                            }
                            start = System.nanoTime();
                            cpuStart = cpuTime();
                            unit = new ArrayList<>();
                        }
                        unit.add(row);
                    }
                    pass.database.add(System.nanoTime() - start);
                    pass.readingCpu.add(cpuTime() - cpuStart);
                    if (!unit.isEmpty()) {
                        pass.unit(unit, findings);
                    }
                }
            } finally {
                // it only read
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                second.rollback();
                second.setAutoCommit(autoCommit);
            }
        }
    }

    private static PreparedStatement cursor(Connection connection, String sql, int fiscalYear, List<Long> regions)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                String.format(sql, marks(regions.size())), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        statement.setInt(1, fiscalYear);
        for (int i = 0; i < regions.size(); i++) {
            statement.setLong(i + 2, regions.get(i));
        }
        return statement;
    }

    /** The stored findings of the region's evaluations, in the order of the units: taken a unit at a time. */
    private static final class StoredFindings implements AutoCloseable {
        private final ResultSet rs;
        private boolean onRow;

        StoredFindings(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.onRow = rs.next();
        }

        /** The unit's stored findings by evaluation; the units before it are skipped. */
        Map<Long, List<FindingChange>> of(long unitId, List<EvaluationRow> rows) throws SQLException {
            Map<Long, String> names = new HashMap<>();
            for (EvaluationRow row : rows) {
                names.put(row.id(), row.name());
            }
            Map<Long, List<FindingChange>> stored = new HashMap<>();
            while (onRow && rs.getLong(1) <= unitId) {
                String name = rs.getLong(1) == unitId ? names.get(rs.getLong(2)) : null;
                if (name != null) {
                    stored.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(FindingChange.stored(rs.getString(3), rs.getString(4), rs.getString(5), name));
                }
                onRow = rs.next();
            }
            return stored;
        }

        @Override
        public void close() throws SQLException {
            rs.close();
        }
    }

    /** What a task gave, or its failure (a runtime exception as thrown). */
    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-check interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static long cpuTime() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A unit scored with the rule set: each evaluation as stored and as re-scored. */
    private RecheckedUnit rechecked(
            List<EvaluationRow> rows,
            EvaluationRow unitRow,
            Map<Long, List<FindingChange>> stored,
            RuleSet rules,
            UnitFramework framework,
            String region) {
        List<EvaluationRow> projects =
                rows.stream().filter(r -> r.kind() == EvaluationKind.PROJECT).toList();
        ReportAssessment assessment = scoring.together(projects, unitRow, rules, framework);
        List<RecheckedEvaluation> evaluations = new ArrayList<>(rows.size());
        for (int i = 0; i < projects.size(); i++) {
            ProjectAssessment project = assessment.projects().get(i);
            evaluations.add(evaluation(
                    projects.get(i), project.total().value(), project.grade().label(), project.findings(), stored));
        }
        if (unitRow != null) {
            evaluations.add(evaluation(
                    unitRow,
                    assessment.department().total().value(),
                    // as stored (EvaluationStore.Scores): an incomplete whole-unit total is not graded
                    assessment.department().complete()
                            ? assessment.department().grade().label()
                            : UnitAssessment.INCOMPLETE,
                    assessment.unitFindings(),
                    stored));
        }
        EvaluationRow first = rows.get(0);
        return new RecheckedUnit(first.unitId(), first.unitName(), region, evaluations);
    }

    private static RecheckedEvaluation evaluation(
            EvaluationRow row,
            BigDecimal rechecked,
            String recheckedGrade,
            List<Finding> findings,
            Map<Long, List<FindingChange>> stored) {
        Map<String, FindingChange> now = new LinkedHashMap<>();
        for (Finding finding : findings) {
            FindingChange change = FindingChange.of(finding, row.name());
            now.putIfAbsent(change.key(), change);
        }
        Set<String> before = new HashSet<>();
        List<FindingChange> vanished = new ArrayList<>();
        for (FindingChange old : stored.getOrDefault(row.id(), List.of())) {
            before.add(old.key());
            if (!now.containsKey(old.key())) {
                vanished.add(old);
            }
        }
        List<FindingChange> added = new ArrayList<>();
        for (FindingChange finding : now.values()) {
            if (!before.contains(finding.key())) {
                added.add(finding);
            }
        }
        return new RecheckedEvaluation(
                row.id(),
                row.kind().name(),
                row.name(),
                row.status().name(),
                row.figures() == null ? null : row.figures().claimedTotal(),
                row.total(),
                row.grade(),
                rechecked,
                recheckedGrade,
                added,
                vanished);
    }

    private static EvaluationRow row(ResultSet rs, int fiscalYear) throws SQLException {
        return new EvaluationRow(
                rs.getLong("id"),
                EvaluationKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getLong("region_id"),
                fiscalYear,
                rs.getString("name"),
                EvaluationStatus.valueOf(rs.getString("status")),
                rs.getString("document"),
                0,
                rs.getBigDecimal("total"),
                rs.getString("grade"),
                0,
                0,
                null,
                rs.getString("frozen_framework"),
                null,
                null,
                null,
                new jixiao.evaluation.ListFigures(rs.getBigDecimal("claimed_total"), null, null, null),
                null,
                null,
                false);
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static Path part(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }
}
