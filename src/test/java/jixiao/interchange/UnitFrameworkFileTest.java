package jixiao.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitFigure;
import jixiao.scoring.UnitFramework;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkStatus;
import jixiao.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitFrameworkFileTest {
    private final UnitFrameworkFile file = new UnitFrameworkFile();

    @Test
    void theDefaultFrameworkReadsBackEqual() throws Exception {
        assertThat(file.read(file.write(UnitFramework.defaults()))).isEqualTo(UnitFramework.defaults());
    }

    @Test
    void theBundledFileIsWhatTheWriterWritesForTheDefault() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/frameworks/default-unit.json")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(file.write(UnitFramework.defaults()));
        }
    }

    @Test
    void aStepScheduleRoundTrips() throws Exception {
        UnitFramework framework = new UnitFramework(
                "某省框架",
                "2024.1",
                List.of(new UnitFramework.Item(
                        "4. 重点工作任务完成",
                        "重点工作计划完成率",
                        Points.of(100),
                        null,
                        new UnitFramework.Formula(
                                UnitFigure.KEY_WORK_COMPLETED,
                                UnitFigure.KEY_WORK_PLANNED,
                                new UnitFramework.Steps(List.of(
                                        new UnitFramework.Step(new BigDecimal("0.6"), new BigDecimal("0.5")),
                                        new UnitFramework.Step(new BigDecimal("0.9"), BigDecimal.ONE)))))));
        UnitFramework read = file.read(file.write(framework));
        assertThat(read).isEqualTo(framework);
        assertThat(((UnitFramework.Steps)
                                ((UnitFramework.Formula) read.items().get(0).measure()).schedule())
                        .steps()
                        .get(0)
                        .from())
                .isEqualByComparingTo("0.9");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown figure | \"numerator\": \"finalExpenditure\" | \"numerator\": \"决算\" | $.items[3].numerator | 没有名为 \"决算\" 的数据项",
                "negative weight | \"weight\": 10, | \"weight\": -10, | $.items[3].weight | -10",
                "unknown kind | \"kind\": \"qualitative\" | \"kind\": \"judgement\" | $.items[0].kind | \"judgement\"",
                "wrong format | \"unit-framework/1\" | \"unit-framework/9\" | $.format | unit-framework/9",
                "limit above zeroAt | \"zeroAt\": 0.15 | \"zeroAt\": 0.01 | $.items[4].schedule | 评分标准不成立",
            })
    void aBrokenFileNamesThePathAndTheValue(String what, String from, String to, String path, String said) {
        String json = file.write(UnitFramework.defaults()).replaceFirst(java.util.regex.Pattern.quote(from), to);
        InterchangeException e = catchThrowableOfType(InterchangeException.class, () -> file.read(json));
        assertThat(e).as(what).isNotNull();
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).contains(said);
    }

    @Test
    void theWholeUnitFiguresAndKeyWorkStatusesRoundTripInTheInterchangeFormat() throws Exception {
        String seed = SeedDocument.text();
        com.fasterxml.jackson.databind.node.ObjectNode tree = SeedDocument.tree();
        com.fasterxml.jackson.databind.node.ObjectNode department =
                (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("department");
        department.set("figures", SeedDocument.parse("{\"budgetAdjustment\": 192.16, \"annualGoals\": 8}"));
        com.fasterxml.jackson.databind.node.ObjectNode first = (com.fasterxml.jackson.databind.node.ObjectNode)
                department.get("keyWorkPlan").get(0);
        first.put("status", "partial").put("evidence", "资金未到位").put("responsibleDepartment", "办公室");
        String edited = SeedDocument.json(tree);
        SelfEvaluationReport report = new InterchangeReader().read(edited);
        assertThat(report.department().figures())
                .isEqualTo(Map.of(
                        UnitFigure.BUDGET_ADJUSTMENT,
                        new BigDecimal("192.16"),
                        UnitFigure.ANNUAL_GOALS,
                        new BigDecimal("8")));
        assertThat(report.department().keyWorkPlan().get(0).status()).isEqualTo(KeyWorkStatus.PARTIAL);
        assertThat(report.department().keyWorkPlan().get(0).responsibleDepartment())
                .isEqualTo("办公室");
        SelfEvaluationReport again = new InterchangeReader().read(new InterchangeWriter().write(report));
        assertThat(again.department()).isEqualTo(report.department());
        assertThat(seed).doesNotContain("\"figures\"");
    }

    @Test
    void anUnknownStatusOrANegativeFigureNamesThePath() {
        InterchangeException status = catchThrowableOfType(InterchangeException.class, () -> new InterchangeReader()
                .read(SeedDocument.with("/department/keyWorkPlan/0/status", "\"done\"")));
        assertThat(status.path()).isEqualTo("$.department.keyWorkPlan[0].status");
        assertThat(status.getMessage()).contains("\"done\"");
        InterchangeException figure = catchThrowableOfType(InterchangeException.class, () -> new InterchangeReader()
                .read(SeedDocument.with("/department/figures", "{\"procurementBudget\": -3}")));
        assertThat(figure.path()).isEqualTo("$.department.figures.procurementBudget");
        assertThat(figure.getMessage()).contains("政府采购预算", "-3");
    }
}
