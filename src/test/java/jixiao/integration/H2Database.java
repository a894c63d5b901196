package jixiao.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application's own H2 URL ({@code JIXIAO_DATA}) at a new directory under target/, so that each run
 * starts from an empty database and the first start (admin, demo data) happens.
 */
public final class H2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path directory;
        try {
            Path parent = Files.createDirectories(Path.of("target", "it-h2"));
            directory = Files.createTempDirectory(parent, "db-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestPropertyValues.of("JIXIAO_DATA=" + directory.toAbsolutePath()).applyTo(context);
    }
}
