package jixiao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folders the system makes for its own files are private with every parent it had to make (issue 13: the data
 * folder and what is in it readable by the owner only), also where no H2 database made the data folder private first.
 */
class DataFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderForTheSystemsFilesIsMadePrivateWithEveryMissingParent() throws IOException {
        Path outputs = dir.resolve("data").resolve("outputs");

        DataFolder.privateFolder(outputs);
        DataFolder.privateFolder(outputs);

        assertThat(permissions(dir.resolve("data"))).isEqualTo("rwx------");
        assertThat(permissions(outputs)).isEqualTo("rwx------");
    }

    @Test
    void anExistingFolderIsLeftAsItIs() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));

        DataFolder.privateFolder(dir);

        assertThat(permissions(dir)).isEqualTo("rwxr-x---");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
