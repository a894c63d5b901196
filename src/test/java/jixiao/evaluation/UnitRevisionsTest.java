package jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
