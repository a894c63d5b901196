package jixiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jixiao.audit.AuditChain;
import jixiao.operations.DatabaseBackup;
import jixiao.system.CommandLineDatabase;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;

/**
 * The commands on the configured database: {@code audit verify}, {@code backup}, {@code restore}. Arguments of the
 * form {@code --name=value} are settings, as for {@code serve}.
 */
final class DatabaseCommands {
    private DatabaseCommands() {}

    static int audit(List<String> args, PrintStream out, PrintStream err) {
        List<String> settings = settings(args);
        List<String> rest = rest(args);
        if (rest.isEmpty() || !rest.get(0).equals("verify")) {
            err.println("用法：jixiao audit verify [--head N:HASH]");
            return Jixiao.UNREADABLE;
        }
        String head = null;
        for (int i = 1; i < rest.size(); i++) {
            if (rest.get(i).equals("--head") && i + 1 < rest.size()) {
                head = rest.get(++i);
            } else {
                err.println("未知选项“" + rest.get(i) + "”（unknown option）");
                return Jixiao.UNREADABLE;
            }
        }
        String noted = head;
        try {
            return CommandLineDatabase.with(settings.toArray(String[]::new), context -> {
                AuditChain chain = context.getBean(AuditChain.class);
                AuditChain.Verification verification = chain.verify();
                for (AuditChain.Break broken : verification.breaks()) {
                    out.println(broken.problem());
                }
                boolean headKept = true;
                if (noted != null) {
                    String[] parts = noted.split(":", 2);
                    headKept = parts.length == 2
                            && parts[0].matches("\\d+")
                            && chain.contains(Long.parseLong(parts[0]), parts[1]);
                    if (!headKept) {
                        out.println("此前记下的链头 " + noted + " 已不在审计日志中：其后的条目被改写");
                    }
                }
                if (verification.intact() && headKept) {
                    out.println("审计日志完整：" + verification.entries() + " 条，链头序号 "
                            + verification.head().seq() + "，散列值 "
                            + verification.head().hash());
                    return Jixiao.OK;
                }
                out.println("审计日志被改动：" + verification.entries() + " 条中发现 "
                        + verification.breaks().size() + " 处断裂");
                return Jixiao.ERRORS_FOUND;
            });
        } catch (DataAccessException e) {
            err.println("无法读取数据库的审计日志（" + firstLine(e) + "）：请检查数据库设置，或先运行一次 jixiao serve 完成升级");
            return Jixiao.UNREADABLE;
        }
    }

    static int backup(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = rest(args);
        if (rest.size() != 2 || !rest.get(0).equals("--out")) {
            err.println("用法：jixiao backup --out FILE");
            return Jixiao.UNREADABLE;
        }
        Path target = Path.of(rest.get(1));
        try {
            return CommandLineDatabase.with(settings(args).toArray(String[]::new), context -> {
                String url = context.getEnvironment().getProperty("spring.datasource.url");
                try {
                    DatabaseBackup.backup(context.getBean(DataSource.class), url, target);
                    out.println("已备份到 " + target.toAbsolutePath() + "（仅本用户可读）");
                    return Jixiao.OK;
                } catch (DatabaseBackup.Refused | IOException e) {
                    err.println("备份失败：" + e.getMessage());
                    return Jixiao.UNREADABLE;
                }
            });
        } catch (DataAccessException e) {
            err.println("无法连接数据库（" + firstLine(e) + "）");
            return Jixiao.UNREADABLE;
        }
    }

    static int restore(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = rest(args);
        if (rest.size() != 1) {
            err.println("用法：jixiao restore FILE（须先停止服务）");
            return Jixiao.UNREADABLE;
        }
        Path backup = Path.of(rest.get(0));
        return CommandLineDatabase.with(settings(args).toArray(String[]::new), context -> {
            Environment settings = context.getEnvironment();
            try {
                Path kept = DatabaseBackup.restore(
                        settings.getProperty("spring.datasource.url"),
                        settings.getProperty("spring.datasource.username"),
                        settings.getProperty("spring.datasource.password", ""),
                        backup,
                        LocalDateTime.now());
                out.println("已从 " + backup + " 恢复数据库" + (kept == null ? "" : "；原数据库文件保留为 " + kept));
                return Jixiao.OK;
            } catch (DatabaseBackup.Refused | IOException e) {
                err.println("恢复失败：" + e.getMessage());
                return Jixiao.UNREADABLE;
            }
        });
    }

    /** The {@code --name=value} arguments: settings for the configured database. */
    private static List<String> settings(List<String> args) {
        List<String> settings = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                settings.add(arg);
            }
        }
        return settings;
    }

    private static List<String> rest(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (!(arg.startsWith("--") && arg.contains("="))) {
                rest.add(arg);
            }
        }
        return rest;
    }

    /** The first line of the database's own message, for a one-line error. */
    static String firstLine(DataAccessException e) {
        Throwable cause = e.getMostSpecificCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
