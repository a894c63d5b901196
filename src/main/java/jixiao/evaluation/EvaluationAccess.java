package jixiao.evaluation;

import java.util.Optional;
import java.util.function.Predicate;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.organisation.BudgetUnits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change which stored evaluation, the one place these rules are written, for every kind alike: a
 * unit's 填报人 and 单位审核 reach their unit, a finance bureau the units of its region and the regions below it,
 * 管理员 everything, the security and audit administrators nothing; a bureau sees only what a unit sent to it; only a
 * unit's own staff change its evaluations, and only while they are editable.
 */
@Component
@Transactional(readOnly = true)
public class EvaluationAccess {

    private final EvaluationStore store;
    private final BudgetUnits units;

    public EvaluationAccess(EvaluationStore store, BudgetUnits units) {
        this.store = store;
        this.units = units;
    }

    /** The units whose evaluations this user reaches. */
    public Scope scope(Account who) {
        return switch (who.role()) {
            case FILLER, UNIT_REVIEWER -> Scope.unit(who.unitId());
            case BUREAU_REVIEWER -> Scope.regions(units.regionAndBelow(who.regionId()));
            case ADMINISTRATOR -> Scope.everything();
            // 三员: the security and audit administrators are kept out of the business data (等保2.0 三级)
            case SECURITY_ADMINISTRATOR, AUDITOR -> Scope.nothing();
        };
    }

    /** The row if this user may see it and it is of this kind; otherwise not found (the two are not told apart). */
    public EvaluationRow visible(Account who, long id, EvaluationKind kind) {
        return readable(who, id, kind).orElseThrow(() -> new NotFound(id));
    }

    /** The row if this user may see it and it is of this kind: for a feature that passes over what it may not see. */
    public Optional<EvaluationRow> readable(Account who, long id, EvaluationKind kind) {
        return store.find(id).filter(row -> row.kind() == kind && reaches(who, row));
    }

    /**
     * Whether this user may see the row: in the scope, and for a finance bureau only what the unit sent to it (a
     * unit's drafts and its own working states are the unit's, as in the bureau's lists).
     */
    public boolean reaches(Account who, EvaluationRow row) {
        return reader(who).test(row);
    }

    /** The same test for many rows, the user's scope read once. */
    public Predicate<EvaluationRow> reader(Account who) {
        Scope scope = scope(who);
        boolean bureau = who.role() == Role.BUREAU_REVIEWER;
        return row -> scope.reaches(row.unitId(), row.regionId()) && (!bureau || row.sentToBureau());
    }

    /**
     * The row of any kind if this user may see it; otherwise not found. For a feature that refers to evaluations by
     * id alone (files attached to them), where the kind is the row's own.
     */
    public EvaluationRow visible(Account who, long id) {
        EvaluationRow row = store.find(id).orElseThrow(() -> new NotFound(id));
        return visible(who, id, row.kind());
    }

    /** The row if this user may change it now: one of the unit's own staff, and a state that allows changes. */
    public EvaluationRow editable(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = visible(who, id, kind);
        if (!who.role().belongsToUnit()) {
            throw new NotAllowed("只有本单位的填报人和审核人可以修改自评表");
        }
        if (!row.status().isEditable()) {
            throw new WrongState("自评表" + row.status().label() + "，不能再修改");
        }
        return row;
    }

    /**
     * The row if this user may record its 复核 now (scores, comments on rows): the finance bureau of the unit's region
     * while the evaluation is with it (单位已审核). Approval freezes the 复核; a returned evaluation is the unit's again.
     */
    public EvaluationRow reviewable(Account who, long id, EvaluationKind kind) {
        EvaluationRow row = visible(who, id, kind);
        requireRole(who, Role.BUREAU_REVIEWER, "只有财政局审核人可以复核");
        if (row.status() == EvaluationStatus.APPROVED) {
            throw new WrongState("自评表已审核，复核已冻结，不能再修改");
        }
        requireState(row, EvaluationStatus.UNIT_APPROVED);
        return row;
    }

    static void requireRole(Account who, Role role, String message) {
        if (who.role() != role) {
            throw new NotAllowed(message);
        }
    }

    static void requireState(EvaluationRow row, EvaluationStatus state) {
        if (row.status() != state) {
            throw new WrongState("自评表当前为“" + row.status().label() + "”，不是“" + state.label() + "”");
        }
    }
}
