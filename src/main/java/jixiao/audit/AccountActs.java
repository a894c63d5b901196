package jixiao.audit;

import jixiao.account.AccountEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The acts on accounts (creation, role changes, resets, disabling, unlocking, password changes, the policy). */
@Component
class AccountActs {

    private final AuditTrail trail;

    AccountActs(AuditTrail trail) {
        this.trail = trail;
    }

    /** In the transaction of the act: a rolled-back act leaves no entry. */
    @EventListener
    void on(AccountEvent event) {
        boolean refused = event.action().equals(AccountEvent.PASSWORD_CHANGE_REFUSED);
        trail.record(new AuditRecord(
                event.by(),
                event.action(),
                event.account() == null ? null : "账号 " + event.account(),
                event.detail(),
                !refused));
    }
}
