package jixiao.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.EvaluationStore;
import jixiao.evaluation.Imports;
import jixiao.evaluation.UnitRevisions;
import jixiao.evaluation.Workflow;
import jixiao.integration.Evaluations;
import jixiao.integration.Organisations;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bureau's dashboard and lists keep what they computed over a region until one of its units' evaluations changes
 * (UnitRevisions, issue 14's speed): a change is seen at the next request, whether this application node made it, or
 * another node on the same database (issue 18: a node of its own, with its own kept figures, writing through its own
 * store); a write that bypasses the revisions is not seen until its unit's revision is raised, which shows that the
 * figures are kept and what invalidates them is read from the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FiguresKeptScenarios {

    private static final int YEAR = 2041;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    @Autowired
    Workflow workflow;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RegionOverview overviews;

    @Autowired
    EvaluationLists lists;

    @Autowired
    ListStore listStore;

    @Autowired
    jixiao.evaluation.EvaluationAccess access;

    private Organisations organisations;
    private Evaluations evaluations;
    private Organisations.Unit unit;
    private Account bureau;
    private long first;
    private long second;

    /** A region of its own per test, with one unit that sent two clean projects (优, 100 points) to the bureau. */
    @BeforeEach
    void region() {
        organisations = new Organisations(units, accounts);
        evaluations = new Evaluations(imports, workflow, organisations);
        Organisations.Region region = organisations.region("速度市");
        unit = organisations.unit(region, "速度单位");
        bureau = organisations.account(region.bureau());
        first = evaluations.sentToBureau(unit, "档案数字化", YEAR);
        second = evaluations.sentToBureau(unit, "古籍保护", YEAR);
        assertThat(sent()).isEqualTo(2);
        assertThat(listed()).isEqualTo(2);
        assertThat(lists.todo(bureau)).isEqualTo(2);
    }

    @Test
    void aChangeThisNodeMakesIsSeenAtOnce() {
        evaluations.approve(unit, first);

        assertThat(lists.todo(bureau)).isEqualTo(1);
        assertThat(overviews.of(bureau, YEAR, ListQuery.ofYear(YEAR)).grades()).containsEntry("EXCELLENT", 2L);
        assertThat(lists.page(bureau, ListQuery.ofYear(YEAR)).rows())
                .filteredOn(row -> row.status() == EvaluationStatus.APPROVED)
                .singleElement()
                .extracting(ListRow::id)
                .isEqualTo(first);
    }

    @Test
    void aChangeAnotherNodeMakesIsSeenAtOnce() {
        // another node: its own store and its own kept figures, on the same database, in a transaction of its own
        EvaluationStore otherNode = new EvaluationStore(jdbc, new UnitRevisions(jdbc));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            otherNode.transition(
                    second,
                    EvaluationStatus.UNIT_APPROVED,
                    EvaluationStatus.RETURNED,
                    null,
                    null,
                    "另一节点退回",
                    LocalDateTime.of(2042, 3, 1, 9, 0),
                    unit.reviewer());
            otherNode.recheckTotal(first, new BigDecimal("70.00"));
        });

        // returned by the unit: no longer sent to the bureau
        assertThat(sent()).isEqualTo(1);
        assertThat(listed()).isEqualTo(1);
        assertThat(lists.todo(bureau)).isEqualTo(1);
        // the 复核分 30 points below the claim: a large gap
        assertThat(overviews.of(bureau, YEAR, ListQuery.ofYear(YEAR)).gapCount())
                .isEqualTo(1);
    }

    @Test
    void aWriteThatBypassesTheRevisionsIsSeenWhenItsUnitsRevisionIsRaised() {
        jdbc.sql("UPDATE project_evaluation SET status = 'RETURNED' WHERE id = ?")
                .param(second)
                .update();

        assertThat(sent()).as("kept: the unit's revision did not change").isEqualTo(2);
        assertThat(listed()).isEqualTo(2);

        jdbc.sql("UPDATE budget_unit SET revision = revision + 1 WHERE id = ?")
                .param(unit.id())
                .update();

        assertThat(sent()).isEqualTo(1);
        assertThat(listed()).isEqualTo(1);
        assertThat(lists.todo(bureau)).isEqualTo(1);
    }

    @Test
    void aTransactionRolledBackRaisesNothing() {
        long before = revision();
        EvaluationStore store = new EvaluationStore(jdbc, new UnitRevisions(jdbc));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            store.recheckTotal(first, new BigDecimal("70.00"));
            status.setRollbackOnly();
        });
        assertThat(revision()).isEqualTo(before);

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> store.recheckTotal(first, new BigDecimal("70.00")));
        assertThat(revision()).isEqualTo(before + 1);
    }

    @Test
    void afterOneUnitChangedTheFiguresAreThoseOfEveryUnitComputedAfresh() {
        Organisations.Region county = organisations.region("速度县", unit.region());
        Organisations.Unit other = organisations.unit(unit.region(), "另一单位");
        Organisations.Unit below = organisations.unit(county, "县级单位");
        long others = evaluations.sentToBureau(other, "农田水利", YEAR, new BigDecimal("300"));
        evaluations.sentToBureau(below, "乡村道路", YEAR, new BigDecimal("50"));
        evaluations.draft(below, "尚未提交", YEAR);
        Overview before = overviews.of(bureau, YEAR, ListQuery.ofYear(YEAR));
        assertThat(before.projects()).isEqualTo(4);

        // one unit changes: only its part is read again
        evaluations.approve(unit, first);
        EvaluationStore store = new EvaluationStore(jdbc, new UnitRevisions(jdbc));
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> store.recheckTotal(others, new BigDecimal("70.00")));
        Overview after = overviews.of(bureau, YEAR, ListQuery.ofYear(YEAR));
        long listedAfter = listed();
        long todoAfter = lists.todo(bureau);

        // every unit's part read again
        jdbc.sql("UPDATE budget_unit SET revision = revision + 1").update();
        Overview afresh = overviews.of(bureau, YEAR, ListQuery.ofYear(YEAR));

        assertThat(after).isNotEqualTo(before).isEqualTo(afresh);
        assertThat(after.gapCount()).isEqualTo(1);
        assertThat(after.units()).isEqualTo(3);
        assertThat(listedAfter).isEqualTo(listed()).isEqualTo(4);
        assertThat(todoAfter).isEqualTo(lists.todo(bureau)).isEqualTo(3);
    }

    @Test
    void aPageInTheDefaultOrderReadFromTheUnitsItFallsOnIsThePageOfTheWholeList() {
        // two units of one name in two regions (their rows mix in the order), a unit with nothing sent, a unit
        // before them all
        Organisations.Unit twin = organisations.unit(unit.region(), "同名单位");
        Organisations.Unit otherTwin = organisations.unit(organisations.region("同名县", unit.region()), "同名单位");
        organisations.unit(unit.region(), "未报送单位");
        Organisations.Unit early = organisations.unit(unit.region(), "阿单位");
        jdbc.sql("UPDATE budget_unit SET name = '同名单位' WHERE id IN (?, ?)")
                .params(twin.id(), otherTwin.id())
                .update();
        evaluations.sentToBureau(twin, "甲项目", YEAR);
        evaluations.sentToBureau(otherTwin, "乙项目", YEAR);
        evaluations.sentToBureau(twin, "丙项目", YEAR);
        evaluations.sentToBureau(early, "丁项目", YEAR);
        evaluations.sentToBureau(early, "戊项目", YEAR);
        Reach reach = Reach.of(bureau, access.scope(bureau));

        for (int size = 1; size <= 3; size++) {
            for (int page = 1; page <= 8 / size; page++) {
                ListQuery query = new ListQuery(
                        YEAR, null, null, null, null, false, null, null, null, false, null, null, null, null, null,
                        null, false, false, null, false, page, size);
                assertThat(lists.page(bureau, query).rows())
                        .as("page %d of %d rows", page, size)
                        .extracting(ListRow::id)
                        .containsExactlyElementsOf(listStore.page(reach, query, lists.gaps()).stream()
                                .map(ListRow::id)
                                .toList());
            }
        }
        assertThat(lists.page(bureau, ListQuery.ofYear(YEAR)).rows()).hasSize(7);
    }

    @Test
    void theDashboardNamesATextCopiedFromAnotherUnit() {
        Organisations.Unit other = organisations.unit(unit.region(), "照搬单位");
        String goal = "围绕" + java.util.UUID.randomUUID() + "开展馆藏文献数字化加工，建成可检索的数字资源库。";
        long original = sentWithGoal(unit, "文献数字化", goal);
        long copy = sentWithGoal(other, "数字资源建设", goal);

        Overview overview = overviews.of(bureau, YEAR, ListQuery.ofYear(YEAR));

        assertThat(overview.copiedCount()).isEqualTo(1);
        // the goal (the clean projects' indicators are alike as well)
        assertThat(overview.copies())
                .filteredOn(copied -> copied.field().equals("GOAL"))
                .singleElement()
                .satisfies(copied -> {
                    assertThat(copied.evaluationId()).isEqualTo(copy);
                    assertThat(copied.otherId()).isEqualTo(original);
                    assertThat(copied.otherUnit()).isEqualTo(unit.name());
                    assertThat(copied.share()).isGreaterThanOrEqualTo(60);
                });
    }

    private long sentWithGoal(Organisations.Unit of, String name, String goal) {
        ObjectNode project = ReportDocument.cleanProject(name, of.name());
        ((ObjectNode) project.path("goals")).put("expected", goal);
        long id = imports.importReport(
                        ReportDocument.forUnit(of.name())
                                .fiscalYear(YEAR)
                                .withProject(project)
                                .report(),
                        of.id(),
                        "fixture")
                .projects()
                .get(0);
        workflow.submit(organisations.account(of.reviewer()), id, EvaluationKind.PROJECT);
        return id;
    }

    /** The project evaluations of the year the dashboard counts (what was sent to the bureau). */
    private long sent() {
        return overviews.of(bureau, YEAR, ListQuery.ofYear(YEAR)).projects();
    }

    private long listed() {
        return lists.page(bureau, ListQuery.ofYear(YEAR)).total();
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM budget_unit WHERE id = ?")
                .param(unit.id())
                .query(Long.class)
                .single();
    }
}
