package jixiao.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.collection.CollectionRounds;
import jixiao.collection.RoundInput;
import jixiao.demo.DemoProjects.Plan;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.Imports;
import jixiao.evaluation.RowKind;
import jixiao.evaluation.Workflow;
import jixiao.organisation.BudgetUnits;
import jixiao.review.Rechecks;
import jixiao.review.Worksheet;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.shared.Problem;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a region the finance bureau can work in at once: five more units of the demo city and one of a county
 * below it, with projects of 2021 in every state of the collection round (drafts, some with unresolved errors, sent
 * to the unit, waiting for the bureau, approved, one rechecked lower, one returned), a unit that has not started,
 * projects of 2020 for the change from last year, and the round's notice with its deadline passed. Everything goes
 * through the services a clerk and a reviewer use, so the history, the audit trail and the lists are as they would
 * be.
 */
@Component
public class DemoRegion {

    static final int YEAR = 2021;
    static final String COUNTY = "渑池县";
    /**
     * What the bureau's 复核 takes off the one project it rechecks lower: the built-in scale's BENEFIT-ACTIVITY (30 %
     * of the weight) on its 效益 row of 30 points. Recorded on the 复核 worksheet, as a bureau records it, so that the
     * worksheet, the lists and the 审核意见书 show the same 复核.
     */
    static final BigDecimal RECHECK_DEDUCTION = new BigDecimal("9");

    private static final String RECHECK_ENTRY = "BENEFIT-ACTIVITY";

    /** What happens to a project after the unit's clerk filled it in. */
    enum Fate {
        DRAFT,
        SENT_TO_UNIT,
        WITH_BUREAU,
        APPROVED,
        APPROVED_RECHECKED_LOWER,
        RETURNED
    }

    record Project(Plan plan, Fate fate) {}

    /** A unit of the demo region: its accounts are {@code login} (填报人) and {@code login-sh} (单位审核人). */
    record Unit(String name, String login, boolean inCounty, List<Project> thisYear, List<Plan> lastYear) {}

    private final BudgetUnits units;
    private final Accounts accounts;
    private final Imports imports;
    private final Workflow workflow;
    private final CollectionRounds rounds;
    private final Rechecks rechecks;

    public DemoRegion(
            BudgetUnits units,
            Accounts accounts,
            Imports imports,
            Workflow workflow,
            CollectionRounds rounds,
            Rechecks rechecks) {
        this.units = units;
        this.accounts = accounts;
        this.imports = imports;
        this.workflow = workflow;
        this.rounds = rounds;
        this.rechecks = rechecks;
    }

    /**
     * Loads the units under {@code region} with their accounts (the given password hash), then the bureau's notice
     * and its acts as {@code bureau}. Gives the names of the accounts created.
     */
    public List<String> load(long region, Account bureau, String passwordHash, boolean mustChange, LocalDateTime now) {
        long county = units.region(COUNTY, region);
        List<String> logins = new ArrayList<>();
        for (Unit unit : UNITS) {
            long regionOfUnit = unit.inCounty() ? county : region;
            long id = units.createUnit(regionOfUnit, unit.name(), null, null);
            accounts.createAccount(
                    unit.login(), passwordHash, unit.name() + "填报人", Role.FILLER, id, regionOfUnit, mustChange, now);
            accounts.createAccount(
                    unit.login() + "-sh",
                    passwordHash,
                    unit.name() + "审核人",
                    Role.UNIT_REVIEWER,
                    id,
                    regionOfUnit,
                    mustChange,
                    now);
            logins.add(unit.login());
            logins.add(unit.login() + "-sh");
            Account filler = account(unit.login());
            Account reviewer = account(unit.login() + "-sh");
            if (!unit.lastYear().isEmpty()) {
                file(
                        DemoProjects.report(unit.name(), YEAR - 1, unit.lastYear()),
                        id,
                        i -> Fate.APPROVED,
                        filler,
                        reviewer,
                        bureau);
            }
            if (!unit.thisYear().isEmpty()) {
                List<Plan> plans = unit.thisYear().stream().map(Project::plan).toList();
                file(
                        DemoProjects.report(unit.name(), YEAR, plans),
                        id,
                        i -> unit.thisYear().get(i).fate(),
                        filler,
                        reviewer,
                        bureau);
            }
        }
        rounds.save(
                bureau,
                new RoundInput(
                        YEAR, "三财绩〔2022〕3号", "关于开展2021年度预算绩效自评工作的通知", LocalDate.of(2022, 4, 30), true, List.of()));
        return logins;
    }

