package jixiao.rules.web;

import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.evaluation.web.CastScenarios;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Html;
import jixiao.integration.Organisations.Region;
import jixiao.integration.Organisations.Unit;
import jixiao.rules.DraftRescoring.Rescore;
import jixiao.rules.RegionRuleSets;
import jixiao.rules.RegionRuleSets.Level;
import jixiao.rules.RegionRuleSets.Version;
import jixiao.rules.RuleSetChanges;
import jixiao.rules.RuleSetRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule sets per region and year (issue 15): a province's change reaches the city and the county below it that do not
 * override it, a county's override changes only the county's scores; a submitted evaluation keeps the set it was
 * frozen with; the preview lists the drafts of the region and below, nothing else; and who reaches which page.
 *
 * <p>Every scenario works in regions of its own, so that the rule sets in force elsewhere (the other tests sharing the
 * context) stay as they are. The clean project meets every target; its results lie beyond their targets by 20 %
 * (1200 件 for ≥1000 件) and 16.7 % (35 % for ≥30 %) and by less than 10 % elsewhere.
 */
public abstract class RegionRuleSetScenarios extends CastScenarios {

    private static final int YEAR = 2024;

    /** 指标偏离 from 10 %: the clean project loses 2 points for each of its two results beyond that, 100 → 96. */
    private static final String DEVIATION = "\"deviation\": {\"applies\": true, \"share\": 0.1, \"points\": 2}";

    /** 优 from 97: the clean project's 96 under {@link #DEVIATION} is 良. */
    private static final String EXCELLENT_97 = "\"gradeBands\": {\"excellent\": 97}";

    /** The county switches the deviation rule off again. */
    private static final String NO_DEVIATION = "\"deviation\": {\"applies\": false}";

    @Autowired
    RegionRuleSets sets;

    @Autowired
    RuleSetChanges changes;

    protected RegionRuleSetScenarios() {
        super("开封市", "商丘市");
    }

    /** A province, a city in it and a county in the city, each with a unit and a clean draft of {@link #YEAR}. */
    record Chain(Region province, Region city, Region county, Unit provincial, Unit municipal, Unit countyUnit) {}

    private Chain chain() {
        Region province = organisations.region("河南省");
        Region city = organisations.region("开封市", province);
        Region county = organisations.region("兰考县", city);
        return new Chain(
                province,
                city,
                county,
                organisations.unit(province, "省档案馆"),
                organisations.unit(city, "市档案馆"),
                organisations.unit(county, "县档案馆"));
    }

