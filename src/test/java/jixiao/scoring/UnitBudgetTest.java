package jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jixiao.scoring.UnitSelfEvaluation.UnitBudget;
import org.junit.jupiter.api.Test;

class UnitBudgetTest {

    @Test
    void theFigureNamesAreTheRecordsFiguresInOrder() {
        List<String> figures = Arrays.stream(UnitBudget.class.getRecordComponents())
                .filter(c -> c.getType() == BigDecimal.class)
                .map(RecordComponent::getName)
                .toList();

        assertThat(UnitBudget.FIGURES).isEqualTo(figures);
    }

    @Test
    void aBudgetMadeOfItsFiguresGivesThemBackInTheSameOrder() {
        List<BigDecimal> figures = new ArrayList<>();
        for (int i = 0; i < UnitBudget.FIGURES.size(); i++) {
            figures.add(i == 3 ? null : BigDecimal.valueOf(100 + i));
        }

        UnitBudget budget = UnitBudget.of(figures, "部门财务情况");

        assertThat(budget.figures()).isEqualTo(figures);
        assertThat(budget.incomeBudget()).isEqualByComparingTo("100");
        assertThat(budget.projectExpenditureBudget()).isNull();
        assertThat(budget.carryOverBalance()).isEqualByComparingTo("110");
        assertThat(budget.text()).isEqualTo("部门财务情况");
    }

    @Test
    void aWrongNumberOfFiguresIsRefusedNamingThem() {
        assertThatThrownBy(() -> UnitBudget.of(List.of(BigDecimal.ONE), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 figures expected")
                .hasMessageContaining("incomeBudget");
    }
}
