package jixiao.sampling;

import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_ANOTHER_REGION;
import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_THE_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.evaluation.web.CastScenarios;
import jixiao.integration.Api;
import jixiao.integration.Api.Download;
import jixiao.integration.Api.Response;
import jixiao.integration.Organisations.Unit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 抽评 through the pages: only a finance bureau draws, from its region's projects sent to it; a draw is stored with its
 * seed, parameters and data, draws the same list again from the same seed and data, and is exported with its method.
 */
abstract class SamplingScenarios extends CastScenarios {

    enum Operation {
        LIST,
        DRAW,
        DETAIL,
        EXPORT
    }

    /**
     * LIST DRAW DETAIL EXPORT: a bureau draws for its own region (another region's bureau finds nothing of this
     * region to draw from, and not its draws); no other role samples. A draw that succeeds redirects (302).
     */
    private static final String TABLE =
            """
            FILLER_OF_ANOTHER_REGION                     403 403 403 403
            UNIT_REVIEWER_OF_ANOTHER_REGION              403 403 403 403
            BUREAU_OF_ANOTHER_REGION                     200 200 404 404
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         403 403 403 403
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  403 403 403 403
            BUREAU_OF_THE_REGION                         200 302 200 200
            ADMINISTRATOR                                403 403 403 403
            FILLER_OF_THE_UNIT                           403 403 403 403
            UNIT_REVIEWER_OF_THE_UNIT                    403 403 403 403
            """;

    SamplingScenarios() {
        super("鹤壁市", "濮阳市");
    }

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A year of the region with projects sent to the bureau, and a draw of it. */
    int tableYear;

    long tableDraw;

    @BeforeAll
    void world() {
        tableYear = 2001 + SERIAL.incrementAndGet();
        for (int i = 0; i < 3; i++) {
            evaluations.sentToBureau(theUnit, "抽样表-" + i, tableYear, BigDecimal.valueOf(10 + 40 * i));
        }
        tableDraw = drawId(actors.get(BUREAU_OF_THE_REGION).postForm("/sampling", form(tableYear, "1")));
    }

