package jixiao.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How far each budget unit's evaluations have changed (budget_unit.revision), and the figures computed over a scope's
 * evaluations kept until that changes. Every write of an evaluation (its document, scores, list figures, findings,
 * explanations, state, 复核分) raises its unit's revision in the same transaction, just before the commit; a reader
 * reads the sum of its scope's revisions first and computes after, so that a figure is kept under a revision its data
 * is at least as new as, and a change committed by any application node on the same database is seen at the next
 * request (issue 18). The bureau's dashboard and lists over 100,000 projects (issue 14) answer from here while nothing
 * in the region changes.
 */
@Repository
public class UnitRevisions {

    /** Figures kept: every bureau's dashboard and the lists its users page through, a few kilobytes each. */
    static final int KEPT = 256;

    private final JdbcClient jdbc;

    private final Map<Object, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * Values kept per unit: a part of the figures above for each unit of the regions, so that after one unit changed
     * only its part is computed again (a dashboard over 1,000 units right after a save, issue 14).
     */
    static final int KEPT_PER_UNIT = 32_768;

    private final Map<UnitKey, Kept> keptPerUnit = new LinkedHashMap<>(KEPT_PER_UNIT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UnitKey, Kept> eldest) {
            return size() > KEPT_PER_UNIT;
        }
    };

    /** A value of one unit. */
    private record UnitKey(long unitId, Object what) {}

    /**
     * More units than this changed since their parts were computed: all of the scope's parts are computed again in one
     * pass over the scope (a query per changed unit would cost more), as on the first request after a start.
     */
    static final int FEW = 64;

    public UnitRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A value computed (or being computed) at a revision of its scope. */
    private record Kept(long revision, CompletableFuture<Object> value) {}

    /** A value and the scope it was computed over, as the key of what is kept. */
    private record Key(Scope scope, Object what) {}

    /**
     * The value of {@code what} over the scope's evaluations: the one kept if nothing of the scope changed since it
     * was computed, otherwise computed now and kept. Requests that ask for the same value at the same revision while
     * it is computed wait for that one computation instead of each running it (at 100,000 projects on H2 a dashboard
     * costs seconds of CPU). {@code what} must hold every input of the value besides the scope's evaluations (the
     * query, the rule set's bands, the day) and the value must not change afterwards.
     */
    @SuppressWarnings("unchecked")
    public <T> T of(Scope scope, Object what, Supplier<T> compute) {
        Key key = new Key(scope, what);
        long revision = revision(scope);
        CompletableFuture<Object> computing;
        boolean mine = false;
        synchronized (kept) {
            Kept found = kept.get(key);
            if (found != null && found.revision() == revision && found.value().isDone()) {
                return (T) found.value().join();
            }
            if (found != null && found.revision() == revision) {
                computing = found.value();
            } else {
                computing = new CompletableFuture<>();
                kept.put(key, new Kept(revision, computing));
                mine = true;
            }
        }
        if (mine) {
            try {
                computing.complete(compute.get());
            } catch (RuntimeException | Error e) {
                // not kept: the next request computes it again
                synchronized (kept) {
                    kept.remove(key, new Kept(revision, computing));
                }
                computing.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return (T) computing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Computes the parts of some units, or of every unit of the scope. */
    @FunctionalInterface
    public interface Parts<T> {
        /**
         * The parts of these units by unit id, or of every unit of the scope where {@code units} is null; a unit
         * without a part gets the empty one.
         */
        Map<Long, T> of(Set<Long> units);
    }

    /**
     * A part of {@code what} for each unit of the scope, by unit id: the part kept for a unit if the unit has not
     * changed since it was computed, otherwise computed now (for all the units that changed at once) and kept.
     * {@code what} must hold every input of a part besides the unit's evaluations; a part must not depend on other
     * units (the region's figures are the sum of their units' parts).
     */
    @SuppressWarnings("unchecked")
    public <T> Map<Long, T> ofEachUnit(Scope scope, Object what, T empty, Parts<T> compute) {
        Map<Long, Long> revisions = revisions(scope);
        Map<Long, T> parts = new HashMap<>(revisions.size() * 2);
        Set<Long> changed = new TreeSet<>();
        synchronized (keptPerUnit) {
            revisions.forEach((unit, revision) -> {
                Kept found = keptPerUnit.get(new UnitKey(unit, what));
                if (found != null && found.revision() == revision) {
                    parts.put(unit, (T) found.value().join());
                } else {
                    changed.add(unit);
                }
            });
        }
        if (changed.isEmpty()) {
            return parts;
        }
        Map<Long, T> computed = compute.of(changed.size() > FEW ? null : changed);
        synchronized (keptPerUnit) {
            for (long unit : changed) {
                T part = computed.getOrDefault(unit, empty);
                parts.put(unit, part);
                // kept under the revision read before computing: its data is at least as new
                keptPerUnit.put(
                        new UnitKey(unit, what),
                        new Kept(revisions.get(unit), CompletableFuture.completedFuture(part)));
            }
        }
        return parts;
    }

    /** Each unit's revision in the scope, by unit id. */
    public Map<Long, Long> revisions(Scope scope) {
        List<Object> params = new java.util.ArrayList<>();
        String where = scope.condition("u.id", "u.region_id", params);
        Map<Long, Long> revisions = new HashMap<>();
        jdbc.sql("SELECT u.id, u.revision FROM budget_unit u WHERE 1 = 1" + where)
                .params(params)
                .query((RowCallbackHandler) rs -> revisions.put(rs.getLong(1), rs.getLong(2)));
        return revisions;
    }

    /**
     * The scope's revision: the sum of its units' revisions, plus one per unit so that a new unit (revision 0)
     * changes it too (units are never deleted).
     */
    public long revision(Scope scope) {
        List<Object> params = new java.util.ArrayList<>();
        String where = scope.condition("u.id", "u.region_id", params);
        return jdbc.sql("SELECT COALESCE(SUM(u.revision + 1), 0) FROM budget_unit u WHERE 1 = 1" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The evaluation's unit changes in the current transaction (its revision is raised before the commit). */
    public void changed(long evaluationId) {
        jdbc.sql("SELECT unit_id FROM project_evaluation WHERE id = ?")
                .param(evaluationId)
                .query(Long.class)
                .optional()
                .ifPresent(this::unitChanged);
    }

    /** The unit's evaluations change in the current transaction. */
    void unitChanged(long unitId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            raise(Set.of(unitId));
            return;
        }
        for (TransactionSynchronization each : TransactionSynchronizationManager.getSynchronizations()) {
            if (each instanceof Raise raise) {
                raise.units.add(unitId);
                return;
            }
        }
        Raise raise = new Raise();
        raise.units.add(unitId);
        TransactionSynchronizationManager.registerSynchronization(raise);
    }

    /**
     * The units a transaction changed, raised at its end in the order of their ids: two transactions that change
     * the same units lock their rows in the same order and cannot deadlock on them.
     */
    private final class Raise implements TransactionSynchronization {

        final Set<Long> units = new TreeSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            raise(units);
        }
    }

    private void raise(Set<Long> units) {
        for (long unit : units) {
            jdbc.sql("UPDATE budget_unit SET revision = revision + 1 WHERE id = ?")
                    .param(unit)
                    .update();
        }
    }
}
