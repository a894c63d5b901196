package jixiao.audit;

import jixiao.rules.RuleSetEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The saves and activations of the regions' rule sets kept in the audit trail. */
@Component
class RuleSetActs {

    private final AuditTrail trail;

    RuleSetActs(AuditTrail trail) {
        this.trail = trail;
    }

    /** In the transaction of the change: a rolled-back change leaves no entry. */
    @EventListener
    void on(RuleSetEvent event) {
        trail.record(AuditRecord.done(event.by(), event.action(), event.target(), event.detail()));
    }
}
