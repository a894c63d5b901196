package jixiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import jixiao.evaluation.EvaluationScoring;
import jixiao.evaluation.EvaluationStore;
import jixiao.evaluation.UnitFrameworks;
import jixiao.evaluation.UnitRevisions;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.RuleSetFile;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.recheck.RecheckPlan;
import jixiao.recheck.RecheckSummary;
import jixiao.recheck.RegionRecheck;
import jixiao.rules.RegionRuleSets;
import jixiao.rules.RuleSets;
import jixiao.scoring.RuleSet;
import jixiao.system.CommandLineDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code jixiao recheck --db URL --region NAME-OR-ID --year Y [--rules FILE] [--out DIR]}: a region's stored
 * evaluations of a year scored again (issue 18), what would change written to an xlsx and a JSON file; nothing stored
 * changes. Without {@code --db} the configured database, as for {@code backup}; the user and password from {@code
 * --db-user}/{@code --db-password} or JIXIAO_DB_USER/JIXIAO_DB_PASSWORD.
 */
final class RecheckCommand {
    private RecheckCommand() {}

    static final String USAGE = "用法：jixiao recheck [--db JDBC-URL] --region 地区名称或编号 --year 年度 [--rules 规则集.json]"
            + " [--out 目录] [--db-user 用户] [--db-password 密码]";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> settings = new ArrayList<>();
        String db = null;
        String region = null;
        String year = null;
        String rulesFile = null;
        String outDir = ".";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.contains("=")) {
                settings.add(arg);
                continue;
            }
            if (!arg.startsWith("--") || i + 1 >= args.size()) {
                err.println(arg.startsWith("--") ? "选项 " + arg + " 缺少取值（missing value）" : "多余的参数“" + arg + "”");
                err.println(USAGE);
                return Jixiao.UNREADABLE;
            }
            String value = args.get(++i);
            switch (arg) {
                case "--db" -> db = value;
                case "--db-user" -> settings.add("--spring.datasource.username=" + value);
                case "--db-password" -> settings.add("--spring.datasource.password=" + value);
                case "--region" -> region = value;
                case "--year" -> year = value;
                case "--rules" -> rulesFile = value;
                case "--out" -> outDir = value;
                default -> {
                    err.println("未知选项“" + arg + "”（unknown option）");
                    err.println(USAGE);
                    return Jixiao.UNREADABLE;
                }
            }
        }
        if (region == null || year == null) {
            err.println("缺少 " + (region == null ? "--region" : "--year") + "（required）");
            err.println(USAGE);
            return Jixiao.UNREADABLE;
        }
        if (!year.matches("\\d{4}")) {
            err.println("--year 的值“" + year + "”不是年度（应为四位数字，如 2023）");
            return Jixiao.UNREADABLE;
        }
        int fiscalYear = Integer.parseInt(year);
        RuleSet rules = null;
        if (rulesFile != null) {
            try {
                rules = new RuleSetFile().read(Path.of(rulesFile));
            } catch (InterchangeException e) {
                err.println("--rules 的文件“" + rulesFile + "”不是可用的规则集：" + e.getMessage());
                return Jixiao.UNREADABLE;
            }
        }
        Path directory = Path.of(outDir);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            err.println("--out 的目录“" + outDir + "”无法创建（" + e.getMessage() + "）");
            return Jixiao.UNREADABLE;
        }
        if (db != null) {
            settings.add("--spring.datasource.url=" + db);
        }
        String databaseName = db == null ? "所配置的数据库" : "“" + db + "”";
        String regionArg = region;
        RuleSet chosen = rules;
        String rulesName = rulesFile == null
                ? "各地区" + fiscalYear + "年度现行规则"
                : Path.of(rulesFile).getFileName().toString();
        try {
            return CommandLineDatabase.with(settings.toArray(String[]::new), context -> {
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                Clock clock = Clock.system(SHANGHAI);
                BudgetUnits units = new BudgetUnits(jdbc);
                RegionRuleSets ruleSets = new RegionRuleSets(jdbc, clock, new RuleSets(jdbc, clock), units);
                UnitFrameworks frameworks = new UnitFrameworks(jdbc, clock);
                EvaluationScoring scoring = new EvaluationScoring(
                        new EvaluationStore(jdbc, new UnitRevisions(jdbc)), ruleSets, units, frameworks);
                RegionRecheck recheck = new RegionRecheck(
                        context.getBean(DataSource.class), jdbc, units, ruleSets, scoring, frameworks);
                Optional<Region> found = region(units.regions(), regionArg);
                if (found.isEmpty()) {
                    err.println("--region 的值“" + regionArg + "”不是数据库中的地区（名称或编号）");
                    return Jixiao.UNREADABLE;
                }
                Region chosenRegion = found.get();
                RecheckPlan plan = new RecheckPlan(
                        chosenRegion.id(),
                        chosenRegion.name(),
                        fiscalYear,
                        chosen,
                        rulesName,
                        LocalDateTime.now(clock));
                Path xlsx = directory.resolve("recheck-" + chosenRegion.id() + "-" + fiscalYear + ".xlsx");
                Path json = directory.resolve("recheck-" + chosenRegion.id() + "-" + fiscalYear + ".json");
                long started = System.nanoTime();
                RegionRecheck.Run run;
                try {
                    run = recheck.run(plan, xlsx, json, progressLine(err));
                } catch (IOException e) {
                    err.println();
                    err.println("--out 的目录“" + directory + "”无法写入（" + e.getMessage() + "）");
                    return Jixiao.UNREADABLE;
                }
                double wall = (System.nanoTime() - started) / 1e9;
                RecheckSummary s = run.summary();
                err.println();
                out.println("已重算 " + chosenRegion.name() + "（含下级地区）" + fiscalYear + " 年度 " + s.units() + " 个单位的 "
                        + s.evaluations() + " 项评价（规则：" + rulesName + "）：等级变化 " + s.gradesChanged() + " 项，得分变化 "
                        + s.totalsChanged() + " 项，新增问题 " + s.added() + " 条，消失问题 " + s.vanished() + " 条；数据库未作任何改动");
                out.println(xlsx.toAbsolutePath());
                out.println(json.toAbsolutePath());
                err.println(String.format(
                        Locale.ROOT,
                        "用时 %.1f s：读取数据库 %.1f s（其中本进程解码 CPU %.1f s），解析和评分 CPU %.1f s，写出文件 CPU %.1f s",
                        wall,
                        run.database().toMillis() / 1e3,
                        run.readingCpu().toMillis() / 1e3,
                        run.scoring().toMillis() / 1e3,
                        run.writing().toMillis() / 1e3));
                return Jixiao.OK;
            });
        } catch (DataAccessException e) {
            err.println();
            err.println("--db 的数据库" + databaseName + "无法读取（" + DatabaseCommands.firstLine(e)
                    + "）：请检查地址、用户和密码，或先运行一次 jixiao serve 完成升级");
            return Jixiao.UNREADABLE;
        }
    }

    /** A region by its id or its name; a name several regions share is taken only where one is meant. */
    static Optional<Region> region(List<Region> regions, String nameOrId) {
        for (Region region : regions) {
            if (String.valueOf(region.id()).equals(nameOrId)) {
                return Optional.of(region);
            }
        }
        List<Region> named =
                regions.stream().filter(r -> r.name().equals(nameOrId)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** One line on standard error, rewritten as each percent is done. */
    private static RegionRecheck.Progress progressLine(PrintStream err) {
        return (done, total) -> {
            err.print(
                    "\r重算中 recheck: " + done + "/" + total + " 项评价（" + (total == 0 ? 100 : done * 100 / total) + "%）");
            err.flush();
        };
    }
}
