package jixiao.system;

import static jixiao.integration.Credentials.FIXTURE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import jixiao.account.Accounts;
import jixiao.integration.Api;
import jixiao.integration.Api.Response;
import jixiao.integration.Organisations;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The unbounded input of issue 13, each now refused at the edge with the field and the value named, or cleaned, and
 * never a 500: long texts, too many indicators, huge weights and amounts, control characters (U+0000 broke
 * PostgreSQL, U+FFFE the PDF), a body above the size limit, an editor form with a name too long for its column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InputLimitsScenarios {

    static final String HTML = "text/html,application/xhtml+xml";

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Organisations.Unit unit;
    Api clerk;

    @BeforeAll
    void world() {
        Organisations organisations = new Organisations(units, accounts);
        unit = organisations.unit(organisations.region("限制测试市"), "限制测试中心");
        clerk = Api.anonymous(port).as(unit.filler(), FIXTURE_PASSWORD);
    }

    @Test
    void aGoalLongerThanTheLimitIsRefusedWithItsPath() {
        ObjectNode document =
                ReportDocument.forUnit(unit.name()).withCleanProject("长目标").json();
        ((ObjectNode) document.at("/projects/0/goals")).put("expected", "目".repeat(40_000));

        Response refused = clerk.post("/api/evaluations/import", document.toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("$.projects[0].goals.expected");
        assertThat(refused.json().path("message").asText()).contains("40000").contains("20000");
    }

    @Test
    void fiveThousandIndicatorsAreRefusedWithTheCount() {
        ObjectNode document =
                ReportDocument.forUnit(unit.name()).withCleanProject("大项目").json();
        ArrayNode indicators = (ArrayNode) document.at("/projects/0/indicators");
        ObjectNode row = (ObjectNode) indicators.get(0);
        for (int i = indicators.size(); i < 5000; i++) {
            indicators.add(row.deepCopy().put("level3", "件数" + i));
        }

        Response refused = clerk.post("/api/evaluations/import", document.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("$.projects[0].indicators");
        assertThat(refused.json().path("message").asText()).contains("5000").contains("500");
    }

    @Test
    void hugeWeightsAndAmountsAreRefusedWithTheFieldNamed() {
        ObjectNode weight =
                ReportDocument.forUnit(unit.name()).withCleanProject("大分值").json();
        ((ObjectNode) weight.at("/projects/0/indicators/0")).put("weight", new java.math.BigDecimal("1E+29"));
        ObjectNode money =
                ReportDocument.forUnit(unit.name()).withCleanProject("大金额").json();
        ((ObjectNode) money.at("/projects/0/funds/total")).put("executed", new java.math.BigDecimal("1E+15"));

        Response refusedWeight = clerk.post("/api/evaluations/import", weight.toString());
        Response refusedMoney = clerk.post("/api/evaluations/import", money.toString());

        assertThat(refusedWeight.status()).isEqualTo(400);
        assertThat(refusedWeight.json().path("field").asText()).isEqualTo("$.projects[0].indicators[0].weight");
        assertThat(refusedMoney.status()).isEqualTo(400);
        assertThat(refusedMoney.json().path("field").asText()).isEqualTo("$.projects[0].funds.total.executed");
    }

    @Test
    void controlCharactersAreRemovedAndTheDocumentsOfTheUnitStillGenerate() {
        ObjectNode document =
                ReportDocument.forUnit(unit.name()).withCleanProject("控制字符").json();
        ((ObjectNode) document.at("/projects/0/goals")).put("expected", "目标\u0000完成\uFFFE，\u0007好");

        Response imported = clerk.post("/api/evaluations/import", document.toString());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long id = imported.json().path("ids").path(0).asLong();
        assertThat(clerk.get("/api/evaluations/" + id)
                        .json()
                        .at("/project/goals/expected")
                        .asText())
                .isEqualTo("目标完成，好");
        for (String format : new String[] {"pdf"}) {
            assertThat(clerk.download("/units/" + unit.id() + "/2023/report." + format)
                            .status())
                    .as(format)
                    .isEqualTo(200);
        }
    }

    @Test
    void aBodyAboveTheSizeLimitIsRefusedWith413() {
        String large = "{\"format\":\"self-evaluation/1\",\"padding\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";

        Response refused = clerk.post("/api/evaluations/import", large);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().path("error").asText()).isEqualTo("too-large");
    }

    @Test
    void anEditorFormWithANameTooLongForItsColumnIsRefusedNotAServerError() {
        Response imported = clerk.post(
                "/api/evaluations/import",
                ReportDocument.forUnit(unit.name()).withCleanProject("表单限制").text());
        long id = imported.json().path("ids").path(0).asLong();
        Api browser = Api.signedIn(port, unit.filler(), FIXTURE_PASSWORD);

        Response saved = browser.postForm(
                "/evaluations/" + id,
                Map.of("name", "名".repeat(400), "version", "1", "_csrf", browser.csrfToken("/evaluations/" + id)));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("300").contains("400");
        assertThat(clerk.get("/api/evaluations/" + id).json().path("name").asText())
                .isEqualTo("表单限制");
    }

    /**
     * A search with U+0000 (the list, its export, the overview): the parameters lose their control characters as every
     * form field does. They went to the database as typed, and PostgreSQL answered every such search with a 500.
     */
    @Test
    void aSearchWithAControlCharacterIsCleanedNotAServerError() {
        Api bureau = Api.anonymous(port).as(unit.region().bureau(), FIXTURE_PASSWORD);

        assertThat(bureau.get("/evaluations?q=%E9%99%90%00%E5%88%B6&unit=%00&finding=%00", HTML)
                        .status())
                .isEqualTo(200);
        assertThat(bureau.download("/evaluations/export.xlsx?q=%00").status()).isEqualTo(200);
        assertThat(bureau.get("/overview?q=%00", HTML).status()).isEqualTo(200);
    }

    /**
     * A sign-in with U+0000 in the name is a failed sign-in like any other, in the audit trail with the address. The
     * name went to the database as typed: on PostgreSQL an internal error, with a stack trace in the log and no entry.
     */
    @Test
    void aSignInWithAControlCharacterInTheNameIsAFailedSignInInTheAuditTrail() {
        Response refused = Api.anonymous(port)
                .from("192.0.2.200")
                .as("nul\u0000name", "wrong")
                .get("/api/evaluations");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT address FROM audit_entry WHERE actor = 'nulname' AND action = 'login.failed'")
                        .query(String.class)
                        .list())
                .contains("192.0.2.200");
    }

    /** A file name with U+0000 is refused with the reason; the multipart parser's exception was a 500. */
    @Test
    void anUploadWhoseFileNameHasAControlCharacterIsRefusedNotAServerError() {
        Response refused = clerk.postFile(
                "/evaluations/import", "file", "a\u0000.json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(303);
    }
}
