package jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.interchange.RuleSetFile;
import jixiao.interchange.UnitFrameworkFile;
import jixiao.report.DocumentFormat;
import jixiao.report.Edition;
import jixiao.report.Recheck;
import jixiao.report.ReviewOpinion;
import jixiao.report.xlsx.SelfEvaluationWorkbookReader;
import jixiao.report.xlsx.WorkbookImportException;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportAssessment;
import jixiao.scoring.RuleSet;
import jixiao.scoring.SelfEvaluationChecker;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFramework;

/**
 * The command line: {@code jixiao check FILE [--json] [--rules RULES.json]}, {@code jixiao report FILE --format F --out
 * PATH [--rules RULES.json]}, {@code jixiao checks [--json]} and {@code jixiao rules}. FILE is a {@code self-evaluation/1} document or an .xlsx
 * workbook of 自评表. Exit status of check: 0 when no finding is an error, 1 when one is; of report: 0 when written;
 * 2 for both when the input cannot be read (or the output not written).
 */
public final class Jixiao {
    static final int OK = 0;
    static final int ERRORS_FOUND = 1;
    static final int UNREADABLE = 2;
    /** An error of the program itself (a bug): one line on standard error, the stack trace with {@code --debug}. */
    static final int INTERNAL_ERROR = 3;

