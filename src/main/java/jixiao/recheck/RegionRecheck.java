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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationScoring;
import jixiao.evaluation.EvaluationStatus;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.rules.RegionRuleSets;
import jixiao.scoring.Finding;
import jixiao.scoring.ProjectAssessment;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.UnitAssessment;
import jixiao.scoring.UnitFramework;
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

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final BudgetUnits units;
    private final RegionRuleSets ruleSets;
    private final EvaluationScoring scoring;

    public RegionRecheck(
            DataSource dataSource,
            JdbcClient jdbc,
            BudgetUnits units,
            RegionRuleSets ruleSets,
            EvaluationScoring scoring) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.units = units;
        this.ruleSets = ruleSets;
        this.scoring = scoring;
    }

    /** How far a re-check is: evaluations scored of all. */
    @FunctionalInterface
    public interface Progress {
        void at(long done, long total);
    }

    /**
     * A finished re-check: its summary, and where its time went: waiting on the database (on the reading thread),
     * CPU time of parsing and scoring (every worker's), and writing the files.
     */
    public record Run(RecheckSummary summary, Duration database, Duration scoring, Duration writing) {}

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
     * throws, leaving no file; an interrupted thread stops it between units.
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
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "recheck-scoring");
            thread.setDaemon(true);
            return thread;
        });
        Pass pass = new Pass(plan, regionNames, workers, threads * 2 + 2, progress, total);
        try (RecheckWorkbook workbook = new RecheckWorkbook(plan);
                OutputStream jsonOut = Files.newOutputStream(jsonPart);
                RecheckJson jsonFile = new RecheckJson(plan, jsonOut)) {
            pass.workbook = workbook;
            pass.json = jsonFile;
            read(plan, regions, pass);
            pass.drain(0);
            RecheckSummary summary = pass.tally.summary();
            long start = System.nanoTime();
            jsonFile.finish(summary);
            try (OutputStream out = Files.newOutputStream(xlsxPart)) {
                workbook.write(out);
            }
            pass.writing.add(System.nanoTime() - start);
            jsonFile.close();
            Files.move(xlsxPart, xlsx, StandardCopyOption.REPLACE_EXISTING);
            Files.move(jsonPart, json, StandardCopyOption.REPLACE_EXISTING);
            return new Run(
                    summary,
                    Duration.ofNanos(pass.database.sum()),
                    Duration.ofNanos(pass.cpu.sum()),
                    Duration.ofNanos(pass.writing.sum()));
        } catch (SQLException e) {
            throw new org.springframework.dao.DataAccessResourceFailureException(
                    "reading the evaluations: " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
            Files.deleteIfExists(xlsxPart);
            Files.deleteIfExists(jsonPart);
        }
    }

    /** The state of one run: the units in flight, the outputs, the tally and the times. */
    private final class Pass {
        final RecheckPlan plan;
        final Map<Long, String> regionNames;
        final ExecutorService workers;
        final int inFlight;
        final Progress progress;
        final long total;
        final Deque<Future<RecheckedUnit>> pending = new ArrayDeque<>();
        final RecheckSummary.Tally tally = new RecheckSummary.Tally();
        final Map<Long, RuleSet> inForce = new HashMap<>();
        final LongAdder database = new LongAdder();
        final LongAdder cpu = new LongAdder();
        final LongAdder writing = new LongAdder();
        RecheckWorkbook workbook;
        RecheckJson json;
        long done;

        Pass(
                RecheckPlan plan,
                Map<Long, String> regionNames,
                ExecutorService workers,
                int inFlight,
                Progress progress,
                long total) {
            this.plan = plan;
            this.regionNames = regionNames;
            this.workers = workers;
            this.inFlight = inFlight;
            this.progress = progress;
            this.total = total;
        }

        /** A unit's rows read: its stored findings read, then scored on a worker. */
        void unit(List<EvaluationRow> rows) throws IOException {
            long start = System.nanoTime();
            EvaluationRow first = rows.get(0);
            Map<Long, List<FindingChange>> stored = storedFindings(first.unitId(), rows);
            RuleSet rules = plan.rules() != null
                    ? plan.rules()
                    : inForce.computeIfAbsent(first.regionId(), region -> ruleSets.inForce(region, plan.fiscalYear()));
            EvaluationRow unitRow = rows.stream()
                    .filter(r -> r.kind() == EvaluationKind.UNIT)
                    .findFirst()
                    .orElse(null);
            UnitFramework framework = unitRow == null ? null : scoring.frameworkOf(unitRow);
            database.add(System.nanoTime() - start);
            String region = regionNames.getOrDefault(first.regionId(), "");
            pending.add(workers.submit(() -> {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long cpuStart = threads.getCurrentThreadCpuTime();
                try {
                    return rechecked(rows, unitRow, stored, rules, framework, region);
                } finally {
                    cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
                }
            }));
            drain(inFlight);
        }

        /** Writes the finished units at the head until at most {@code left} are in flight. */
        void drain(int left) throws IOException {
            while (pending.size() > left) {
                RecheckedUnit unit;
                try {
                    unit = pending.removeFirst().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("re-check interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                long start = System.nanoTime();
                workbook.add(unit);
                json.add(unit);
                tally.add(unit);
                writing.add(System.nanoTime() - start);
                done += unit.evaluations().size();
                progress.at(done, total);
            }
        }

        private Map<Long, List<FindingChange>> storedFindings(long unitId, List<EvaluationRow> rows) {
            Map<Long, String> names = new HashMap<>();
            for (EvaluationRow row : rows) {
                names.put(row.id(), row.name());
            }
            Map<Long, List<FindingChange>> stored = new HashMap<>();
            jdbc.sql("SELECT f.evaluation_id, f.code, f.severity, f.finding_key FROM evaluation_finding f"
                            + " JOIN project_evaluation e ON e.id = f.evaluation_id"
                            + " WHERE e.unit_id = ? AND e.fiscal_year = ? ORDER BY f.evaluation_id")
                    .params(unitId, plan.fiscalYear())
                    .query(rs -> {
                        long id = rs.getLong(1);
                        String name = names.get(id);
                        if (name != null) {
                            stored.computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(FindingChange.stored(rs.getString(2), rs.getString(3), rs.getString(4), name));
                        }
                    });
            return stored;
        }
    }

    /** Reads the evaluations a unit at a time from one cursor. */
    private void read(RecheckPlan plan, List<Long> regions, Pass pass) throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL's driver uses a cursor (fetching FETCH_SIZE rows at a time) only inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    String.format(ROWS, marks(regions.size())),
                    ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setInt(1, plan.fiscalYear());
                for (int i = 0; i < regions.size(); i++) {
                    statement.setLong(i + 2, regions.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    List<EvaluationRow> unit = new ArrayList<>();
                    while (rs.next()) {
                        EvaluationRow row = row(rs, plan.fiscalYear());
                        if (!unit.isEmpty() && unit.get(0).unitId() != row.unitId()) {
                            pass.database.add(System.nanoTime() - start);
                            pass.unit(unit);
                            start = System.nanoTime();
                            unit = new ArrayList<>();
                        }
                        unit.add(row);
                        if (Thread.currentThread().isInterrupted()) {
                            throw new IllegalStateException("re-check interrupted");
                        }
                    }
                    pass.database.add(System.nanoTime() - start);
                    if (!unit.isEmpty()) {
                        pass.unit(unit);
                    }
                }
            } finally {
                connection.rollback(); // it only read
                connection.setAutoCommit(autoCommit);
            }
        }
    }

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
                    assessment.unit().total().value(),
                    // as stored (EvaluationStore.Scores): an incomplete whole-unit total is not graded
                    assessment.unit().complete() ? assessment.unit().grade().label() : UnitAssessment.INCOMPLETE,
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
                null);
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static Path part(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }
}
