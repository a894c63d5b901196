package jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.collection.CollectionRounds;
import jixiao.collection.Progress;
import jixiao.collection.UnitProgress;
import jixiao.evaluation.EvaluationStatus;
import jixiao.integration.Credentials;
import jixiao.organisation.BudgetUnits;
import jixiao.overview.EvaluationLists;
import jixiao.overview.ListPage;
import jixiao.overview.ListQuery;
import jixiao.overview.ListRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo region loaded through the services, as `./jixiao serve` does at first start: the finance bureau finds a
 * collection round with its deadline passed, units in every state (one not started, late ones, one in a county below),
 * evaluations waiting for it, one approved with a 复核 lower than the claim, and last year's approved projects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoRegionScenarios {

    @Autowired
    jixiao.review.Rechecks rechecks;

    @Autowired
    DemoRegion demo;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CollectionRounds rounds;

    @Autowired
    EvaluationLists lists;

    Account bureau;
    List<String> logins;

    @BeforeAll
    void load() {
        long region = units.region("演示测试市");
        accounts.createAccount(
                "demo-bureau",
                encoder.encode(Credentials.DEMO_PASSWORD),
                "演示测试市财政局",
                Role.BUREAU_REVIEWER,
                null,
                region);
        bureau = accounts.account("demo-bureau").orElseThrow();
        logins = demo.load(region, bureau, encoder.encode(Credentials.DEMO_PASSWORD), false, LocalDateTime.now());
    }

    @Test
    void everyUnitHasAClerkAndAReviewerWhoCanSignIn() {
        assertThat(logins).hasSize(2 * DemoRegion.UNITS.size()).allSatisfy(login -> assertThat(accounts.account(login))
                .isPresent());
    }

    @Test
    void theBureauSeesEveryUnitOfTheRoundWhereItStandsAndWhoIsLate() {
        Map<String, UnitProgress> progress = rounds.progress(bureau, DemoRegion.YEAR).stream()
                .collect(Collectors.toMap(UnitProgress::unitName, Function.identity()));

        assertThat(progress).hasSize(DemoRegion.UNITS.size());
        assertThat(progress.get("三门峡市文化馆").progress()).isEqualTo(Progress.NOT_STARTED);
        assertThat(progress.get("三门峡市文化馆").late()).isTrue();
        assertThat(progress.get("三门峡市图书馆").progress()).isEqualTo(Progress.RETURNED);
        assertThat(progress.get("三门峡市图书馆").late()).isTrue();
        assertThat(progress.get("渑池县教育局").progress()).isEqualTo(Progress.DRAFT);
        assertThat(progress.get("渑池县教育局").regionName()).isEqualTo(DemoRegion.COUNTY);
        assertThat(progress.get("三门峡市疾病预防控制中心").unitApproved()).isEqualTo(3);
        assertThat(progress.get("三门峡市疾病预防控制中心").late()).isFalse();
        assertThat(progress.get("三门峡市第一中学").approved()).isEqualTo(3);
    }

    @Test
    void theBureauHasWorkWaitingAndOneApprovalRecheckedLowerThanTheClaim() {
        ListPage page = lists.page(bureau, ListQuery.ofYear(DemoRegion.YEAR));
        assertThat(page.rows()).extracting(ListRow::status).doesNotContain(EvaluationStatus.DRAFT);
        assertThat(lists.todo(bureau)).isEqualTo(5);

        ListRow rechecked = page.rows().stream()
                .filter(row -> row.name().equals("教育信息化建设"))
                .findFirst()
                .orElseThrow();
        assertThat(rechecked.status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThat(rechecked.recheckTotal())
                .isEqualByComparingTo(rechecked.claimedTotal().subtract(DemoRegion.RECHECK_DEDUCTION));
        // recorded on the worksheet as a bureau records it, so that the 审核意见书 prints the 复核分 (issue 17, item 2)
        jixiao.report.Recheck recorded = rechecks.of(bureau, rechecked.unitId(), DemoRegion.YEAR, rechecked.id());
        assertThat(recorded.scores())
                .anySatisfy(score -> assertThat(score.deductionReason()).contains("效益指标只统计工作量"));
        assertThat(page.rows()).extracting(ListRow::grade).hasSizeGreaterThan(2);
    }

    @Test
    void lastYearsProjectsAreApprovedForTheChangeFromLastYear() {
        ListPage lastYear = lists.page(bureau, ListQuery.ofYear(DemoRegion.YEAR - 1));
        assertThat(lastYear.rows()).hasSize(4).allSatisfy(row -> assertThat(row.status())
                .isEqualTo(EvaluationStatus.APPROVED));
    }
}
