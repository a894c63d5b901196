package jixiao.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import jixiao.shared.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail (审计日志): every feature records its security-relevant acts here, in the transaction of the act
 * where there is one, so that an act is kept exactly when it was committed.
 *
 * <p>The application only appends: no code updates or deletes an entry (AuditRetentionTest checks the sources), so
 * entries are kept as long as the database is, at least the 180 days 等保2.0 三级 asks (docs/operations.md says how
 * to keep the database user from changing them too). Each entry is chained to the one before by its hash ({@link
 * AuditChain}); appends take the chain's head row with {@code SELECT ... FOR UPDATE}, so that concurrent transactions,
 * and several application nodes on one PostgreSQL, append one after the other and the chain has no fork. An act that
 * only reads (a download in a read-only transaction) is recorded in a transaction of its own.
 */
@Service
@Transactional
public class AuditTrail {

    private static final int ACTOR = 100;
    private static final int ADDRESS = 100;
    private static final int ACTION = 100;
    private static final int TARGET = 300;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public AuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends an act, with the time and the address of the request it came with (none outside a request). */
    public void record(AuditRecord record) {
        record(record, address());
    }

    /** Appends an act that came from {@code address} (a sign-in knows it before any request is at hand). */
    public void record(AuditRecord record, String address) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> append(record, address));
        } else {
            append(record, address);
        }
    }

    private void append(AuditRecord record, String address) {
        // as stored: the columns' lengths, no character a database refuses, the time to the millisecond
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String actor = kept(record.actor(), ACTOR);
        String from = kept(address, ADDRESS);
        String action = kept(record.action(), ACTION);
        String target = kept(record.target(), TARGET);
        String detail = PlainText.of(record.detail());
        AuditChain.Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new AuditChain.Head(rs.getLong(1), rs.getString(2)))
                .single();
        long seq = head.seq() + 1;
        String hash = AuditChain.hash(seq, at, actor, from, action, target, detail, record.success(), head.hash());
        jdbc.sql("INSERT INTO audit_entry (seq, at, actor, address, action, target, detail, success, previous_hash,"
                        + " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, at, actor, from, action, target, detail, record.success(), head.hash(), hash)
                .update();
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(seq, hash)
                .update();
    }

    private static String kept(String text, int max) {
        return PlainText.cut(PlainText.of(text), max);
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