    /** Imports the unit's report as its clerk would, then takes each project as far as its fate says. */
    private void file(
            SelfEvaluationReport report,
            long unitId,
            IntFunction<Fate> fates,
            Account filler,
            Account reviewer,
            Account bureau) {
        List<Long> ids = imports.importReport(report, unitId, "demo").projects();
        for (int i = 0; i < ids.size(); i++) {
            act(ids.get(i), fates.apply(i), report.projects().get(i), filler, reviewer, bureau);
        }
    }

    private void act(
            long id, Fate fate, ProjectSelfEvaluation project, Account filler, Account reviewer, Account bureau) {
        if (fate == Fate.DRAFT) {
            return;
        }
        workflow.submit(filler, id, EvaluationKind.PROJECT);
        if (fate == Fate.SENT_TO_UNIT) {
            return;
        }
        workflow.approveForUnit(reviewer, id, EvaluationKind.PROJECT);
        switch (fate) {
            case APPROVED -> workflow.approve(bureau, id, EvaluationKind.PROJECT, "自评资料齐全，评分符合评分细则，同意。");
            case APPROVED_RECHECKED_LOWER -> {
                BigDecimal rechecked = project.claimed().total().subtract(RECHECK_DEDUCTION);
                recheckBenefitLower(bureau, id);
                workflow.approve(
                        bureau,
                        id,
                        EvaluationKind.PROJECT,
                        "效益指标只统计了课时占比，未反映教学效果，复核分 " + rechecked.toPlainString() + " 分；请在整改中补充效益指标。");
            }
            case RETURNED -> workflow.giveBack(bureau, id, EvaluationKind.PROJECT, "数量指标完成值与佐证材料不一致，请核实后重新报送。");
            default -> {
                // WITH_BUREAU: waits for the bureau
            }
        }
    }

    private Account account(String login) {
        return accounts.account(login).orElseThrow();
    }

    private static Plan plan(
            String name,
            int budget,
            int executed,
            String output,
            String measure,
            int target,
            int reached,
            String quality,
            String benefit,
            int satisfaction) {
        return new Plan(
                name, budget, executed, output, measure, target, reached, quality, benefit, 96, satisfaction, false);
    }

    private static Project project(Plan plan, Fate fate) {
        return new Project(plan, fate);
    }

