package jixiao.overview;

import java.util.ArrayList;
import java.util.List;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.Workflow;
import org.springframework.stereotype.Service;

/**
 * Approving or returning many evaluations with one opinion: each through the workflow on its own ({@link
 * Workflow#approve} or {@link Workflow#approveForUnit}, {@link Workflow#giveBack}), so that each is checked, moved and
 * kept in its history as if done alone, and one refused leaves the others done. The batch itself goes to the audit
 * trail.
 */
@Service
public class BatchReview {

    /** What the reviewer decided for the whole batch. */
    public enum Decision {
        APPROVE,
        RETURN
    }

    /** Why one evaluation of a batch was not moved. */
    public enum Refusal {
        NOT_FOUND,
        NOT_ALLOWED,
        WRONG_STATE,
        INVALID
    }

    /**
     * What happened to one evaluation of a batch.
     *
     * @param name the project's name, or null where the evaluation is not visible to the reviewer
     * @param refusal null when done
     */
    public record Outcome(long id, String name, Refusal refusal, String message) {
        public boolean done() {
            return refusal == null;
        }
    }

    private final ListStore store;
    private final Workflow workflow;
    private final AuditTrail audit;

    public BatchReview(ListStore store, Workflow workflow, AuditTrail audit) {
        this.store = store;
        this.workflow = workflow;
        this.audit = audit;
    }

    /**
     * Applies the decision to each evaluation. The opinion is required (a finance bureau's approval and any return
     * need one); without it nothing is done.
     */
    public List<Outcome> decide(Account who, List<Long> ids, Decision decision, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            boolean needed = decision == Decision.RETURN || who.role() != Role.UNIT_REVIEWER;
            if (needed) {
                throw new EvaluationException.Invalid("opinion", "批量审核时必须填写审核意见");
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        int done = 0;
        for (ListStore.Target target : store.targets(ids.stream().distinct().toList())) {
            try {
                if (decision == Decision.RETURN) {
                    workflow.giveBack(who, target.id(), target.kind(), opinion);
                } else if (who.role() == Role.UNIT_REVIEWER) {
                    workflow.approveForUnit(who, target.id(), target.kind());
                } else {
                    workflow.approve(who, target.id(), target.kind(), opinion);
                }
                outcomes.add(new Outcome(target.id(), target.name(), null, null));
                done++;
            } catch (EvaluationException.NotFound e) {
                outcomes.add(new Outcome(target.id(), null, Refusal.NOT_FOUND, e.getMessage()));
            } catch (EvaluationException.NotAllowed e) {
                outcomes.add(new Outcome(target.id(), target.name(), Refusal.NOT_ALLOWED, e.getMessage()));
            } catch (EvaluationException.WrongState e) {
                outcomes.add(new Outcome(target.id(), target.name(), Refusal.WRONG_STATE, e.getMessage()));
            } catch (EvaluationException e) {
                outcomes.add(new Outcome(target.id(), target.name(), Refusal.INVALID, e.getMessage()));
            }
        }
        List<Long> found = outcomes.stream().map(Outcome::id).toList();
        for (long id : ids.stream().distinct().toList()) {
            if (!found.contains(id)) {
                outcomes.add(
                        new Outcome(id, null, Refusal.NOT_FOUND, new EvaluationException.NotFound(id).getMessage()));
            }
        }
        audit.record(AuditRecord.done(
                who.username(),
                decision == Decision.APPROVE ? "overview.batch_approved" : "overview.batch_returned",
                "自评表 " + found,
                done + " / " + outcomes.size() + (opinion == null ? "" : "：" + opinion.strip())));
        return outcomes;
    }
}
