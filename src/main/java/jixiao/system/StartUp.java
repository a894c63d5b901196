package jixiao.system;

import jixiao.evaluation.UnitFrameworks;
import jixiao.operations.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a node does at start before it serves: the default whole-unit framework where none is stored, then the first
 * start ({@link FirstStart}). Several nodes may start at once on a new database: the work runs in one transaction that
 * holds the lock of start_lock's row (V92), so a second node waits for the first and then finds everything there,
 * instead of storing a second active framework or a second administrator. It runs before the web server opens its
 * port (a lifecycle phase below the server's), so that no request meets a database whose first start is not committed
 * yet (the demo accounts, which sign in at once).
 */
@Component
class StartUp implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StartUp.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final UnitFrameworks frameworks;
    private final FirstStart firstStart;
    private final Environment environment;
    private volatile boolean done;

    StartUp(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            UnitFrameworks frameworks,
            FirstStart firstStart,
            Environment environment) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.frameworks = frameworks;
        this.firstStart = firstStart;
        this.environment = environment;
    }

    /** Before the web server, which starts in a phase just below {@link SmartLifecycle#DEFAULT_PHASE}. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public void stop() {
        // nothing to stop: the first start is done once
    }

    @Override
    public void start() {
        if (done) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT name FROM start_lock WHERE name = 'first-start' FOR UPDATE")
                    .query(String.class)
                    .single();
            if (frameworks.storeDefaultIfNone()) {
                LOG.info("The default whole-unit framework is stored as the active one");
            }
            try {
                firstStart.run(new DefaultApplicationArguments());
            } catch (java.io.IOException | jixiao.interchange.InterchangeException e) {
                throw new IllegalStateException("the first start failed: " + e.getMessage(), e);
            }
        });
        // the files H2 created at this start (the database of a new data folder, the lock file with the automatic
        // server's port) did not exist when DataFolderPermissions ran: without this, a new database was 0644
        DataFolder.ofH2(environment.getProperty("spring.datasource.url")).ifPresent(DataFolder::secure);
        done = true;
    }
}