    static final List<Unit> UNITS = List.of(
            new Unit(
                    "三门峡市第一中学",
                    "yizhong",
                    false,
                    List.of(
                            project(
                                    plan("校舍维修改造", 320, 99, "维修校舍面积", "平方米", 12000, 100, "工程验收合格率", "校舍安全隐患消除率", 96),
                                    Fate.APPROVED),
                            project(
                                    plan("学生资助", 180, 100, "资助学生人数", "人", 900, 100, "资助对象认定准确率", "家庭经济困难学生资助覆盖率", 97),
                                    Fate.APPROVED),
                            project(
                                    plan("教育信息化建设", 260, 92, "建成智慧教室", "间", 40, 90, "设备验收合格率", "信息化教学课时占比", 93),
                                    Fate.APPROVED_RECHECKED_LOWER),
                            project(
                                    plan("校园安保服务", 95, 100, "开展安保巡查", "次", 1460, 100, "安保人员持证上岗率", "校园安全事件处置率", 95),
                                    Fate.WITH_BUREAU)),
                    List.of(
                            plan("校舍维修改造", 300, 88, "维修校舍面积", "平方米", 12000, 85, "工程验收合格率", "校舍安全隐患消除率", 91),
                            plan("学生资助", 170, 100, "资助学生人数", "人", 900, 96, "资助对象认定准确率", "家庭经济困难学生资助覆盖率", 95))),
            new Unit(
                    "三门峡市疾病预防控制中心",
                    "jikong",
                    false,
                    List.of(
                            project(
                                    plan("重大传染病防控", 540, 97, "开展监测样本", "份", 20000, 100, "检测结果准确率", "重点传染病报告及时率", 94),
                                    Fate.WITH_BUREAU),
                            project(
                                    plan("免疫规划", 410, 95, "接种剂次", "剂次", 150000, 98, "冷链运转合格率", "适龄儿童免疫规划疫苗接种率", 95),
                                    Fate.WITH_BUREAU),
                            project(
                                    plan("慢性病及危险因素监测", 120, 83, "完成监测点调查", "个", 12, 75, "调查问卷合格率", "监测数据利用率", 90)
                                            .reachingBenefit(80),
                                    Fate.WITH_BUREAU)),
                    List.of()),
            new Unit(
                    "三门峡市图书馆",
                    "tushuguan",
                    false,
                    List.of(
                            project(
                                    plan("古籍保护", 85, 78, "修复古籍", "册", 600, 70, "修复质量达标率", "古籍数字化利用率", 92)
                                            .reachingBenefit(70),
                                    Fate.RETURNED),
                            project(
                                    plan("全民阅读推广", 60, 100, "举办阅读活动", "场", 120, 100, "活动方案审核通过率", "读者到馆率提升", 96),
                                    Fate.SENT_TO_UNIT),
                            project(
                                    plan("数字图书馆建设", 150, 64, "新增数字资源", "TB", 30, 60, "资源验收合格率", "数字资源访问量增长", 88)
                                            .reachingBenefit(55),
                                    Fate.DRAFT)),
                    List.of()),
            new Unit(
                    "三门峡市农业农村局",
                    "nongye",
                    false,
                    List.of(
                            project(
                                    plan("高标准农田建设", 2600, 72, "建成高标准农田", "亩", 50000, 82, "工程质量合格率", "项目区粮食产能提升", 91)
                                            .reachingBenefit(85),
                                    Fate.APPROVED),
                            project(
                                    plan("农村人居环境整治", 880, 58, "完成改厕", "户", 8000, 65, "改厕质量合格率", "农村卫生厕所普及率", 86)
                                            .reachingBenefit(62),
                                    Fate.APPROVED),
                            project(
                                    plan("动物疫病防控", 230, 96, "免疫畜禽", "万头（只）", 300, 100, "免疫抗体合格率", "重大动物疫病发生率控制", 93),
                                    Fate.WITH_BUREAU)),
                    List.of(
                            plan("高标准农田建设", 2400, 90, "建成高标准农田", "亩", 45000, 96, "工程质量合格率", "项目区粮食产能提升", 94),
                            plan("农村人居环境整治", 800, 85, "完成改厕", "户", 8000, 90, "改厕质量合格率", "农村卫生厕所普及率", 92))),
            new Unit("三门峡市文化馆", "wenhuaguan", false, List.of(), List.of()),
            new Unit(
                    "渑池县教育局",
                    "mianchijiaoyu",
                    true,
                    List.of(
                            project(
                                    plan("农村义务教育薄弱学校改造", 1200, 74, "改造学校", "所", 18, 72, "工程验收合格率", "办学条件达标率", 90)
                                            .claimingFullMarks(),
                                    Fate.DRAFT),
                            project(
                                    plan("乡村教师培训", 90, 66, "培训教师", "人次", 1500, 80, "培训考核合格率", "教师教学能力提升", 89)
                                            .claimingFullMarks(),
                                    Fate.DRAFT)),
                    List.of()));

    /** The 复核 of one project on the worksheet: every row at its computed score, the 效益 row less the scale's entry. */
    private void recheckBenefitLower(Account bureau, long id) {
        List<Rechecks.TypedScore> typed = new ArrayList<>();
        for (Worksheet.Line line :
                rechecks.worksheet(bureau, id, EvaluationKind.PROJECT).lines()) {
            boolean benefit = line.kind() == RowKind.INDICATOR && "效益指标".equals(line.group());
            typed.add(new Rechecks.TypedScore(
                    line.kind(),
                    line.index(),
                    "",
                    benefit ? RECHECK_ENTRY : "",
                    benefit ? "效益指标只统计了信息化教学课时占比，未反映教学效果" : ""));
        }
        List<Problem> problems = rechecks.record(bureau, id, EvaluationKind.PROJECT, 0, typed);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the demo's 复核 was refused: " + problems);
        }
    }
}
