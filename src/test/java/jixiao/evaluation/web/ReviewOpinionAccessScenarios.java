package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jixiao.account.Accounts;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.Imports;
import jixiao.evaluation.Workflow;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.integration.Api;
import jixiao.integration.Api.Download;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may download the 审核意见书 (review opinion), per evaluation and per unit and year: those who review the unit
 * (its 单位审核, the 财政局审核 of its region, 管理员). Its 填报人 is refused (403: it sees the findings in its editor);
 * everyone outside the unit and its region gets 404, the answer for what does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewOpinionAccessScenarios {

    /** The expected status per actor: of one evaluation's opinion, then of the unit's year's. */
    private static final String TABLE =
            """
            FILLER_OF_ANOTHER_REGION                     404 404
            UNIT_REVIEWER_OF_ANOTHER_REGION              404 404
            BUREAU_OF_ANOTHER_REGION                     404 404
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         404 404
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  404 404
            BUREAU_OF_THE_REGION                         200 200
            ADMINISTRATOR                                200 200
            FILLER_OF_THE_UNIT                           403 403
            UNIT_REVIEWER_OF_THE_UNIT                    200 200
            """;

    private static final AtomicInteger PROJECTS = new AtomicInteger();

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

    Organisations organisations;
    Unit theUnit;
    final Map<Actor, Api> actors = new EnumMap<>(Actor.class);

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        AccessCast cast = AccessCast.of(organisations, port, "安阳市", "许昌市");
        theUnit = cast.theUnit();
        actors.putAll(cast.actors());
    }

    static Stream<Arguments> accessTable() {
        List<Arguments> table = new ArrayList<>();
        TABLE.lines().forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            table.add(Arguments.of(Actor.valueOf(cells[0]), Integer.parseInt(cells[1]), Integer.parseInt(cells[2])));
        });
        return table.stream();
    }

    @Test
    void theTableHasARowForEveryActor() {
        assertThat(accessTable().map(row -> row.get()[0]).distinct())
                .containsExactlyInAnyOrder((Object[]) Actor.values());
    }

    /**
     * An evaluation of the unit in a year of its own, with a score the rules do not give (a finding to report), sent to
     * the finance bureau (单位已审核): the bureau sees only what was sent to it.
     */
    record Target(long id, String name, int year) {}

    Target evaluation() {
        int n = PROJECTS.incrementAndGet();
        String name = "文物修复-" + n;
        int year = 1991 + n % 100;
        var report = ReportDocument.forUnit(theUnit.name())
                .fiscalYear(year)
                .withCleanProject(name)
                .report();
        long id =
                imports.importReport(report, theUnit.id(), "fixture").projects().get(0);
        workflow.submit(organisations.account(theUnit.filler()), id, EvaluationKind.PROJECT);
        workflow.approveForUnit(organisations.account(theUnit.reviewer()), id, EvaluationKind.PROJECT);
        return new Target(id, name, year);
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @MethodSource("accessTable")
    void onlyThoseWhoReviewTheUnitGetItsReviewOpinion(Actor actor, int ofEvaluation, int ofYear) throws IOException {
        Target target = evaluation();
        Api api = actors.get(actor);

        Download one = api.download("/evaluations/" + target.id() + "/review-opinion.pdf");
        Download year = api.download("/units/" + theUnit.id() + "/" + target.year() + "/review-opinion.pdf");

        assertThat(one.status()).as(one.text()).isEqualTo(ofEvaluation);
        assertThat(year.status()).as(year.text()).isEqualTo(ofYear);
        for (Download download : List.of(one, year)) {
            if (download.status() == 200) {
                assertThat(download.header("Content-Type")).hasValue("application/pdf");
                try (PDDocument pdf = Loader.loadPDF(download.body())) {
                    String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                    assertThat(text).contains("审核意见").contains(target.name()).contains(theUnit.name());
                }
            } else {
                assertThat(download.text()).doesNotContain(theUnit.name()).doesNotContain(target.name());
            }
        }
    }

    @Test
    void theOpinionIsAlsoAWordFileAndNoWorkbook() throws IOException {
        Target target = evaluation();
        Api reviewer = actors.get(Actor.UNIT_REVIEWER_OF_THE_UNIT);

        Download docx = reviewer.download("/evaluations/" + target.id() + "/review-opinion.docx");
        Download xlsx = reviewer.download("/evaluations/" + target.id() + "/review-opinion.xlsx");

        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains(".docx"));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText())
                    .contains("审核意见")
                    .contains(target.name())
                    .contains("审核结论");
        }
        assertThat(xlsx.status()).isEqualTo(400);
        assertThat(xlsx.text()).contains("xlsx");
    }
}
