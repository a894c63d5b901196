package jixiao.overview;

import java.util.List;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.Scope;

/**
 * Which evaluations a user's lists hold: those of its scope ({@link jixiao.evaluation.EvaluationAccess#scope}) and,
 * for a finance bureau, only what was sent to it (单位已审核 and 已审核, and 退回 where the bureau returned it itself:
 * a unit's drafts and its own working states are the unit's); and what waits for the user (its 待办).
 *
 * @param todo the states that wait for this role: 填报人 drafts and returned ones, 单位审核 submitted ones, 财政局审核
 *     those sent to the bureau and not yet approved; none for 管理员 and the 三员 (whose scope is empty anyway)
 */
record Reach(Scope scope, boolean sentToBureauOnly, List<EvaluationStatus> todo) {

    static Reach of(Account who, Scope scope) {
        return switch (who.role()) {
            case FILLER -> new Reach(scope, false, List.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED));
            case UNIT_REVIEWER -> new Reach(scope, false, List.of(EvaluationStatus.SUBMITTED));
            case BUREAU_REVIEWER -> new Reach(scope, true, List.of(EvaluationStatus.UNIT_APPROVED));
            case ADMINISTRATOR, SECURITY_ADMINISTRATOR, AUDITOR -> new Reach(scope, false, List.of());
        };
    }

    static boolean isBureau(Account who) {
        return who.role() == Role.BUREAU_REVIEWER;
    }
}
