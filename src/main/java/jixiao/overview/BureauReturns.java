package jixiao.overview;

import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps whether an evaluation is returned by the finance bureau, on every move of the workflow, in the transaction of
 * the move: a bureau's lists show a returned evaluation only when the bureau returned it (what was sent to it), not
 * one the unit's own reviewer sent back to its 填报人.
 */
@Component
class BureauReturns {

    private final ListStore store;
    private final Accounts accounts;

    BureauReturns(ListStore store, Accounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @EventListener
    void on(EvaluationEvent event) {
        switch (event.action()) {
            case RETURNED -> store.returnedByBureau(event.evaluationId(), byBureau(event.by()));
            case SUBMITTED, UNIT_APPROVED, APPROVED -> store.returnedByBureau(event.evaluationId(), false);
            default -> {
                // imports, saves and explanations do not move the evaluation
            }
        }
    }

    private boolean byBureau(String username) {
        return accounts.account(username)
                .map(account -> account.role() == Role.BUREAU_REVIEWER)
                .orElse(false);
    }
}