    /** Formats that {@code jixiao report} will write but does not yet. */
    private Jixiao() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // the web application keeps running; no exit status here
            jixiao.system.JixiaoApplication.main(tail(args).toArray(String[]::new));
            return;
        }
        CliLogging.configure();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs a command; whatever it throws is an internal error (exit 3), told in one line, or with its stack trace
     * where {@code --debug} is among the arguments. Library messages (POI, PDFBox) never reach the user otherwise.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] command = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        return guarded(() -> command(command, out, err), debug, err);
    }

    /** Runs a command, answering whatever it throws as an internal error (exit 3). */
    static int guarded(java.util.function.IntSupplier command, boolean debug, PrintStream err) {
        try {
            return command.getAsInt();
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            if (debug) {
                e.printStackTrace(err);
            } else {
                String message = e.getMessage() == null
                        ? ""
                        : "：" + e.getMessage().lines().findFirst().orElse("");
                err.println("内部错误（internal error）" + e.getClass().getSimpleName() + message
                        + "；加 --debug 可显示详情（run with --debug for details）");
            }
            return INTERNAL_ERROR;
        }
    }

    private static int command(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? UNREADABLE : OK;
        }
        return switch (args[0]) {
            case "check" -> check(tail(args), out, err);
            case "report" -> report(tail(args), out, err);
            case "audit" -> DatabaseCommands.audit(tail(args), out, err);
            case "backup" -> DatabaseCommands.backup(tail(args), out, err);
            case "recheck" -> RecheckCommand.run(tail(args), out, err);
            case "restore" -> DatabaseCommands.restore(tail(args), out, err);
            case "checks" -> CheckList.run(tail(args), out, err);
            case "rules" -> {
                out.print(new RuleSetFile().write(RuleSet.defaults()));
                yield OK;
            }
            case "framework" -> {
                out.print(new UnitFrameworkFile().write(UnitFramework.defaults()));
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
        Language language = Language.ZH;
        Path file = null;
        Path rulesFile = null;
        Path frameworkFile = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--lang") && i + 1 < args.size()) {
                language = Language.named(args.get(++i));
                if (language == null) {
                    err.println("--lang 只能是 zh 或 en，实际为“" + args.get(i) + "”（--lang is zh or en）");
                    return UNREADABLE;
                }
            } else if (arg.equals("--rules") && i + 1 < args.size()) {
                rulesFile = Path.of(args.get(++i));
            } else if (arg.equals("--framework") && i + 1 < args.size()) {
                frameworkFile = Path.of(args.get(++i));
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
        SelfEvaluationChecker checker = checker(rulesFile, frameworkFile, err);
        if (checker == null) {
            return UNREADABLE;
        }
        try {
            SelfEvaluationReport report = readReport(file);
            ReportAssessment assessment = checker.assess(report);
            if (json) {
                JsonReport.write(assessment, out, language);
            } else {
                TextReport.print(assessment, out, language);
            }
            return assessment.hasErrors() ? ERRORS_FOUND : OK;
        } catch (InterchangeException | WorkbookImportException e) {
            err.println("无法读取 " + file + "：" + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("无法读取 " + file + "：" + e.getMessage());
            return UNREADABLE;
        }
    }

    /**
     * The document of a kind in a format: the 自评报告 in any format, the 审核意见书 as Word or PDF (without bureau data:
     * the command line has none). Dated today; every error finding counts as unresolved. Null where the kind is not
     * written in that format.
     */
    private static ReportRenderer renderer(String kind, DocumentFormat format) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (kind.equals("report")) {
            return (report, assessment, out) -> format.write(report, assessment, Edition.of(assessment, today), out);
        }
        if (kind.equals("review") && DocumentFormat.DOCUMENTS.contains(format)) {
            return (report, assessment, out) ->
                    format.write(ReviewOpinion.of(report, assessment, Recheck.NONE, Map.of(), today), out);
        }
        return null;
    }

    private static int report(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        Path target = null;
        String format = null;
        String kind = "report";
        Path rulesFile = null;
        Path frameworkFile = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--format") && hasValue) {
                format = args.get(++i).toLowerCase(Locale.ROOT);
            } else if (arg.equals("--kind") && hasValue) {
                kind = args.get(++i).toLowerCase(Locale.ROOT);
            } else if (arg.equals("--out") && hasValue) {
                target = Path.of(args.get(++i));
            } else if (arg.equals("--rules") && hasValue) {
                rulesFile = Path.of(args.get(++i));
            } else if (arg.equals("--framework") && hasValue) {
                frameworkFile = Path.of(args.get(++i));
            } else if (arg.startsWith("--")) {
                err.println("未知选项或缺少取值“" + arg + "”（unknown option or missing value）");
                return UNREADABLE;
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                err.println("只能处理一个文件，多余的参数“" + arg + "”");
                return UNREADABLE;
            }
        }
        if (format == null && kind.equals("review")) {
            format = "pdf";
        }
        if (file == null || format == null || target == null) {
            err.println(
                    "用法：jixiao report FILE --format xlsx|docx|pdf --out PATH [--kind report|review] [--rules RULES.json]");
            return UNREADABLE;
        }
        if (!kind.equals("report") && !kind.equals("review")) {
            err.println("未知文档种类“" + kind + "”，支持：report（自评报告）、review（审核意见书）（unknown kind）");
            return UNREADABLE;
        }
        DocumentFormat documentFormat = DocumentFormat.named(format).orElse(null);
        ReportRenderer renderer = documentFormat == null ? null : renderer(kind, documentFormat);
        if (renderer == null) {
            err.println("未知格式“" + format + "”，" + (kind.equals("review") ? "审核意见书支持：docx、pdf" : "支持：xlsx、docx、pdf")
                    + "（unknown format）");
            return UNREADABLE;
        }
        if (!Files.isRegularFile(file)) {
            err.println("文件不存在或不可读：" + file);
            return UNREADABLE;
        }
        SelfEvaluationChecker checker = checker(rulesFile, frameworkFile, err);
        if (checker == null) {
            return UNREADABLE;
        }
        ReportAssessment assessment;
        SelfEvaluationReport report;
        try {
            report = readReport(file);
            assessment = checker.assess(report);
        } catch (InterchangeException | WorkbookImportException | IOException e) {
            err.println("无法读取 " + file + "：" + e.getMessage());
            return UNREADABLE;
        }
        try {
            writeAtomically(target, stream -> renderer.render(report, assessment, stream));
        } catch (IOException e) {
            err.println("无法写入 " + target + "：" + e.getMessage());
            return UNREADABLE;
        }
        List<Finding> findings = assessment.findings();
        long errors = findings.stream().filter(Finding::isError).count();
        out.println("已生成 " + (kind.equals("review") ? "审核意见书 " : "") + target + "（"
                + report.projects().size() + " 个项目，发现问题 " + findings.size() + " 条，其中错误 " + errors + " 条）");
        return OK;
    }

    /** The rule set and the whole-unit framework, the defaults or from files; null (with the reason on err) if unreadable. */
    private static SelfEvaluationChecker checker(Path rulesFile, Path frameworkFile, PrintStream err) {
        Path reading = rulesFile;
        try {
            RuleSet rules = rulesFile == null ? RuleSet.defaults() : new RuleSetFile().read(rulesFile);
            reading = frameworkFile;
            UnitFramework framework =
                    frameworkFile == null ? UnitFramework.defaults() : new UnitFrameworkFile().read(frameworkFile);
            return new SelfEvaluationChecker(rules, framework);
        } catch (InterchangeException e) {
            err.println("无法读取 " + reading + "：" + e.getMessage());
            return null;
        }
    }

    /** A self-evaluation/1 document, or a workbook of 自评表 (told apart by content: an .xlsx is a zip file). */
    private static SelfEvaluationReport readReport(Path file)
            throws IOException, InterchangeException, WorkbookImportException {
        if (isWorkbook(file)) {
            return new SelfEvaluationWorkbookReader().read(file);
        }
        return new InterchangeReader().read(file);
    }

    private static boolean isWorkbook(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SelfEvaluationWorkbookReader.isWorkbook(in.readNBytes(4));
        }
    }

    private interface Rendering {
        void to(OutputStream out) throws IOException;
    }

    /** Writes next to the target and moves it into place, so that a failed run leaves no half-written file. */
    private static void writeAtomically(Path target, Rendering rendering) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(dir, ".jixiao-", ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                rendering.to(stream);
            }
            readableByOthers(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A temporary file is created private (0600); a report is a document to hand on, readable like any other. */
    private static void readableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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
              jixiao check FILE [--json] [--lang zh|en] [--rules RULES.json] [--framework FRAMEWORK.json]
                  按规则重新计算 FILE（self-evaluation/1 格式，或 .xlsx 自评表工作簿）中每张自评表的得分并列出发现的问题。
                  Scores every 自评表 in FILE (self-evaluation/1 JSON or an .xlsx workbook) and lists every finding;
                  --lang en: in English (the findings and the arithmetic too).
                  退出码 exit status: 0 无错误 no error findings, 1 有错误 error findings, 2 无法读取 unreadable input
              jixiao report FILE --format xlsx|docx|pdf --out PATH [--rules RULES.json] [--framework FRAMEWORK.json]
                  生成自评报告文档：xlsx 含汇总表、每个项目的自评表（表内为单位填报得分，表外另列计算得分与计算说明）和问题清单；
                  docx / pdf 为单位的自评报告（封面、目录、单位自己的文字说明、落款和附件1自评表；有未更正的错误时每页标“草稿”）。
                  Writes the unit's report as a document (xlsx, docx, pdf).
              jixiao report FILE --kind review [--format docx|pdf] --out PATH [--rules RULES.json] [--framework FRAMEWORK.json]
                  生成审核意见书（默认 pdf）：自评分与计算分对照、按问题类别列出的问题和整改要求、审核意见。
                  Writes the review opinion (审核意见书) as Word or PDF.
                  退出码 exit status: 0 已生成 written, 2 无法读取输入或写入输出 unreadable input or unwritable output
              jixiao audit verify [--head N:HASH]
                  校验所配置数据库中的审计日志散列链（服务运行时也可）；--head 另查此前记下的链头（序号:散列值）仍在链中。
                  Verifies the audit trail's hash chain in the configured database (also while the server runs).
                  退出码 exit status: 0 完整 intact, 1 被改动（列出条目和问题）tampered (each break listed),
                  2 无法读取数据库 database unreadable
              jixiao backup --out FILE
                  在线备份 H2 数据库（服务不必停止；文件仅本用户可读）。PostgreSQL 请用 pg_dump（docs/operations.md）。
                  Online, consistent backup of the H2 database (owner-only file). 退出码 0 成功 done, 2 失败 failed
              jixiao restore FILE
                  用备份恢复 H2 数据库（须先停止服务；原数据库文件保留为 *.before-restore-时间）。
                  Restores the H2 database from a backup (server stopped). 退出码 0 成功 done, 2 失败 failed
              jixiao recheck [--db JDBC-URL] --region 地区 --year 年度 [--rules RULES.json] [--out 目录]
                  用另一规则集（或各地区现行规则）重算数据库中该地区（含下级）该年度的全部评价，把得分、等级和问题的变化
                  写成 xlsx 和 JSON（recheck/1）；数据库不作任何改动。用户和密码：--db-user/--db-password 或
                  JIXIAO_DB_USER/JIXIAO_DB_PASSWORD。Re-scores a region's stored evaluations of a year, writes what
                  would change (xlsx and JSON); nothing stored changes. 退出码 0 完成 done, 2 选项或输入有误 bad option
                  or input (named), 3 内部错误 internal error
              jixiao checks [--json] [--lang zh|en]
                  列出全部检查项：代码、类别、默认严重程度、中文说明和规则集可改的参数。
                  Lists every check of the catalogue (code, category, severity, description, parameters).
              jixiao rules
                  输出默认规则集（JSON），可修改后用 --rules 载入。Prints the default rule set as JSON.
              jixiao framework
                  输出默认的部门（单位）整体自评框架（unit-framework/1），可修改后用 --framework 载入。
                  Prints the default whole-unit framework as JSON, to edit and load with --framework.
              jixiao serve [--server.port=8080]
                  启动网页系统（默认 H2 数据库，数据在 ./data）。Starts the web application.

            每个命令都可加 --debug：内部错误时显示完整的堆栈信息（exit 3 = 内部错误 internal error）。
            The database commands take the settings of serve (JIXIAO_DB_URL, JIXIAO_DATA… or --spring.datasource.url=…).
            """;
}