    /**
     * Which level changes what (activated from the county up, so that a later change above still reaches a level that
     * does not override it), and the totals and grades of the three units' drafts.
     */
    static Stream<Arguments> inheritance() {
        return Stream.of(
                Arguments.of("省的修改到达市和县", DEVIATION, null, null, "96 96 96", "优 优 优"),
                Arguments.of("县的覆盖只改变县", DEVIATION, null, EXCELLENT_97, "96 96 96", "优 优 良"),
                Arguments.of("市的覆盖到达县", DEVIATION, EXCELLENT_97, null, "96 96 96", "优 良 良"),
                Arguments.of("县关闭省的规则", DEVIATION, null, NO_DEVIATION, "96 96 100", "优 优 优"),
                Arguments.of("没有修改", null, null, null, "100 100 100", "优 优 优"),
                Arguments.of("只有县修改", null, null, DEVIATION, "100 100 96", "优 优 优"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inheritance")
    void aRegionInheritsItsParentsRuleSetAndOverridesParts(
            String name, String province, String city, String county, String totals, String grades) {
        Chain chain = chain();
        long[] drafts = {
            evaluations.draft(chain.provincial(), "档案数字化", YEAR),
            evaluations.draft(chain.municipal(), "档案数字化", YEAR),
            evaluations.draft(chain.countyUnit(), "档案数字化", YEAR)
        };
        putInForce(chain.county(), county);
        putInForce(chain.city(), city);
        putInForce(chain.province(), province);

        Unit[] units = {chain.provincial(), chain.municipal(), chain.countyUnit()};
        String[] expectedTotals = totals.split(" ");
        String[] expectedGrades = grades.split(" ");
        for (int i = 0; i < 3; i++) {
            JsonNode assessment = read(units[i], drafts[i]).path("assessment");
            assertThat(assessment.path("total").decimalValue())
                    .as(units[i].name() + " total")
                    .isEqualByComparingTo(expectedTotals[i]);
            assertThat(assessment.path("grade").asText())
                    .as(units[i].name() + " grade")
                    .isEqualTo(expectedGrades[i]);
            // the list's stored figures follow the activation
            assertThat(storedTotal(drafts[i])).as(units[i].name() + " listed").isEqualByComparingTo(expectedTotals[i]);
        }
    }

    @Test
    void aRegionsSetCarriesOverToTheLaterYearsUntilItPutsOneOfALaterYearInForce() {
        Chain chain = chain();
        Unit unit = chain.countyUnit();
        long yearBefore = evaluations.draft(unit, "档案数字化", YEAR - 1);
        long thisYear = evaluations.draft(unit, "档案数字化", YEAR);
        long nextYear = evaluations.draft(unit, "档案数字化", YEAR + 1);
        long yearAfter = evaluations.draft(unit, "档案数字化", YEAR + 2);
        Level province = levelOf(chain.province());

        putInForce(chain.province(), DEVIATION);

        assertThat(total(unit, yearBefore)).isEqualByComparingTo("100");
        assertThat(total(unit, thisYear)).isEqualByComparingTo("96");
        assertThat(total(unit, nextYear)).isEqualByComparingTo("96");
        assertThat(total(unit, yearAfter)).isEqualByComparingTo("96");
        // the lists' stored totals of the years it carries over to follow the activation too
        assertThat(storedTotal(yearAfter)).isEqualByComparingTo("96");
        assertThat(storedTotal(yearBefore)).isEqualByComparingTo("100");
        assertThat(sets.origin(province, YEAR + 2)).isEqualTo(new RegionRuleSets.Origin(YEAR, 1));
        assertThat(sets.origin(province, YEAR - 1).none()).isTrue();

        // the province sets its rules of the next year: that year and the later ones take them, this year keeps its own
        putInForce(chain.province(), YEAR + 1, NO_DEVIATION);

        assertThat(total(unit, thisYear)).isEqualByComparingTo("96");
        assertThat(total(unit, nextYear)).isEqualByComparingTo("100");
        assertThat(total(unit, yearAfter)).isEqualByComparingTo("100");
        assertThat(storedTotal(yearAfter)).isEqualByComparingTo("100");
        assertThat(sets.origin(province, YEAR + 2)).isEqualTo(new RegionRuleSets.Origin(YEAR + 1, 1));

        // the page says where the year's set came from
        Api bureau = Api.signedIn(port, chain.province().bureau(), FIXTURE_PASSWORD);
        Response carried = bureau.get("/rule-sets?year=" + (YEAR + 2), "text/html");
        assertThat(Html.textOf(carried.body(), "origin"))
                .contains("沿用 " + (YEAR + 1) + " 年度第 1 版")
                .contains("全国根规则集");
        assertThat(Html.textOf(
                        bureau.get("/rule-sets?year=" + YEAR, "text/html").body(), "origin"))
                .contains("本级 " + YEAR + " 年度第 1 版生效中");
        Api county = Api.signedIn(port, chain.county().bureau(), FIXTURE_PASSWORD);
        assertThat(Html.textOf(
                        county.get("/rule-sets?year=" + YEAR, "text/html").body(), "origin"))
                .contains("没有启用的版本");
    }

    @Test
    void theListsAndTheRecheckResultsGradeWithTheEvaluationsOwnBands() throws java.io.IOException {
        Chain chain = chain();
        // 优 from 97 in the county only; the province keeps the built-in 优 from 90
        putInForce(chain.county(), EXCELLENT_97);
        long county = evaluations.sentToBureau(chain.countyUnit(), "档案保护", YEAR);
        long province = evaluations.sentToBureau(chain.provincial(), "档案保护", YEAR);
        // the 复核 total as the bureau's worksheet stores it (ReviewScenarios fills it through the pages): 100 → 96,
        // a gap of 4 points, under the threshold of 10; a change of grade only under the county's bands
        for (long id : new long[] {county, province}) {
            jdbc.sql("UPDATE project_evaluation SET recheck_total = 96 WHERE id = ?")
                    .param(id)
                    .update();
        }
        Api bureau = Api.signedIn(port, chain.province().bureau(), FIXTURE_PASSWORD);

        String largeGaps = bureau.get("/evaluations?year=" + YEAR + "&largeGap=true", "text/html")
                .body();
        assertThat(largeGaps)
                .contains("/evaluations/" + county + "\"")
                .doesNotContain("/evaluations/" + province + "\"");

        Api.Download results = bureau.download("/review/results.xlsx?year=" + YEAR);
        assertThat(results.status()).isEqualTo(200);
        Map<String, String> changes = new java.util.HashMap<>();
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(results.body()))) {
            for (var row : workbook.getSheet("复核结果")) {
                if (row.getCell(8) != null && row.getCell(0) != null) {
                    changes.put(
                            row.getCell(0).getStringCellValue(), row.getCell(8).getStringCellValue());
                }
            }
        }
        assertThat(changes)
                .containsEntry(chain.countyUnit().name(), "优 → 良")
                .containsEntry(chain.provincial().name(), "");
    }

    @Test
    void aSubmittedEvaluationKeepsItsFrozenRuleSetWhenTheRegionChangesItsSet() {
        long draft = evaluations.draft(theUnit, "档案保管", YEAR);
        long submitted = evaluations.sentToBureau(theUnit, "档案修复", YEAR);
        JsonNode before = read(theUnit, submitted);

        putInForce(theUnit.region(), DEVIATION + ", " + EXCELLENT_97);

        JsonNode frozen = read(theUnit, submitted);
        assertThat(frozen.path("ruleSet")).isEqualTo(before.path("ruleSet"));
        assertThat(frozen.path("assessment").path("total").decimalValue()).isEqualByComparingTo("100");
        assertThat(frozen.path("assessment").path("grade").asText()).isEqualTo("优");
        JsonNode rescored = read(theUnit, draft);
        assertThat(rescored.path("ruleSet").path("name").asText())
                .isEqualTo(RegionRuleSets.setName(levelOf(theUnit.region()), YEAR));
        assertThat(rescored.path("assessment").path("total").decimalValue()).isEqualByComparingTo("96");
        assertThat(rescored.path("assessment").path("grade").asText()).isEqualTo("良");
        assertThat(storedTotal(submitted)).isEqualByComparingTo("100");
    }

    @Test
    void thePreviewListsTheDraftsOfTheRegionAndBelowAndNothingElse() {
        Chain chain = chain();
        Region elsewhere = organisations.region("周口市");
        Unit stranger = organisations.unit(elsewhere, "市档案馆");
        long cityDraft = evaluations.draft(chain.municipal(), "档案数字化", YEAR);
        long countyDraft = evaluations.draft(chain.countyUnit(), "档案数字化", YEAR);
        long citySubmitted = evaluations.sentToBureau(chain.municipal(), "档案修复", YEAR);
        long otherYear = evaluations.draft(chain.municipal(), "档案数字化", YEAR - 1);
        long provinceDraft = evaluations.draft(chain.provincial(), "档案数字化", YEAR);
        long otherRegion = evaluations.draft(stranger, "档案数字化", YEAR);

        Level city = levelOf(chain.city());
        Version version = changes.save(city, YEAR, change(city, DEVIATION), "test");
        RuleSetChanges.Preview preview = changes.preview(city, version);

        assertThat(preview.conflicts()).isEmpty();
        assertThat(preview.rescored())
                .extracting(Rescore::evaluationId)
                .containsExactlyInAnyOrder(cityDraft, countyDraft);
        assertThat(preview.rescored()).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(EvaluationKind.PROJECT.name());
            assertThat(r.totalBefore()).isEqualByComparingTo("100");
            assertThat(r.totalAfter()).isEqualByComparingTo("96");
            assertThat(r.changed()).isTrue();
        });
        assertThat(List.of(citySubmitted, otherYear, provinceDraft, otherRegion))
                .allSatisfy(id -> assertThat(storedTotal(id)).isEqualByComparingTo("100"));
        // nothing changes before the version is put in force
        assertThat(total(chain.municipal(), cityDraft)).isEqualByComparingTo("100");
        assertThat(sets.versions(city, YEAR)).singleElement().satisfies(v -> assertThat(v.inForce())
                .isFalse());
    }

    @Test
    void aVersionThatARegionBelowConflictsWithIsNotPutInForce() {
        Chain chain = chain();
        putInForce(chain.county(), "\"gradeBands\": {\"good\": 85}");
        Level city = levelOf(chain.city());
        Version version = changes.save(city, YEAR, change(city, "\"gradeBands\": {\"excellent\": 84}"), "test");

        assertThat(changes.preview(city, version).conflicts())
                .singleElement()
                .asString()
                .startsWith(chain.county().name() + "（" + YEAR + " 年度）：");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> changes.activate(city, version, "test"))
                .isInstanceOf(RuleSetRefused.class);
        assertThat(sets.inForce(chain.county().id(), YEAR).gradeBands().excellent())
                .isEqualByComparingTo(jixiao.shared.Points.of(90));
    }

    // ---- the form

    @Test
    void theFormRefusesWeightsThatDoNotAddUpTo100WithTheSumBesideTheField() {
        Api bureau = Api.signedIn(port, theUnit.region().bureau(), FIXTURE_PASSWORD);
        int year = YEAR + 3;
        String token = bureau.csrfToken("/rule-sets/edit?year=" + year);
        String form = "_csrf=" + token + "&year=" + year + "&stem=" + enc("产出") + "&weight=60&stem=" + enc("效益")
                + "&weight=30&stem=" + enc("满意度") + "&weight=10&" + enc("$.gradeBands.good") + "=85";

        Response refused = bureau.postFormBody("/rule-sets/edit", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("一级指标分值与预算执行率分值合计 110 分，应为 100 分").contains("value=\"85\"");
        assertThat(sets.versions(levelOf(theUnit.region()), year)).isEmpty();
    }

    @Test
    void theFormNamesTheFieldAndTheValueOfAProblem() {
        Api bureau = Api.signedIn(port, theUnit.region().bureau(), FIXTURE_PASSWORD);
        String token = bureau.csrfToken("/rule-sets/edit?year=" + YEAR);

        Response refused = bureau.postFormBody(
                "/rule-sets/edit",
                "_csrf=" + token + "&year=" + YEAR + "&" + enc("$.gradeBands.good") + "=" + enc("八十五"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("良的分数线（$.gradeBands.good）：应为数字，实际为字符串 &quot;八十五&quot;");
    }

    @Test
    void aBureauChangesItsRegionsSetThroughThePagesAndTheAuditTrailKeepsIt() {
        // a region of its own: the version carries over to the later years, whose drafts the preview would list too
        Region region = organisations.region("杞县");
        Unit theUnit = organisations.unit(region, "县档案馆");
        Api bureau = Api.signedIn(port, region.bureau(), FIXTURE_PASSWORD);
        long draft = evaluations.draft(theUnit, "档案整理", YEAR - 2);
        String token = bureau.csrfToken("/rule-sets/edit?year=" + (YEAR - 2));

        Response saved = bureau.postFormBody(
                "/rule-sets/edit",
                "_csrf=" + token + "&year=" + (YEAR - 2) + "&" + enc("$.deviation.applies") + "=true&"
                        + enc("$.deviation.share") + "=0.1");
        assertThat(saved.status()).isEqualTo(302);
        String versionPage = saved.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        Response page = bureau.get(versionPage, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(Html.textOf(page.body(), "preview-count")).isEqualTo("共 1 份，其中 1 份得分或等级有变化。");
        assertThat(page.body()).contains("data-evaluation=\"" + draft + "\"");

        Response activated = bureau.postForm(versionPage + "/activate", Map.of("_csrf", token));
        assertThat(activated.status()).isEqualTo(302);
        assertThat(total(theUnit, draft)).isEqualByComparingTo("96");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor = ? ORDER BY id")
                        .param(theUnit.region().bureau())
                        .query(String.class)
                        .list())
                .containsSubsequence("ruleSet.regionSaved", "ruleSet.regionActivated");
    }

    // ---- who reaches what

    enum Operation {
        LIST,
        FORM,
        SAVE,
        VERSION,
        ACTIVATE
    }

    static Stream<Arguments> access() {
        return table(
                """
                FILLER_OF_ANOTHER_REGION                     403 403 403 403 403
                UNIT_REVIEWER_OF_ANOTHER_REGION              403 403 403 403 403
                BUREAU_OF_ANOTHER_REGION                     200 200 302 404 404
                FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         403 403 403 403 403
                UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  403 403 403 403 403
                BUREAU_OF_THE_REGION                         200 200 302 200 302
                ADMINISTRATOR                                200 200 302 404 404
                FILLER_OF_THE_UNIT                           403 403 403 403 403
                UNIT_REVIEWER_OF_THE_UNIT                    403 403 403 403 403
                """,
                Operation.class);
    }

    /** A year no other scenario uses: a national version the administrator saves here is never put in force. */
    private static final int ACCESS_YEAR = 2093;

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("access")
    void whoReachesARegionsRuleSet(Actor actor, Operation operation, int expected) {
        Level level = levelOf(theUnit.region());
        Version version = changes.save(level, ACCESS_YEAR, change(level, EXCELLENT_97), "test");
        Api api = actors.get(actor);
        Response response =
                switch (operation) {
                    case LIST -> api.get("/rule-sets?year=" + ACCESS_YEAR, "text/html");
                    case FORM -> api.get("/rule-sets/edit?year=" + ACCESS_YEAR, "text/html");
                    case SAVE ->
                        api.postForm(
                                "/rule-sets/edit",
                                Map.of("year", String.valueOf(ACCESS_YEAR), "$.gradeBands.good", "81"));
                    case VERSION -> api.get("/rule-sets/versions/" + version.id(), "text/html");
                    case ACTIVATE -> api.postForm("/rule-sets/versions/" + version.id() + "/activate", Map.of());
                };
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        boolean changedTheRegion = actor == Actor.BUREAU_OF_THE_REGION && operation == Operation.ACTIVATE;
        assertThat(sets.version(level, version.id()).orElseThrow().inForce()).isEqualTo(changedTheRegion);
    }

    // ---- helpers

    private Level levelOf(Region region) {
        return new Level(region.id(), region.name());
    }

    /** A region's change file: its name and version, then {@code fields}. */
    private static String change(Level level, String fields) {
        return "{\"name\": \"" + RegionRuleSets.setName(level, YEAR) + "\", \"version\": \"t\", " + fields + "}";
    }

    /** Saves and puts in force the changes {@code fields} (nothing where null) at the region. */
    private void putInForce(Region region, String fields) {
        putInForce(region, YEAR, fields);
    }

    private void putInForce(Region region, int year, String fields) {
        if (fields == null) {
            return;
        }
        Level level = levelOf(region);
        Version version = changes.save(level, year, change(level, fields), "test");
        changes.activate(level, version, "test");
    }

    private JsonNode read(Unit unit, long id) {
        Response response =
                Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD).get("/api/evaluations/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private BigDecimal total(Unit unit, long id) {
        return read(unit, id).path("assessment").path("total").decimalValue();
    }

    private BigDecimal storedTotal(long id) {
        return jdbc.sql("SELECT total FROM project_evaluation WHERE id = ?")
                .param(id)
                .query(BigDecimal.class)
                .single();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
