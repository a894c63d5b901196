package jixiao.collection;

import java.time.LocalDate;
import java.util.List;

/**
 * A collection round as the bureau sets it: the notice's number and title, the deadline and the units in scope
 * ({@code allUnits}, or those of {@code unitIds}).
 */
public record RoundInput(
        int fiscalYear, String noticeNumber, String title, LocalDate deadline, boolean allUnits, List<Long> unitIds) {

    public RoundInput {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }
}
