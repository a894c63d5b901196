package jixiao.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

/**
 * Backup and restore of the H2 database ({@code ./jixiao backup}, {@code ./jixiao restore}); PostgreSQL is backed up
 * with its own tools (docs/operations.md).
 *
 * <p>A backup is H2's {@code BACKUP TO}: online (the server keeps running; the command reaches its database through
 * H2's automatic server), consistent (it copies the store together with its transaction log), a zip holding the
 * database file. It is written into a private folder and moved into place, so it is never readable by others, not
 * even for a moment. A restore needs the server stopped: it keeps the current database file beside it and unpacks the
 * backup in its place.
 */
public final class DatabaseBackup {
    private DatabaseBackup() {}

    /** Why a backup or restore cannot be done, in Chinese for the command line. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Backs the database of {@code url} up into {@code target} (a zip, owner-only). */
    public static void backup(DataSource database, String url, Path target) throws Refused, IOException {
        if (DataFolder.ofH2(url).isEmpty()) {
            throw new Refused("数据库不是 H2 文件数据库（" + url + "）：PostgreSQL 请用 pg_dump 备份，见 docs/operations.md");
        }
        Path destination = target.toAbsolutePath();
        Path folder = destination.getParent();
        Files.createDirectories(folder);
        Path scratch = Files.createTempDirectory(folder, ".jixiao-backup-");
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwx------"));
            }
            Path written = scratch.resolve("backup.zip");
            try (Connection connection = database.getConnection();
                    PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, written.toString());
                backup.execute();
            } catch (SQLException e) {
                throw new Refused("备份失败：" + e.getMessage(), e);
            }
            if (written.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(written, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            try (var left = Files.list(scratch)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }

    /**
     * Restores {@code backup} over the database of {@code url}, which no server may have open; the current database
     * file is kept beside it as {@code <name>.mv.db.before-restore-<time>}. Returns that file (null where there was
     * none).
     */
    public static Path restore(String url, String user, String password, Path backup, LocalDateTime now)
            throws Refused, IOException {
        Path folder = DataFolder.ofH2(url)
                .orElseThrow(() ->
                        new Refused("数据库不是 H2 文件数据库（" + url + "）：PostgreSQL 请用 pg_restore 恢复，见 docs/operations.md"));
        String name = DataFolder.h2Name(url).orElseThrow();
        String entry = name + ".mv.db";
        if (!Files.isRegularFile(backup)) {
            throw new Refused("备份文件不存在或不可读：" + backup);
        }
        if (!contains(backup, entry)) {
            throw new Refused("文件 " + backup + " 不是本系统数据库（" + entry + "）的备份");
        }
        requireClosed(url, user, password);
        DataFolder.secure(folder);
        Path current = folder.resolve(entry);
        Path kept = null;
        if (Files.exists(current)) {
            kept = folder.resolve(
                    entry + ".before-restore-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(current, kept);
        }
        Path unpacked = folder.resolve(entry + ".restoring");
        Files.deleteIfExists(unpacked);
        DataFolder.createPrivateFile(unpacked);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    try (OutputStream out = Files.newOutputStream(unpacked)) {
                        zip.transferTo(out);
                    }
                }
            }
        }
        Files.move(unpacked, current, StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    private static boolean contains(Path backup, String entry) throws IOException {
        try (InputStream in = Files.newInputStream(backup);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return true;
                }
            }
            return false;
        } catch (java.util.zip.ZipException e) {
            return false;
        }
    }

    /** Opens the database alone (no automatic server): refused while a server has it open. */
    private static void requireClosed(String url, String user, String password) throws Refused {
        String alone = url.replaceAll("(?i);AUTO_SERVER=TRUE", "") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(alone, user, password)) {
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90146 || e.getMessage().contains("not found")) {
                return;
            }
            throw new Refused("数据库正在使用（" + e.getMessage().lines().findFirst().orElse("") + "）：请先停止服务再恢复", e);
        }
    }
}
