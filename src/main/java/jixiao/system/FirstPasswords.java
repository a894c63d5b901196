package jixiao.system;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import jixiao.operations.DataFolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How generated first passwords reach the operator without ever entering a log: on the terminal when the server runs
 * in one (shown once), otherwise in {@value #FILE} in the data folder, readable by the owner only (0600), to be read
 * and deleted. Standard output is not a terminal under systemd, Docker or {@code nohup}: it ends in a log.
 */
@Component
public class FirstPasswords {

    static final String FILE = "initial-passwords.txt";

    /** One generated password and whose it is. */
    public record Line(String accounts, String role, String password) {}

    private final Path folder;

    public FirstPasswords(@Value("${jixiao.data-folder:./data}") String folder) {
        this.folder = Path.of(folder);
    }

    /** Tells what was created, and hands the generated passwords over. */
    public void handOver(List<String> created, List<Line> generated) throws IOException {
        StringBuilder notice =
                new StringBuilder("\n==== 首次启动 first start ====\n已创建：" + String.join("；", created) + "\n");
        if (generated.isEmpty()) {
            notice.append("密码取自设置（JIXIAO_*_PASSWORD）\n");
        } else if (interactive()) {
            Console console = System.console();
            PrintWriter terminal = console.writer();
            terminal.println("\n以下初始密码只显示这一次，首次登录后必须修改 (shown once; change at first sign-in):");
            for (Line line : generated) {
                terminal.println("  " + line.role() + " " + line.accounts() + "：" + line.password());
            }
            terminal.flush();
            notice.append("初始密码已显示在终端上，不写入日志\n");
        } else {
            Path file = write(generated);
            notice.append("初始密码已写入 ")
                    .append(file.toAbsolutePath())
                    .append("（仅本系统的运行用户可读），首次登录后必须修改；读取后请删除该文件\n")
                    .append("initial passwords written to that file (owner-only); change them at first sign-in\n");
        }
        notice.append("=============================\n");
        System.out.println(notice);
    }

    private Path write(List<Line> generated) throws IOException {
        DataFolder.secure(folder);
        Path file = folder.resolve(FILE);
        Files.deleteIfExists(file);
        DataFolder.createPrivateFile(file);
        StringBuilder text = new StringBuilder("# jixiao 初始密码（首次登录后必须修改；读取后请删除本文件）\n");
        for (Line line : generated) {
            text.append(line.role())
                    .append(' ')
                    .append(line.accounts())
                    .append(": ")
                    .append(line.password())
                    .append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    /**
     * True when standard input and output are a terminal. Java 22 made {@link System#console()} return a console
     * even when they are not, and added {@code isTerminal()} to tell.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
