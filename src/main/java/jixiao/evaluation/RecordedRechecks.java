package jixiao.evaluation;

import jixiao.account.Account;
import jixiao.report.Recheck;

/**
 * The finance bureau's 复核 as recorded, for the 审核意见书: the review feature keeps the 复核 and answers here, so
 * that the opinion's pages ask for it without depending on that feature.
 */
public interface RecordedRechecks {

    /** Nothing recorded: a review opinion from the findings alone. */
    RecordedRechecks NONE = (who, unitId, fiscalYear, onlyId) -> Recheck.NONE;

    /**
     * What is recorded of the 复核 of a unit's year, or of one of its evaluations ({@code onlyId}), for a user who may
     * read the unit's report.
     */
    Recheck of(Account who, long unitId, int fiscalYear, Long onlyId);
}
