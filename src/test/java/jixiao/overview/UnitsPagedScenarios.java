package jixiao.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.integration.Api;
import jixiao.integration.Credentials;
import jixiao.integration.Html;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The units of a collection round are shown a page at a time (a province's round has thousands): 25 units of a
 * region in pages of 20 are 20 on the first page and 5 on the second, the count names all 25, and a size the page
 * does not offer falls back to 50.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UnitsPagedScenarios {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    Api bureau;

    @BeforeAll
    void region() {
        int n = SERIAL.incrementAndGet();
        long region = units.region("分页测试市" + n);
        for (int i = 1; i <= 25; i++) {
            units.createUnit(region, String.format("分页测试单位%d-%02d", n, i), null, null);
        }
        String login = "paging-bureau-" + n;
        accounts.createAccount(
                login, encoder.encode(Credentials.DEMO_PASSWORD), "分页测试财政局", Role.BUREAU_REVIEWER, null, region);
        bureau = Api.signedIn(port, login, Credentials.DEMO_PASSWORD);
    }

    @Test
    void aPageHoldsAtMostItsSizeAndTheNextPageTheRest() {
        String first = bureau.get("/overview/units?year=2021&size=20").body();
        assertThat(rows(first)).isEqualTo(20);
        assertThat(Html.textOf(first, "page-number")).isEqualTo("第 1 / 2 页");
        assertThat(first).contains("id=\"next\"").doesNotContain("id=\"previous\"");

        String second = bureau.get("/overview/units?year=2021&size=20&page=2").body();
        assertThat(rows(second)).isEqualTo(5);
        assertThat(Html.textOf(second, "page-number")).isEqualTo("第 2 / 2 页");
        assertThat(second).contains("id=\"previous\"").doesNotContain("id=\"next\"");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndAnUnofferedSizeFallsBackToFifty() {
        String beyond = bureau.get("/overview/units?year=2021&size=20&page=9").body();
        assertThat(Html.textOf(beyond, "page-number")).isEqualTo("第 2 / 2 页");

        String odd = bureau.get("/overview/units?year=2021&size=7").body();
        assertThat(rows(odd)).isEqualTo(25);
        assertThat(Html.textOf(odd, "page-number")).isEqualTo("第 1 / 1 页");
    }

    /** The unit rows of the page's table. */
    private static int rows(String html) {
        String body = html.substring(html.indexOf("id=\"units\""));
        body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return body.split("<tr", -1).length - 1;
    }
}
