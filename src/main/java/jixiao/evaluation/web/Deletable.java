package jixiao.evaluation.web;

import jixiao.account.Account;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationStatus;

/** Whether a page offers to delete an evaluation: a draft never submitted, to the unit's own staff. */
final class Deletable {
    private Deletable() {}

    static boolean of(EvaluationRow row, Account who) {
        return row.status() == EvaluationStatus.DRAFT && who.role().belongsToUnit();
    }
}
