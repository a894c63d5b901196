package jixiao.system;

import jixiao.account.CurrentUser;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system administrator's changes of configuration (units, regions, rule sets, frameworks), each done together
 * with its entry in the audit trail in one transaction: a change is recorded exactly when it is made.
 */
@Component
class ConfigurationActs {

    /** What the audit trail says of a change: what was changed, and how (may be null). */
    record Entry(String target, String detail) {
        Entry(String target) {
            this(target, null);
        }
    }

    /** A change that may refuse with a checked exception (a file that does not read). */
    @FunctionalInterface
    interface Change<T, E extends Exception> {
        T make() throws E;
    }

    private final TransactionTemplate transactions;
    private final AuditTrail trail;

    ConfigurationActs(TransactionTemplate transactions, AuditTrail trail) {
        this.transactions = transactions;
        this.trail = trail;
    }

    /** Makes the change and records it; {@code record} words the entry from the change's result. */
    <T, E extends Exception> T change(
            CurrentUser by, String action, Change<T, E> change, java.util.function.Function<T, Entry> record) throws E {
        Holder<T, E> holder = new Holder<>();
        transactions.executeWithoutResult(status -> {
            try {
                holder.value = change.make();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                @SuppressWarnings("unchecked")
                E checked = (E) e;
                holder.failure = checked;
                status.setRollbackOnly();
                return;
            }
            Entry entry = record.apply(holder.value);
            trail.record(AuditRecord.done(by.getUsername(), action, entry.target(), entry.detail()));
        });
        if (holder.failure != null) {
            throw holder.failure;
        }
        return holder.value;
    }

    private static final class Holder<T, E> {
        T value;
        E failure;
    }
}
