package jixiao.system;

import java.util.Map;
import java.util.function.Function;
import jixiao.audit.AuditChain;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The configured database for the command line ({@code ./jixiao audit verify}, {@code backup}, {@code restore}): the
 * same settings as {@code ./jixiao serve} (application.properties, JIXIAO_* variables, {@code --spring.…=} arguments),
 * with nothing of the web application and without migrating the database (a check must not change what it checks).
 */
public final class CommandLineDatabase {
    private CommandLineDatabase() {}

    /** The database's beans: the DataSource, a JdbcClient, transactions, and the audit chain. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class,
        TransactionAutoConfiguration.class
    })
    @Import(AuditChain.class)
    static class Beans {}

    /** Runs {@code work} with a context over the configured database, closed afterwards. */
    public static <T> T with(String[] settings, Function<ConfigurableApplicationContext, T> work) {
        SpringApplication application = new SpringApplication(Beans.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        application.setDefaultProperties(Map.of(
                "spring.flyway.enabled", "false",
                "logging.config", "classpath:jixiao-cli-logback.xml",
                "spring.datasource.hikari.maximum-pool-size", "2"));
        try (ConfigurableApplicationContext context = application.run(settings)) {
            return work.apply(context);
        }
    }
}
