package jixiao.system;

import jixiao.evaluation.UnitFrameworks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a node does at start before it serves: the default whole-unit framework where none is stored, then the first
 * start ({@link FirstStart}). Several nodes may start at once on a new database: the work runs in one transaction that
 * holds the lock of start_lock's row (V92), so a second node waits for the first and then finds everything there,
 * instead of storing a second active framework or a second administrator.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StartUp.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final UnitFrameworks frameworks;
    private final FirstStart firstStart;

    StartUp(JdbcClient jdbc, TransactionTemplate transaction, UnitFrameworks frameworks, FirstStart firstStart) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.frameworks = frameworks;
        this.firstStart = firstStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT name FROM start_lock WHERE name = 'first-start' FOR UPDATE")
                    .query(String.class)
                    .single();
            if (frameworks.storeDefaultIfNone()) {
                LOG.info("The default whole-unit framework is stored as the active one");
            }
            try {
                firstStart.run(args);
            } catch (java.io.IOException | jixiao.interchange.InterchangeException e) {
                throw new IllegalStateException("the first start failed: " + e.getMessage(), e);
            }
        });
    }
}
