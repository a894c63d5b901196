package jixiao.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data folder (JIXIAO_DATA: the H2 database, first passwords) and the backups are readable by the system's own
 * user only: the folder 0700, its files 0600. Without it the H2 file was world-readable: every account's password
 * hash and every unit's data for any local user.
 */
public final class DataFolder {
    private DataFolder() {}

    /** Creates the folder (0700) where it does not exist; makes an existing one and its files private. */
    public static void secure(Path folder) {
        try {
            if (!posix()) {
                Files.createDirectories(folder);
                return;
            }
            if (!Files.exists(folder)) {
                Files.createDirectories(folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    if (Files.isRegularFile(file)) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot secure the data folder " + folder.toAbsolutePath(), e);
        }
    }

    /**
     * A folder for the system's own files (the region-wide outputs while they are built), created with each missing
     * parent readable by the owner only (0700): on PostgreSQL no database folder makes the data folder private at
     * start, and a folder created by default was world-readable (0755), its files with it.
     */
    public static Path privateFolder(Path folder) throws IOException {
        if (!posix()) {
            return Files.createDirectories(folder);
        }
        Path absolute = folder.toAbsolutePath();
        java.util.ArrayDeque<Path> missing = new java.util.ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(
                        p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another thread or node made it at the same moment
            }
            // the umask may have taken bits away, never added: set them as asked
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    /** A new empty file readable and writable by its owner only (created so, never readable by others a moment). */
    public static void createPrivateFile(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** The folder of an H2 file database URL ({@code jdbc:h2:file:./data/jixiao;MODE=…}); empty for any other. */
    public static Optional<Path> ofH2(String url) {
        String prefix = "jdbc:h2:file:";
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        String path = url.substring(prefix.length());
        int options = path.indexOf(';');
        if (options >= 0) {
            path = path.substring(0, options);
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    /** The database's name in its folder ({@code jixiao} for {@code ./data/jixiao}). */
    public static Optional<String> h2Name(String url) {
        return ofH2(url).map(folder -> {
            String path = url.substring("jdbc:h2:file:".length());
            int options = path.indexOf(';');
            return Path.of(options >= 0 ? path.substring(0, options) : path)
                    .getFileName()
                    .toString();
        });
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
