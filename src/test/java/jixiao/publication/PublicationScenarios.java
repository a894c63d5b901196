package jixiao.publication;

import static jixiao.evaluation.web.AccessScenarios.Actor.BUREAU_OF_THE_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.evaluation.web.CastScenarios;
import jixiao.integration.Api;
import jixiao.integration.Api.Download;
import jixiao.integration.Api.Response;
import jixiao.integration.SettableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 公开 through the pages: only the region's finance bureau publishes and unpublishes its units' approved reports; the
 * public pages need no login and show exactly what is published now: every public URL and every id is walked, those
 * of reports never published, unpublished, and unpublished and published again included.
 */
abstract class PublicationScenarios extends CastScenarios {

    enum Operation {
        PAGE,
        PUBLISH,
        UNPUBLISH,
        PUBLIC_LIST,
        PUBLIC_PDF
    }

    /** PAGE PUBLISH UNPUBLISH PUBLIC_LIST PUBLIC_PDF; a POST that succeeds redirects (302). */
    private static final String TABLE =
            """
            FILLER_OF_ANOTHER_REGION                     403 403 403 200 200
            UNIT_REVIEWER_OF_ANOTHER_REGION              403 403 403 200 200
            BUREAU_OF_ANOTHER_REGION                     200 404 404 200 200
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         403 403 403 200 200
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  403 403 403 200 200
            BUREAU_OF_THE_REGION                         200 302 302 200 200
            ADMINISTRATOR                                403 403 403 200 200
            FILLER_OF_THE_UNIT                           403 403 403 200 200
            UNIT_REVIEWER_OF_THE_UNIT                    403 403 403 200 200
            """;

    /** The pages of the bureau's work (and the lists), which without login send to the login page. */
    private static final List<String> NOT_PUBLIC = List.of(
            "/overview",
            "/overview?year=2023",
            "/overview/units?year=2023",
            "/evaluations",
            "/evaluations?todo=true&year=all",
            "/evaluations/export.xlsx?year=2023",
            "/evaluations/1/copies",
            "/collection",
            "/outputs",
            "/outputs/summary.xlsx?year=2023",
            "/outputs/jobs/1",
            "/outputs/jobs/1/reports.zip",
            "/review/unit-evaluations/1",
            "/units/1/2023/review-opinion.pdf",
            "/sampling/1/list.xlsx",
            "/publication",
            "/review",
            "/review/scale",
            "/review/evaluations/1",
            "/review/evaluations/1/notes",
            "/review/results.xlsx?year=2023",
            "/sampling",
            "/sampling/1",
            "/rectifications",
            "/rectifications/1",
            "/evaluations/1/review-opinion.pdf");

    PublicationScenarios() {
        super("三门峡市湖滨区", "信阳市");
    }

    private static final AtomicInteger YEARS = new AtomicInteger(2001);

    @Autowired
    Publications publications;

    @Autowired
    SettableClock clock;

    Api anonymous;

    /** A year of the unit approved and not yet published; a current publication: reused until used up. */
    Integer approvedYear;

    Long current;

    @BeforeAll
    void world() {
        anonymous = Api.anonymous(port);
    }

