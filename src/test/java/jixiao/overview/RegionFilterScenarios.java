package jixiao.overview;

import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.collection.CollectionRounds;
import jixiao.collection.RoundInput;
import jixiao.evaluation.Imports;
import jixiao.evaluation.Workflow;
import jixiao.integration.Api;
import jixiao.integration.Evaluations;
import jixiao.integration.Html;
import jixiao.integration.Organisations;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A finance bureau narrows its overview, lists and round's units to one region of its reach (a city's bureau to a
 * county below it): only that region's units are counted and listed; a region outside its reach narrows nothing and
 * shows nothing of that region.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegionFilterScenarios {

    private static final int YEAR = 2047;

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    Imports imports;

    @Autowired
    Workflow workflow;

    @Autowired
    CollectionRounds rounds;

    @Autowired
    RegionOverview overviews;

    @Autowired
    EvaluationLists lists;

    @Autowired
    Regions regions;

    Organisations.Region city;
    Organisations.Region county;
    Organisations.Region stranger;
    Organisations.Unit ofCity;
    Organisations.Unit ofCounty;
    Organisations.Unit elsewhere;
    long cityProject;
    long countyProject;
    Account bureau;

    @BeforeAll
    void world() {
        Organisations organisations = new Organisations(units, accounts);
        Evaluations evaluations = new Evaluations(imports, workflow, organisations);
        city = organisations.region("信阳市");
        county = organisations.region("光山县", city);
        stranger = organisations.region("南阳市");
        ofCity = organisations.unit(city, "信阳市图书馆");
        ofCounty = organisations.unit(county, "光山县教育局");
        elsewhere = organisations.unit(stranger, "南阳市图书馆");
        cityProject = evaluations.sentToBureau(ofCity, "古籍保护", YEAR);
        countyProject = evaluations.sentToBureau(ofCounty, "校舍维修", YEAR);
        evaluations.sentToBureau(elsewhere, "古籍修复", YEAR);
        bureau = organisations.account(city.bureau());
        rounds.save(
                bureau,
                new RoundInput(YEAR, "信财效〔2048〕1号", "关于开展2047年度绩效自评的通知", LocalDate.of(2048, 4, 30), true, List.of()));
    }

    private ListQuery narrowedTo(Long region) {
        return new ListQuery(
                YEAR,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                false,
                null,
                null,
                region,
                null,
                null,
                null,
                false,
                false,
                null,
                false,
                1,
                ListQuery.DEFAULT_SIZE);
    }

    private List<Long> listed(Long region) {
        return lists.page(bureau, narrowedTo(region)).rows().stream()
                .map(ListRow::id)
                .toList();
    }

    @Test
    void theBureauChoosesAmongItsRegionAndThoseBelowIt() {
        assertThat(regions.choices(bureau)).extracting(Region::name).containsExactly(city.name(), county.name());
    }

    @Test
    void narrowedToTheCountyOnlyTheCountysUnitsAreListedAndCounted() {
        assertThat(listed(null)).containsExactlyInAnyOrder(cityProject, countyProject);
        assertThat(listed(county.id())).containsExactly(countyProject);
        assertThat(listed(city.id())).containsExactlyInAnyOrder(cityProject, countyProject);

        Overview whole = overviews.of(bureau, YEAR, narrowedTo(null));
        Overview narrowed = overviews.of(bureau, YEAR, narrowedTo(county.id()));
        assertThat(whole.grades()).containsEntry("EXCELLENT", 2L);
        assertThat(narrowed.grades()).containsEntry("EXCELLENT", 1L);
        assertThat(narrowed.progress().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("the round's units of the county")
                .isEqualTo(1);
    }

    @Test
    void aRegionOutsideTheReachNarrowsNothingAndShowsNothingOfIt() {
        assertThat(listed(stranger.id())).containsExactlyInAnyOrder(cityProject, countyProject);
        Api api = Api.anonymous(port).as(city.bureau(), FIXTURE_PASSWORD);
        String page = api.get("/evaluations?year=" + YEAR + "&region=" + stranger.id(), "text/html")
                .body();
        assertThat(page).doesNotContain(elsewhere.name());
    }

    @Test
    void thePagesKeepTheRegion() {
        Api api = Api.anonymous(port).as(city.bureau(), FIXTURE_PASSWORD);

        String list = api.get("/evaluations?year=" + YEAR + "&region=" + county.id(), "text/html")
                .body();
        String overview = api.get("/overview?year=" + YEAR + "&region=" + county.id(), "text/html")
                .body();
        String unitsPage = api.get("/overview/units?year=" + YEAR + "&region=" + county.id(), "text/html")
                .body();

        assertThat(Html.textOf(list, "evaluations")).contains(ofCounty.name()).doesNotContain(ofCity.name());
        assertThat(Html.textOf(unitsPage, "units")).contains(ofCounty.name()).doesNotContain(ofCity.name());
        // the overview's links to its lists carry the region
        assertThat(overview).contains("region=" + county.id());
        assertThat(Html.textOf(overview, "region-filter")).contains(county.name());
        assertThat(Html.textOf(overview, "overview-filter")).doesNotContain(stranger.name());
        assertThat(Html.textOf(overview, "overview-title")).startsWith(county.name());

        // a filter that matches nothing says so (not that there is nothing)
        String none = api.get("/evaluations?year=" + YEAR + "&q=" + "不存在的项目", "text/html")
                .body();
        assertThat(Html.textOf(none, "evaluations")).contains("没有符合条件的自评表");
    }
}
