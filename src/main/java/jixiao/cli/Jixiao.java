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
import jixiao.report.ReportDocument;
import jixiao.report.docx.DocxReport;
import jixiao.report.pdf.PdfReport;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;

/**
 * The command line: {@code jixiao check FILE [--json] [--rules RULES.json]}, {@code jixiao report FILE --format
 * docx|pdf --out PATH} and {@code jixiao rules}. {@code check} exits with 0 when no finding is an error, 1 when one
 * is, 2 when the input cannot be read; {@code report} with 0 when the file was written, 2 otherwise.
 */
public final class Jixiao {
    static final int OK = 0;
    static final int ERRORS_FOUND = 1;
    static final int UNREADABLE = 2;

    private Jixiao() {}

    public static void main(String[] args) {
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
            case "report" -> report(tail(args), out, err);
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

    /**
     * {@code report FILE --format docx|pdf --out PATH [--rules RULES.json]}: the 自评报告 with the computed scores.
     * Exit status 0 when written (the findings are in the report), 2 when the input cannot be read, the format is
     * unknown or the file cannot be written.
     */
    private static int report(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        Path target = null;
        Path rulesFile = null;
        String format = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format") && i + 1 < args.size()) {
                format = args.get(++i);
            } else if (arg.equals("--out") && i + 1 < args.size()) {
                target = Path.of(args.get(++i));
            } else if (arg.equals("--rules") && i + 1 < args.size()) {
                rulesFile = Path.of(args.get(++i));
            } else if (arg.startsWith("--")) {
                err.println("未知选项“" + arg + "”（unknown option）");
                return UNREADABLE;
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                err.println("只能处理一个文件，多余的参数“" + arg + "”");
                return UNREADABLE;
            }
        }
        if (file == null || format == null || target == null) {
            err.println("用法：jixiao report FILE --format docx|pdf --out PATH");
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
            // one class per format; a format added later is one more case here
            switch (format) {
                case "docx" -> new DocxReport().write(ReportDocument.of(report, assessment), target);
                case "pdf" -> new PdfReport().write(ReportDocument.of(report, assessment), target);
                default -> {
                    err.println("不支持的格式“" + format + "”（unsupported format）；可用：docx、pdf");
                    return UNREADABLE;
                }
            }
            out.println("已生成 " + target + "（" + report.projects().size() + " 个项目）");
            return OK;
        } catch (InterchangeException e) {
            err.println("无法读取 " + file + "：" + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("无法写入 " + target + "：" + e.getMessage());
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
              jixiao report FILE --format docx|pdf --out PATH [--rules RULES.json]
                  生成自评报告（部门整体、项目支出自评报告及附件1自评表），得分按规则计算。
                  Writes the 自评报告 with the computed scores as Word or PDF.
                  退出码 exit status: 0 已生成 written, 2 无法读取或格式不支持 unreadable input or unknown format
              jixiao rules
                  输出默认规则集（JSON），可修改后用 --rules 载入。Prints the default rule set as JSON.
            """;
}
