package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jixiao.scoring.Indicator;
import jixiao.scoring.SelfEvaluationReport;
import org.junit.jupiter.api.Test;

/** A row marked 不适用 and a score typed in words, read and written back. */
class IndicatorMarksTest {
    private static final String ROW = "/projects/0/indicators/0";

    private static Indicator firstRow(String json) throws InterchangeException {
        return new InterchangeReader().read(json).projects().get(0).indicators().get(0);
    }

    @Test
    void aRowMarkedNotApplicableKeepsItsReasonAndRoundTrips() throws Exception {
        String json = SeedDocument.with(ROW + "/notApplicable", "{\"reason\": \"本年度未发生\"}");

        Indicator row = firstRow(json);
        SelfEvaluationReport written =
                new InterchangeReader().read(new InterchangeWriter().write(new InterchangeReader().read(json)));

        assertThat(row.notApplicable()).isEqualTo(new Indicator.NotApplicable("本年度未发生"));
        assertThat(written.projects().get(0).indicators().get(0)).isEqualTo(row);
        assertThat(firstRow(SeedDocument.text()).notApplicable()).isNull();
    }

    @Test
    void aScoreInWordsIsReadAsItsNumberAndWrittenAsTyped() throws Exception {
        String json = SeedDocument.with(ROW + "/claimedScore", "\"十四点二五\"");

        Indicator row = firstRow(json);
        String written = new InterchangeWriter().write(new InterchangeReader().read(json));

        assertThat(row.claimedScore()).isEqualByComparingTo("14.25");
        assertThat(row.claimedScoreText()).isEqualTo("十四点二五");
        assertThat(written).contains("\"claimedScore\": \"十四点二五\"");
        assertThat(firstRow(SeedDocument.with(ROW + "/claimedScore", "\"14.25分\""))
                        .claimedScoreText())
                .isNull();
    }

    @Test
    void aScoreTextThatIsNoScoreIsRefusedNamingThePathAndTheText() {
        InterchangeException e = catchThrowableOfType(InterchangeException.class, () -> new InterchangeReader()
                .read(SeedDocument.with(ROW + "/claimedScore", "\"很好\"")));

        assertThat(e.path()).isEqualTo("$.projects[0].indicators[0].claimedScore");
        assertThat(e.message()).contains("\"很好\"");
    }

    @Test
    void aMarkWithAnUnknownFieldIsRefused() {
        InterchangeException e = catchThrowableOfType(InterchangeException.class, () -> new InterchangeReader()
                .read(SeedDocument.with(ROW + "/notApplicable", "{\"why\": \"x\"}")));

        assertThat(e.path()).isEqualTo("$.projects[0].indicators[0].notApplicable.why");
    }
}
