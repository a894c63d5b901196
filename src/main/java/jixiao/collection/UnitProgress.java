package jixiao.collection;

/**
 * One unit of a collection round: how many of its evaluations of the year are in each state, where it stands, and
 * whether it is late: the deadline has passed and it has not sent all of them to the bureau (none at all, or some
 * still a draft, submitted only inside the unit, or returned by its own reviewer).
 */
public record UnitProgress(
        long unitId,
        String unitName,
        long regionId,
        String regionName,
        int drafts,
        int submitted,
        int unitApproved,
        int approved,
        int returnedByUnit,
        int returnedByBureau,
        boolean late) {

    public int evaluations() {
        return drafts + submitted + unitApproved + approved + returnedByUnit + returnedByBureau;
    }

    public Progress progress() {
        if (evaluations() == 0) {
            return Progress.NOT_STARTED;
        }
        if (returnedByUnit + returnedByBureau > 0) {
            return Progress.RETURNED;
        }
        if (drafts > 0) {
            return Progress.DRAFT;
        }
        if (submitted > 0) {
            return Progress.SUBMITTED;
        }
        if (unitApproved > 0) {
            return Progress.UNIT_APPROVED;
        }
        return Progress.APPROVED;
    }

    /** The same counts, late or not. */
    UnitProgress late(boolean isLate) {
        return new UnitProgress(
                unitId,
                unitName,
                regionId,
                regionName,
                drafts,
                submitted,
                unitApproved,
                approved,
                returnedByUnit,
                returnedByBureau,
                isLate);
    }

    /** Whether something is still with the unit: nothing at all, a draft, an internal submission or return. */
    public boolean notAllSent() {
        return evaluations() == 0 || drafts + submitted + returnedByUnit > 0;
    }
}
