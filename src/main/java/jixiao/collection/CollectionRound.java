package jixiao.collection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A finance bureau's collection round for its region and a fiscal year: the notice (通知文号 and title), the deadline
 * for sending the unit's evaluations to the bureau, and the units in scope.
 *
 * @param allUnits every unit of the region and the regions below it; otherwise only {@code unitIds}
 * @param unitIds the units in scope where not all are
 */
public record CollectionRound(
        long id,
        long regionId,
        int fiscalYear,
        String noticeNumber,
        String title,
        LocalDate deadline,
        boolean allUnits,
        List<Long> unitIds,
        LocalDateTime updatedAt,
        String updatedBy) {

    public CollectionRound {
        unitIds = List.copyOf(unitIds);
    }

    /** Whether the deadline has passed on {@code today} (the deadline's own day is still in time). */
    public boolean isPast(LocalDate today) {
        return today.isAfter(deadline);
    }
}
