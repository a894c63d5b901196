package jixiao.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jixiao.evaluation.Imports;
import jixiao.organisation.BudgetUnits;
import jixiao.scoring.BudgetUnit;
import jixiao.scoring.ClaimedProject;
import jixiao.scoring.Funds;
import jixiao.scoring.Goals;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.ReportNarrative;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.MoneyUnit;
import jixiao.system.JixiaoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates a region for the overview's and the lists' benchmark (docs/benchmarks-overview.md): {@code units} budget
 * units under the demo region 三门峡市 (so that the demo's 财政局审核 caizheng sees them), each with {@code projects}
 * project evaluations of {@code year} and {@code lastYear} of {@code year - 1} and its report's texts, imported
 * through the application's own import ({@link Imports}: scored, findings, list figures, text fingerprints, history
 * and audit as a unit's import makes them) into the database the application is configured with (H2 file under
 * JIXIAO_DATA, or PostgreSQL by JIXIAO_DB_URL). Then, in SQL, the states a collection round has half-way: drafts,
 * submissions, approvals, returns by the unit and by the bureau, some 复核分 (a few far from the claim), 2 % of the
 * units not started, and the year's collection round with a deadline passed. A few goals and analyses are copied from
 * another unit or from the unit's own project of the year before. Seeded: the same arguments give the same data.
 *
 * <p>Run through {@code bench/region/generate.sh}; not a test.
 */
public final class RegionGenerator {

    private static final String[] ACTIVITIES = {"培训", "检查", "评审", "宣传", "维修", "采购", "巡查", "调研", "验收", "咨询", "监测", "服务"};
    private static final String[] OBJECTS = {
        "基层单位", "交易项目", "公共设施", "农村道路", "学校校舍", "社区服务中心", "水利设施", "信息系统", "档案资料", "医疗机构"
    };
    private static final String[] BENEFITS = {
        "服务对象满意度明显提高", "办事效率有效提升", "群众获得感不断增强", "安全隐患及时消除", "管理水平稳步提高", "资金使用效益得到发挥"
    };

    private final Random random;
    private final int year;
    private final List<String> goalsSeen = new ArrayList<>();
    private final List<String> analysesSeen = new ArrayList<>();

