package jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What UnitRevisions keeps, over a real (in-memory) H2 table of units: a value is computed again only when a unit of
 * its scope changed, once for all the requests that ask for it meanwhile, and not kept when computing it failed; a
 * transaction raises each unit it changed once, at its commit.
 */
class UnitRevisionsTest {

    private JdbcClient jdbc;
    private UnitRevisions revisions;
    private TransactionTemplate transaction;

    @BeforeEach
    void units() {
        SingleConnectionDataSource data = new SingleConnectionDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", true);
        jdbc = JdbcClient.create(data);
        jdbc.sql(
                        "CREATE TABLE budget_unit (id BIGINT PRIMARY KEY, region_id BIGINT, revision BIGINT DEFAULT 0 NOT NULL)")
                .update();
        jdbc.sql("CREATE TABLE project_evaluation (id BIGINT PRIMARY KEY, unit_id BIGINT)")
                .update();
        jdbc.sql("INSERT INTO budget_unit (id, region_id) VALUES (1, 10), (2, 10), (3, 20)")
                .update();
        jdbc.sql("INSERT INTO project_evaluation (id, unit_id) VALUES (100, 1), (200, 2), (300, 3)")
                .update();
        revisions = new UnitRevisions(jdbc);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
    }

    @Test
    void aValueIsComputedAgainOnlyWhenAUnitOfItsScopeChanged() {
        Scope region = Scope.regions(List.of(10L));
        AtomicInteger computed = new AtomicInteger();

        assertThat(revisions.of(region, "figures", computed::incrementAndGet)).isEqualTo(1);
        assertThat(revisions.of(region, "figures", computed::incrementAndGet)).isEqualTo(1);
        assertThat(revisions.of(region, "other figures", computed::incrementAndGet))
                .isEqualTo(2);

        // a unit of another region
        transaction.executeWithoutResult(status -> revisions.changed(300));
        assertThat(revisions.of(region, "figures", computed::incrementAndGet)).isEqualTo(1);

        transaction.executeWithoutResult(status -> revisions.changed(200));
        assertThat(revisions.of(region, "figures", computed::incrementAndGet)).isEqualTo(3);

        // a new unit of the region (revision 0) changes the region too
        jdbc.sql("INSERT INTO budget_unit (id, region_id) VALUES (4, 10)").update();
        assertThat(revisions.of(region, "figures", computed::incrementAndGet)).isEqualTo(4);
    }

    @Test
    void aTransactionRaisesEachUnitItChangedOnceAtItsCommit() {
        transaction.executeWithoutResult(status -> {
            revisions.changed(200);
            revisions.changed(100);
            revisions.changed(200);
            assertThat(revisionsOfUnits()).as("not before the commit").containsExactly(0L, 0L, 0L);
        });
        assertThat(revisionsOfUnits()).containsExactly(1L, 1L, 0L);

        transaction.executeWithoutResult(status -> {
            revisions.changed(300);
            status.setRollbackOnly();
        });
        assertThat(revisionsOfUnits()).containsExactly(1L, 1L, 0L);
    }

    @Test
    void requestsAskingForAValueBeingComputedWaitForThatComputation() throws Exception {
        Scope region = Scope.regions(List.of(10L));
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Object> first = new AtomicReference<>();
        Thread slow = new Thread(() -> first.set(revisions.of(region, "figures", () -> {
            computing.countDown();
            await(release);
            return "figures " + computed.incrementAndGet();
        })));
        slow.start();
        computing.await();

        AtomicReference<Object> second = new AtomicReference<>();
        Thread waiting = new Thread(() -> second.set(revisions.of(region, "figures", () -> {
            return "figures " + computed.incrementAndGet();
        })));
        waiting.start();
        // parked on the computation of the first (its revision read before)
        while (waiting.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        release.countDown();
        slow.join();
        waiting.join();

        assertThat(computed).hasValue(1);
        assertThat(first.get()).isEqualTo("figures 1");
        assertThat(second.get()).isEqualTo("figures 1");
    }

    @Test
    void aValueWhoseComputationFailedIsNotKept() {
        Scope region = Scope.regions(List.of(10L));
        assertThatThrownBy(() -> revisions.of(region, "figures", () -> {
                    throw new IllegalStateException("database gone");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database gone");

        assertThat(revisions.of(region, "figures", () -> "figures")).isEqualTo("figures");
    }

    @Test
    void aUnitsPartIsComputedAgainOnlyWhenThatUnitChanged() {
        Scope region = Scope.regions(List.of(10L));
        List<Set<Long>> asked = new ArrayList<>();
        AtomicInteger computed = new AtomicInteger();
        UnitRevisions.Parts<String> parts = units -> {
            asked.add(units);
            Map<Long, String> of = new HashMap<>();
            for (long unit : units == null ? Set.of(1L, 2L) : units) {
                // unit 2 has nothing the parts count
                if (unit != 2) {
                    of.put(unit, "unit " + unit + " #" + computed.incrementAndGet());
                }
            }
            return of;
        };

        assertThat(revisions.ofEachUnit(region, "figures", "none", parts))
                .containsOnly(entry(1L, "unit 1 #1"), entry(2L, "none"));
        assertThat(asked).as("the first time, few units: those asked for").containsExactly(Set.of(1L, 2L));

        assertThat(revisions.ofEachUnit(region, "figures", "none", parts))
                .containsOnly(entry(1L, "unit 1 #1"), entry(2L, "none"));
        assertThat(asked).as("nothing changed: nothing computed").hasSize(1);

        transaction.executeWithoutResult(status -> revisions.changed(100));
        assertThat(revisions.ofEachUnit(region, "figures", "none", parts))
                .containsOnly(entry(1L, "unit 1 #2"), entry(2L, "none"));
        assertThat(asked.get(1)).as("only the unit that changed").containsExactly(1L);

        // a unit of another region changes nothing here; another value is computed on its own
        transaction.executeWithoutResult(status -> revisions.changed(300));
        assertThat(revisions.ofEachUnit(region, "figures", "none", parts)).containsEntry(1L, "unit 1 #2");
        assertThat(revisions.ofEachUnit(region, "other figures", "none", parts)).containsEntry(1L, "unit 1 #3");
    }

    @Test
    void whenManyUnitsChangedEveryPartIsComputedInOnePass() {
        StringBuilder many = new StringBuilder("INSERT INTO budget_unit (id, region_id) VALUES (1000, 30)");
        for (int unit = 1001; unit <= 1000 + UnitRevisions.FEW; unit++) {
            many.append(", (").append(unit).append(", 30)");
        }
        jdbc.sql(many.toString()).update();
        List<Set<Long>> asked = new ArrayList<>();
        UnitRevisions.Parts<Long> parts = units -> {
            asked.add(units);
            Map<Long, Long> of = new HashMap<>();
            for (long unit = 1000; unit <= 1000 + UnitRevisions.FEW; unit++) {
                of.put(unit, unit);
            }
            return of;
        };

        Map<Long, Long> all = revisions.ofEachUnit(Scope.regions(List.of(30L)), "figures", 0L, parts);

        assertThat(all).hasSize(UnitRevisions.FEW + 1).containsEntry(1000L, 1000L);
        assertThat(asked).as("every unit of the scope in one pass").containsExactly((Set<Long>) null);
    }

    private List<Long> revisionsOfUnits() {
        return jdbc.sql("SELECT revision FROM budget_unit ORDER BY id")
                .query(Long.class)
                .list();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
