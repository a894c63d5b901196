package jixiao.system;

import java.nio.file.Path;
import jixiao.operations.DataFolder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before the database is opened: the H2 database's folder is created private (0700), and it and the data folder (where
 * it exists) have their files made private (0600). Registered in {@code META-INF/spring.factories}, so that it runs before any bean.
 */
public class DataFolderPermissions implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DataFolder.ofH2(environment.getProperty("spring.datasource.url")).ifPresent(DataFolder::secure);
        String data = environment.getProperty("jixiao.data-folder");
        if (data != null && !data.isBlank() && java.nio.file.Files.isDirectory(Path.of(data))) {
            DataFolder.secure(Path.of(data));
        }
    }
}
