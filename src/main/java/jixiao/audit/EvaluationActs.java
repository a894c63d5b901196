package jixiao.audit;

import jixiao.evaluation.EvaluationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The acts on evaluations (imports, saves, explanations, workflow moves) kept in the audit trail. */
@Component
class EvaluationActs {

    private final AuditTrail trail;

    EvaluationActs(AuditTrail trail) {
        this.trail = trail;
    }

    /** In the transaction of the act: a rolled-back act leaves no entry. */
    @EventListener
    void on(EvaluationEvent event) {
        trail.record(AuditRecord.done(
                event.by(),
                "evaluation." + event.action().name().toLowerCase(java.util.Locale.ROOT),
                event.kind().name() + " " + event.evaluationId() + " " + event.name(),
                event.detail()));
    }
}
