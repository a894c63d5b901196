package jixiao.integration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL server per JVM (zonky: real PostgreSQL binaries from Maven, no Docker), stopped by its own
 * shutdown hook; each Spring context gets a new, empty database on it.
 */
public final class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = newDatabase();
        TestPropertyValues.of(
                        "spring.datasource.url=" + jdbcUrl(database),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=",
                        // the zips of approved reports go under target/, as the H2 contexts' do with their database
                        "jixiao.output.directory=target/it-outputs/" + database)
                .applyTo(context);
    }

    /** A new, empty database on the server (started at the first call); its name. */
    public static String newDatabase() {
        String database = "jixiao_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return database;
    }

    /** The JDBC URL of a database of the server, user {@code postgres} without a password. */
    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
