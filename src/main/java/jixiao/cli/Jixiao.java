package jixiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.RuleSetFile;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The command line: {@code jixiao check FILE [--json] [--rules RULES.json]} and {@code jixiao rules}. Exit status
 * 0 when no finding is an error, 1 when one is, 2 when the input cannot be read.
 */
public final class Jixiao {
    static final int OK = 0;
    static final int ERRORS_FOUND = 1;
    static final int UNREADABLE = 2;

    private Jixiao() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // the web application keeps running; no exit status here
            jixiao.system.JixiaoApplication.main(tail(args).toArray(String[]::new));
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? UNREADABLE : OK;
        }
        return switch (args[0]) {
            case "check" -> check(tail(args), out, err);
            case "rules" -> {
                out.print(new RuleSetFile().write(RuleSet.defaults()));
                yield OK;
            }
            default -> {
                err.println("未知命令“" + args[0] + "”（unknown command）");
                err.print(USAGE);
                yield UNREADABLE;
            }
        };
    }

    private static int check(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        Path file = null;
        Path rulesFile = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--rules") && i + 1 < args.size()) {
                rulesFile = Path.of(args.get(++i));
            } else if (arg.startsWith("--")) {
                err.println("未知选项“" + arg + "”（unknown option）");
                return UNREADABLE;
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                err.println("只能检查一个文件，多余的参数“" + arg + "”");
                return UNREADABLE;
            }
        }
        if (file == null) {
            err.println("请指定要检查的文件：jixiao check FILE [--json]");
            return UNREADABLE;
        }
        if (!Files.isRegularFile(file)) {
            err.println("文件不存在或不可读：" + file);
            return UNREADABLE;
        }
        try {
            RuleSet rules = rulesFile == null ? RuleSet.defaults() : new RuleSetFile().read(rulesFile);
            SelfEvaluationReport report = new InterchangeReader().read(file);
            ReportAssessment assessment = new SelfEvaluationChecker(rules).assess(report);
            if (json) {
                JsonReport.write(assessment, out);
            } else {
                TextReport.print(assessment, out);
            }
            return assessment.hasErrors() ? ERRORS_FOUND : OK;
        } catch (InterchangeException e) {
            err.println("无法读取 " + file + "：" + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("无法读取 " + file + "：" + e.getMessage());
            return UNREADABLE;
        }
    }

    private static List<String> tail(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            rest.add(args[i]);
        }
        return rest;
    }

    private static final String USAGE =
            """
            jixiao 预算绩效自评系统 (budget performance self-evaluation)

            用法 / usage:
              jixiao check FILE [--json] [--rules RULES.json]
                  按规则重新计算 FILE（self-evaluation/1 格式）中每张自评表的得分并列出发现的问题。
                  Scores every 自评表 in FILE and lists every finding.
                  退出码 exit status: 0 无错误 no error findings, 1 有错误 error findings, 2 无法读取 unreadable input
              jixiao rules
                  输出默认规则集（JSON），可修改后用 --rules 载入。Prints the default rule set as JSON.
              jixiao serve [--server.port=8080]
                  启动网页系统（默认 H2 数据库，数据在 ./data）。Starts the web application.
            """;
}