    static Stream<Arguments> accessTable() {
        return table(TABLE, Operation.class);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("accessTable")
    void onlyTheRegionsBureauPublishesAndEveryoneReadsWhatIsPublished(Actor actor, Operation operation, int expected) {
        Api api = actors.get(actor);

        Response response =
                switch (operation) {
                    case PAGE -> api.get("/publication", "text/html");
                    case PUBLISH -> publish(api, theUnit.id(), approvedYear());
                    case UNPUBLISH -> api.postForm("/publication/" + current() + "/unpublish", Map.of("reason", "测试"));
                    case PUBLIC_LIST -> api.get("/public/reports", "text/html");
                    case PUBLIC_PDF -> {
                        Download pdf = api.download("/public/reports/" + current() + ".pdf");
                        yield new Response(pdf.status(), pdf.headers(), "");
                    }
                };

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (operation == Operation.PUBLISH && expected == 302) {
            approvedYear = null;
        }
        if (operation == Operation.UNPUBLISH && expected == 302) {
            current = null;
        }
        if (operation == Operation.PAGE && actor != BUREAU_OF_THE_REGION) {
            assertThat(response.body()).doesNotContain(theUnit.name());
        }
    }

    @Test
    void everyPublicUrlAndEveryIdShowsOnlyWhatIsPublishedNow() throws IOException {
        long published = publishedNow();
        long unpublished = publishedNow();
        unpublish(unpublished);
        long firstOfYear = publishedNow();
        int republishedYear = yearOf(firstOfYear);
        unpublish(firstOfYear);
        Response again = publish(actors.get(BUREAU_OF_THE_REGION), theUnit.id(), republishedYear);
        long republished = currentOf(republishedYear);
        int neverPublished = approved();
        Set<Long> now = currentIds();

        assertThat(again.status()).isEqualTo(302);
        assertThat(now).contains(published, republished).doesNotContain(unpublished, firstOfYear);
        String list = anonymous.get("/public/reports", "text/html").body();
        long max = jdbc.sql("SELECT MAX(id) FROM publication").query(Long.class).single();
        for (long id = 1; id <= max + 3; id++) {
            Download pdf = anonymous.download("/public/reports/" + id + ".pdf");
            if (now.contains(id)) {
                assertThat(pdf.status()).as("publication " + id).isEqualTo(200);
                assertThat(pdf.header("Content-Type")).hasValue("application/pdf");
                String sha = Publications.sha256(pdf.body());
                assertThat(list).contains("id=\"published-" + id + "\"").contains(sha);
                assertThat(sha).isEqualTo(storedSha(id));
            } else {
                assertThat(pdf.status()).as("publication " + id).isEqualTo(404);
                assertThat(list).doesNotContain("id=\"published-" + id + "\"");
                assertThat(pdf.text()).doesNotContain(theUnit.name());
            }
        }
        assertThat(list).doesNotContain(storedSha(unpublished)).doesNotContain(storedSha(firstOfYear));
        String filtered = anonymous
                .get(
                        "/public/reports?year=" + republishedYear + "&region="
                                + theUnit.region().id(),
                        "text/html")
                .body();
        assertThat(filtered)
                .contains("id=\"published-" + republished + "\"")
                .doesNotContain("id=\"published-" + published + "\"");
        assertThat(anonymous
                        .get("/public/reports?year=" + neverPublished, "text/html")
                        .body())
                .doesNotContain(theUnit.name());
        for (String path : NOT_PUBLIC) {
            Response refused = anonymous.get(path, "text/html");
            assertThat(refused.status()).as(path).isEqualTo(302);
            assertThat(refused.header("Location")).as(path).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/login"));
        }
        try (PDDocument pdf = Loader.loadPDF(
                anonymous.download("/public/reports/" + published + ".pdf").body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains(theUnit.name());
        }
    }

    @Test
    void aReportIsPublishedOnlyWhenEveryEvaluationOfItsYearIsApproved() {
        int year = YEARS.incrementAndGet();
        evaluations.approved(theUnit, "已审核-" + year, year);
        evaluations.sentToBureau(theUnit, "待审核-" + year, year);

        Response refused = publish(actors.get(BUREAU_OF_THE_REGION), theUnit.id(), year);

        assertThat(refused.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication WHERE unit_id = ? AND fiscal_year = ?")
                        .params(theUnit.id(), year)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(actors.get(BUREAU_OF_THE_REGION)
                        .get("/publication?year=" + year, "text/html")
                        .body())
                .contains("未全部审核")
                .contains("1 / 2");
    }

    @Test
    void whatWasPublishedNeverChangesAndUnpublishingKeepsTheRecord() {
        long id = publishedNow();
        byte[] first = anonymous.download("/public/reports/" + id + ".pdf").body();

        clock.advance(Duration.ofDays(2)); // a report generated now would carry another date
        byte[] later = anonymous.download("/public/reports/" + id + ".pdf").body();
        actors.get(BUREAU_OF_THE_REGION).postForm("/publication/" + id + "/unpublish", Map.of("reason", "单位更正了文字"));
        String history = actors.get(BUREAU_OF_THE_REGION)
                .get("/publication", "text/html")
                .body();

        assertThat(later).isEqualTo(first);
        assertThat(Publications.sha256(first)).isEqualTo(storedSha(id));
        assertThat(history).contains(storedSha(id)).contains("单位更正了文字");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target LIKE ? ORDER BY id")
                        .param("公开 " + id + " %")
                        .query(String.class)
                        .list())
                .containsExactly("publication.published", "publication.unpublished");
        assertThat(actors.get(BUREAU_OF_THE_REGION)
                        .postForm("/publication/" + id + "/unpublish", Map.of("reason", "again"))
                        .status())
                .isEqualTo(302);
    }

    // ---- fixtures

    private int approved() {
        int year = YEARS.incrementAndGet();
        evaluations.approved(theUnit, "公开项目-" + year, year);
        return year;
    }

    private int approvedYear() {
        if (approvedYear == null) {
            approvedYear = approved();
        }
        return approvedYear;
    }

    private long current() {
        if (current == null) {
            current = publishedNow();
        }
        return current;
    }

    /** A new publication of a new approved year of the unit, by the region's bureau. */
    private long publishedNow() {
        int year = approved();
        Response response = publish(actors.get(BUREAU_OF_THE_REGION), theUnit.id(), year);
        assertThat(response.status()).isEqualTo(302);
        return currentOf(year);
    }

    private void unpublish(long id) {
        Response response =
                actors.get(BUREAU_OF_THE_REGION).postForm("/publication/" + id + "/unpublish", Map.of("reason", "撤回"));
        assertThat(response.status()).isEqualTo(302);
    }

    private static Response publish(Api api, long unit, int year) {
        return api.postForm("/publication", Map.of("unit", String.valueOf(unit), "year", String.valueOf(year)));
    }

    private long currentOf(int year) {
        return jdbc.sql("SELECT publication_id FROM publication_current WHERE unit_id = ? AND fiscal_year = ?")
                .params(theUnit.id(), year)
                .query(Long.class)
                .single();
    }

    private int yearOf(long id) {
        return jdbc.sql("SELECT fiscal_year FROM publication WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private Set<Long> currentIds() {
        return new HashSet<>(jdbc.sql("SELECT publication_id FROM publication_current")
                .query(Long.class)
                .list());
    }

    private String storedSha(long id) {
        return jdbc.sql("SELECT sha256 FROM publication WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