    static Stream<Arguments> accessTable() {
        return table(TABLE, Operation.class);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("accessTable")
    void onlyTheRegionsBureauSamplesTheRegion(Actor actor, Operation operation, int expected) {
        Api api = actors.get(actor);

        Response response =
                switch (operation) {
                    case LIST -> api.get("/sampling", "text/html");
                    case DRAW -> api.postForm("/sampling", form(tableYear, "1"));
                    case DETAIL -> api.get("/sampling/" + tableDraw, "text/html");
                    case EXPORT -> {
                        Download download = api.download("/sampling/" + tableDraw + "/list.xlsx");
                        yield new Response(
                                download.status(), download.headers(), download.status() == 200 ? "" : download.text());
                    }
                };

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (actor != BUREAU_OF_THE_REGION) {
            assertThat(response.body()).doesNotContain(theUnit.name()).doesNotContain("抽样表-");
        }
    }

    @Test
    void theSameSeedOverTheSameDataDrawsTheSameListAndTheDrawSaysSo() {
        int year = 2001 + SERIAL.incrementAndGet();
        Unit neighbour = organisations.unit(theUnit.region(), "鹤壁市图书馆");
        double[] budgets = {5, 12, 18, 25, 33, 41, 60, 75, 90, 120, 150, 300};
        for (int i = 0; i < budgets.length; i++) {
            evaluations.sentToBureau(i % 2 == 0 ? theUnit : neighbour, "抽样-" + i, year, BigDecimal.valueOf(budgets[i]));
        }
        Api bureau = actors.get(BUREAU_OF_THE_REGION);

        long first = drawId(bureau.postForm("/sampling", form(year, "20240301")));
        long second = drawId(bureau.postForm("/sampling", form(year, "20240301")));
        long otherSeed = drawId(bureau.postForm("/sampling", form(year, "7")));
        String page = bureau.get("/sampling/" + first, "text/html").body();

        // 150 万 and 300 万 from 130 万 on; ceil(35 % of the other 10) = 4 at random
        assertThat(picks(second)).isEqualTo(picks(first)).hasSize(2 + 4);
        assertThat(digest(second)).isEqualTo(digest(first));
        assertThat(picksAboveThreshold(first)).containsExactlyInAnyOrderElementsOf(projects(year, 150, 300));
        assertThat(picks(otherSeed)).hasSameSizeAs(picks(first));
        assertThat(page)
                .contains("20240301")
                .contains("按记录的种子和数据重新抽取，结果与本名单一致")
                .contains("全年预算数不低于 130 万元的项目全部抽取（2 个）")
                .contains("其余 10 个项目按金额档（界限 20, 100 万元）和预算单位分层，按不低于 35% 的比例随机抽取 4 个")
                .contains(digest(first));
    }

    @Test
    void aDrawTakesOnlyTheRegionsProjectsSentToTheBureau() {
        int year = 2001 + SERIAL.incrementAndGet();
        long sent = evaluations.sentToBureau(theUnit, "已报送-" + year, year);
        long draft = evaluations.draft(theUnit, "草稿-" + year, year);
        Unit stranger = organisations.unit(organisations.region("漯河市"), "漯河市档案馆");
        long elsewhere = evaluations.sentToBureau(stranger, "别处-" + year, year);

        long draw = drawId(actors.get(BUREAU_OF_THE_REGION).postForm("/sampling", form(year, "3")));

        List<Long> population = jdbc.sql("SELECT evaluation_id FROM sample_candidate WHERE draw_id = ?")
                .param(draw)
                .query(Long.class)
                .list();
        assertThat(population).contains(sent).doesNotContain(draft, elsewhere);
    }

    @Test
    void theListIsExportedWithItsMethodAndLinksToTheEvaluations() throws IOException {
        String downloads =
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'sampling.list_downloaded' AND target LIKE ?";
        long before = jdbc.sql(downloads)
                .param("抽样 " + tableDraw + " %")
                .query(Long.class)
                .single();

        Download xlsx = actors.get(BUREAU_OF_THE_REGION).download("/sampling/" + tableDraw + "/list.xlsx");

        assertThat(xlsx.status()).isEqualTo(200);
        // the download is in the audit trail (issue 13, item 2)
        assertThat(jdbc.sql(downloads)
                        .param("抽样 " + tableDraw + " %")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet list = workbook.getSheet("抽评名单");
            List<Row> rows = new ArrayList<>();
            list.forEach(row -> {
                if (row.getCell(2) != null
                        && row.getCell(2).getStringCellValue().startsWith("抽样表-")) {
                    rows.add(row);
                }
            });
            assertThat(rows).hasSize(picks(tableDraw).size());
            assertThat(rows.get(0).getCell(2).getHyperlink().getAddress())
                    .matches(".*/evaluations/" + picks(tableDraw).get(0));
            StringBuilder method = new StringBuilder();
            workbook.getSheet("抽样方法")
                    .forEach(row -> method.append(row.getCell(0).getStringCellValue()));
            assertThat(method).contains("随机数种子：1").contains(digest(tableDraw)).contains("结果与本名单一致");
        }
    }

    @Test
    void parametersThatDoNotReadAreNamedAndNothingIsDrawn() {
        int before = jdbc.sql("SELECT COUNT(*) FROM sample_draw")
                .query(Integer.class)
                .single();

        Response refused = actors.get(BUREAU_OF_THE_REGION)
                .postForm(
                        "/sampling",
                        Map.of(
                                "year", String.valueOf(tableYear),
                                "threshold", "一百",
                                "percent", "120",
                                "bands", "50, 10",
                                "seed", "x"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("全部抽取的金额应为不小于 0 的数（万元，最多四位小数），填写的是“一百”")
                .contains("随机抽取比例应为 0 至 100 之间的数（最多两位小数），填写的是“120”")
                .contains("金额档界限应为从小到大的正数（万元，逗号分隔），填写的是“50, 10”")
                .contains("随机数种子应为整数，填写的是“x”");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sample_draw")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        assertThat(actors.get(BUREAU_OF_ANOTHER_REGION)
                        .postForm("/sampling", form(tableYear, "1"))
                        .body())
                .contains("年度本地区还没有报送财政局的项目");
    }

    // ---- fixtures

    private static Map<String, String> form(int year, String seed) {
        return Map.of(
                "year", String.valueOf(year), "threshold", "130", "percent", "35", "bands", "20, 100", "seed", seed);
    }

    private static long drawId(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(302);
        String location = response.header("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private List<Long> picks(long draw) {
        return jdbc.sql("SELECT evaluation_id FROM sample_candidate WHERE draw_id = ? AND picked IS NOT NULL"
                        + " ORDER BY position")
                .param(draw)
                .query(Long.class)
                .list();
    }

    private List<Long> picksAboveThreshold(long draw) {
        return jdbc.sql("SELECT evaluation_id FROM sample_candidate WHERE draw_id = ? AND picked = 'ABOVE_THRESHOLD'")
                .param(draw)
                .query(Long.class)
                .list();
    }

    private List<Long> projects(int year, int... budgetsWan) {
        List<Long> ids = new ArrayList<>();
        for (int wan : budgetsWan) {
            ids.addAll(jdbc.sql("SELECT id FROM project_evaluation WHERE fiscal_year = ? AND budget = ?")
                    .params(year, BigDecimal.valueOf(wan * 10_000L))
                    .query(Long.class)
                    .list());
        }
        return ids;
    }

    private String digest(long draw) {
        return jdbc.sql("SELECT population_digest FROM sample_draw WHERE id = ?")
                .param(draw)
                .query(String.class)
                .single();
    }
}