    private RegionGenerator(long seed, int year) {
        this.random = new Random(seed);
        this.year = year;
    }

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int projects = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int lastYear = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int year = args.length > 3 ? Integer.parseInt(args[3]) : 2023;
        int imported = args.length > 4 ? Integer.parseInt(args[4]) : projects;
        // the whole application (its security needs the web context), on a port of its own that nothing uses
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(JixiaoApplication.class).run("--jixiao.demo=true", "--server.port=0")) {
            new RegionGenerator(20261205L, year).generate(context, units, projects, lastYear, imported);
        }
    }

    private void generate(
            ConfigurableApplicationContext context, int unitCount, int projects, int lastYear, int imported) {
        BudgetUnits units = context.getBean(BudgetUnits.class);
        Imports imports = context.getBean(Imports.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long region = units.region("三门峡市");
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int u = 1; u <= unitCount; u++) {
            String name = String.format("基准单位%04d", u);
            String code = String.format("B%04d", u);
            long unit = units.unitNamed(region, name)
                    .map(row -> row.id())
                    .orElseGet(() -> units.createUnit(region, name, code, "行政单位"));
            ids.add(unit);
            if (u % 50 == 0) {
                continue; // 2 % of the units have not started
            }
            List<ProjectSelfEvaluation> before = new ArrayList<>();
            for (int p = 1; p <= lastYear; p++) {
                before.add(project(name, p, year - 1, null));
            }
            if (!before.isEmpty()) {
                imports.importReport(report(name, year - 1, before, false), unit, "generator");
            }
            List<ProjectSelfEvaluation> now = new ArrayList<>();
            for (int p = 1; p <= Math.min(projects, imported); p++) {
                now.add(project(name, p, year, p <= before.size() ? before.get(p - 1) : null));
            }
            imports.importReport(report(name, year, now, true), unit, "generator");
            if (u % 50 == 1) {
                System.out.printf("%d units, %.0f s%n", u, (System.nanoTime() - started) / 1e9);
            }
        }
        for (int copy = 2; copy * imported <= projects; copy++) {
            copies(jdbc, region, copy);
        }
        states(jdbc, region, ids);
        System.out.printf(
                "generated %d units, %d projects of %d and %d of %d in %.0f s%n",
                unitCount,
                jdbc.sql("SELECT COUNT(*) FROM project_evaluation WHERE kind = 'PROJECT' AND fiscal_year = ?")
                        .param(year)
                        .query(Long.class)
                        .single(),
                year,
                jdbc.sql("SELECT COUNT(*) FROM project_evaluation WHERE kind = 'PROJECT' AND fiscal_year = ?")
                        .param(year - 1)
                        .query(Long.class)
                        .single(),
                year - 1,
                (System.nanoTime() - started) / 1e9);
    }

    private SelfEvaluationReport report(
            String unit, int fiscalYear, List<ProjectSelfEvaluation> projects, boolean texts) {
        ReportNarrative narrative = texts
                ? new ReportNarrative(
                        "三门峡市财政局关于开展" + (fiscalYear) + "年度预算绩效自评工作的通知（三财效〔" + (fiscalYear + 1) + "〕3号）",
                        unit + "成立了绩效自评工作小组，对" + projects.size() + "个项目逐项开展自评。",
                        "部分项目绩效目标设置不够细化。",
                        "进一步加强预算绩效管理。",
                        null)
                : ReportNarrative.NONE;
        return new SelfEvaluationReport(
                fiscalYear, MoneyUnit.TEN_THOUSAND_YUAN, new BudgetUnit(unit, null, "行政单位"), null, projects, narrative);
    }

    /** A project with varied money, results and texts; {@code lastYear} is the unit's same project a year before. */
    private ProjectSelfEvaluation project(String unit, int p, int fiscalYear, ProjectSelfEvaluation lastYear) {
        String name = OBJECTS[p % OBJECTS.length] + ACTIVITIES[(p / OBJECTS.length) % ACTIVITIES.length] + "项目" + p;
        BigDecimal budget = BigDecimal.valueOf(5 + random.nextInt(2000)).setScale(2);
        // execution rates mostly high, some far below (the provinces' caps start at 80 %)
        int percent = random.nextInt(100) < 80 ? 85 + random.nextInt(16) : 30 + random.nextInt(55);
        BigDecimal executed =
                budget.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        int people = 100 + random.nextInt(100);
        // most projects reach their targets or nearly; one in six falls far short
        boolean weak = random.nextInt(6) == 0;
        int reached = weak ? people * (20 + random.nextInt(50)) / 100 : people - random.nextInt(40);
        int satisfaction = weak ? 60 + random.nextInt(25) : 85 + random.nextInt(15);
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator(
                "产出指标",
                "数量指标",
                ACTIVITIES[p % ACTIVITIES.length] + "人次",
                "≥" + people + "人次",
                reached + "人次",
                BigDecimal.valueOf(20),
                claimed(20, reached, people),
                reached < people && random.nextBoolean() ? null : (reached < people ? "部分活动延期" : null)));
        indicators.add(new Indicator(
                "产出指标", "质量指标", "验收合格率", "≥95%", (93 + random.nextInt(8)) + "%", BigDecimal.valueOf(15), null, null));
        indicators.add(new Indicator(
                "产出指标", "时效指标", "完成时间", "12月底前", "12月底前", BigDecimal.valueOf(15), BigDecimal.valueOf(15), null));
        indicators.add(new Indicator(
                "效益指标",
                "社会效益指标",
                BENEFITS[p % BENEFITS.length].substring(0, 4),
                random.nextInt(10) == 0 ? "提升" : "有所提升",
                "提升",
                BigDecimal.valueOf(30),
                BigDecimal.valueOf(weak ? 10 + random.nextInt(8) : 24 + random.nextInt(7)),
                weak ? "受多种因素影响，效益未达预期" : null));
        indicators.add(new Indicator(
                "满意度指标",
                "服务对象满意度指标",
                "服务对象满意度",
                "≥90%",
                satisfaction + "%",
                BigDecimal.TEN,
                claimed(10, satisfaction, 90),
                null));
        String goal = goal(unit, name, fiscalYear, lastYear);
        String analysis = analysis(unit, name, percent);
        Funds.FundsRow total = new Funds.FundsRow(budget, budget, executed);
        BigDecimal claimedTotal = BigDecimal.valueOf(70 + random.nextInt(30)).setScale(2);
        return new ProjectSelfEvaluation(
                name,
                "三门峡市" + unit,
                unit,
                "王" + (char) ('一' + random.nextInt(20)) + " 0398-" + (2000000 + random.nextInt(7999999)),
                new Funds(total, total, null, null, BigDecimal.TEN, null),
                new Goals(goal, "已按计划完成" + name + "的各项任务。"),
                indicators,
                new ClaimedProject(claimedTotal, null, new ClaimedProject.Analysis(null, analysis)),
                false);
    }

    /** A claimed score, right most of the time, sometimes the full weight for a target missed (an error). */
    private BigDecimal claimed(int weight, int actual, int target) {
        BigDecimal rule = actual >= target
                ? BigDecimal.valueOf(weight)
                : BigDecimal.valueOf(weight)
                        .multiply(BigDecimal.valueOf(actual))
                        .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
        return random.nextInt(8) == 0 ? BigDecimal.valueOf(weight) : rule;
    }

    private String goal(String unit, String name, int fiscalYear, ProjectSelfEvaluation lastYear) {
        int draw = random.nextInt(100);
        if (draw < 3 && goalsSeen.size() > 100) {
            return goalsSeen.get(random.nextInt(goalsSeen.size())); // another unit's goal
        }
        if (draw < 8 && lastYear != null) {
            return lastYear.goals().expected(); // the unit's own goal of last year, as it stood
        }
        String goal = fiscalYear + "年" + unit + "通过实施" + name + "，计划完成" + (50 + random.nextInt(500)) + "次"
                + ACTIVITIES[random.nextInt(ACTIVITIES.length)] + "，覆盖" + OBJECTS[random.nextInt(OBJECTS.length)]
                + (10 + random.nextInt(90)) + "个；" + BENEFITS[random.nextInt(BENEFITS.length)] + "，惠及"
                + OBJECTS[random.nextInt(OBJECTS.length)] + (100 + random.nextInt(9000)) + "人次，力争群众满意度达到"
                + (90 + random.nextInt(10)) + "%以上。";
        if (random.nextInt(20) == 0) {
            goalsSeen.add(goal);
        }
        return goal;
    }

    private String analysis(String unit, String name, int percent) {
        if (random.nextInt(100) < 2 && analysesSeen.size() > 100) {
            return analysesSeen.get(random.nextInt(analysesSeen.size()));
        }
        String analysis = name + "由" + unit + "组织实施，全年预算执行率为" + percent + "%。项目按计划推进，"
                + "完成" + ACTIVITIES[random.nextInt(ACTIVITIES.length)] + (10 + random.nextInt(300)) + "次；"
                + BENEFITS[random.nextInt(BENEFITS.length)] + "。下一步将继续加强" + name + "在"
                + OBJECTS[random.nextInt(OBJECTS.length)] + "的跟踪管理，第" + (1 + random.nextInt(4)) + "季度起按月调度。";
        if (random.nextInt(20) == 0) {
            analysesSeen.add(analysis);
        }
        return analysis;
    }

    /**
     * The states of a collection round half-way, in SQL (the workflow's own acts would be 200,000 more transactions):
     * last year's all approved; this year's by the evaluation's id, the same spread in every unit.
     */
    private void states(JdbcClient jdbc, long region, List<Long> units) {
        jdbc.sql(
                        "UPDATE project_evaluation SET status = 'APPROVED' WHERE fiscal_year = ? AND unit_id IN (SELECT id FROM"
                                + " budget_unit WHERE region_id = ? AND name LIKE '基准单位%')")
                .params(year - 1, region)
                .update();
        String ours = " AND fiscal_year = ? AND unit_id IN (SELECT id FROM budget_unit WHERE region_id = ?"
                + " AND name LIKE '基准单位%')";
        update(jdbc, "status = 'SUBMITTED'", "MOD(id, 20) IN (1)", ours, region);
        update(jdbc, "status = 'UNIT_APPROVED'", "MOD(id, 20) IN (2, 3, 4, 5, 6, 7, 8, 9)", ours, region);
        update(
                jdbc,
                "status = 'APPROVED', review_opinion = '同意'",
                "MOD(id, 20) IN (10, 11, 12, 13, 14, 15, 16)",
                ours,
                region);
        update(
                jdbc,
                "status = 'RETURNED', returned_by_bureau = TRUE, review_opinion = '请补充佐证材料'",
                "MOD(id, 20) = 17",
                ours,
                region);
        update(jdbc, "status = 'RETURNED', return_reason = '请修改'", "MOD(id, 20) = 18", ours, region);
        // 复核分 of some approved ones: most near the claim, every seventh far from it
        update(
                jdbc,
                "recheck_total = claimed_total - MOD(id, 5)",
                "status = 'APPROVED' AND MOD(id, 3) = 0",
                ours,
                region);
        update(jdbc, "recheck_total = claimed_total - 15", "status = 'APPROVED' AND MOD(id, 21) = 0", ours, region);
        jdbc.sql(
                        "DELETE FROM collection_round_unit WHERE round_id IN (SELECT id FROM collection_round WHERE region_id = ?"
                                + " AND fiscal_year = ?)")
                .params(region, year)
                .update();
        jdbc.sql("DELETE FROM collection_round WHERE region_id = ? AND fiscal_year = ?")
                .params(region, year)
                .update();
        jdbc.sql("INSERT INTO collection_round (region_id, fiscal_year, notice_number, title, deadline, all_units,"
                        + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP, 'generator')")
                .params(
                        region,
                        year,
                        "三财效〔" + (year + 1) + "〕3号",
                        "关于开展" + year + "年度市级预算绩效自评工作的通知",
                        java.sql.Date.valueOf(LocalDate.of(year + 1, 3, 31)))
                .update();
        System.out.printf("states set for %d units%n", units.size());
    }

    /**
     * The year's imported projects of every generated unit once more under another name ({@code 之2}, {@code 之3}…),
     * in SQL, with their scores, list figures and findings: so that 1,000 units of 100 projects need 1,000 × 10
     * imports, not 100,000. The copies have no text fingerprints (they would all be copies of each other).
     */
    private void copies(JdbcClient jdbc, long region, int copy) {
        String originals = " e.kind = 'PROJECT' AND e.fiscal_year = ? AND e.name NOT LIKE '%之%' AND e.unit_id IN"
                + " (SELECT id FROM budget_unit WHERE region_id = ? AND name LIKE '基准单位%')";
        String columns = "unit_id, fiscal_year, status, document, version, total, grade, errors, warnings,"
                + " rule_set_name, rule_set_version, frozen_rule_set, return_reason, updated_at, updated_by, kind,"
                + " unresolved, claimed_total, budget, executed, execution_rate";
        jdbc.sql("INSERT INTO project_evaluation (name, " + columns + ") SELECT e.name || '之" + copy + "', " + columns
                        + " FROM project_evaluation e WHERE" + originals)
                .params(year, region)
                .update();
        jdbc.sql("INSERT INTO evaluation_finding (evaluation_id, code, severity, finding_key)"
                        + " SELECT c.id, f.code, f.severity, f.finding_key FROM project_evaluation e"
                        + " JOIN project_evaluation c ON c.unit_id = e.unit_id AND c.fiscal_year = e.fiscal_year"
                        + " AND c.kind = 'PROJECT' AND c.name = e.name || '之" + copy + "'"
                        + " JOIN evaluation_finding f ON f.evaluation_id = e.id WHERE" + originals)
                .params(year, region)
                .update();
        System.out.printf("copy %d of the imported projects made%n", copy);
    }

    private void update(JdbcClient jdbc, String set, String which, String ours, long region) {
        jdbc.sql("UPDATE project_evaluation SET " + set + " WHERE " + which + ours)
                .params(year, region)
                .update();
    }
}
