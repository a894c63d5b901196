package jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: one page of the entries a query finds, newest first, their count, or all of them. */
@Service
@Transactional(readOnly = true)
public class AuditEntries {

    private final JdbcClient jdbc;

    public AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of what the query finds, newest first. */
    public List<AuditEntry> page(AuditQuery query, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, row) -> AuditChain.entry(rs))
                .list();
    }

    public long count(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where(query, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Every entry the query finds, newest first, at most {@code limit}, handed on one by one (for an export). */
    public void each(AuditQuery query, int limit, Consumer<AuditEntry> entries) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(limit);
        jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY seq DESC LIMIT ?")
                .params(params)
                .query(rs -> {
                    entries.accept(AuditChain.entry(rs));
                });
    }

    /** The distinct action codes recorded, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action")
                .query(String.class)
                .list();
    }

    /**
     * The conditions of a query; only those given are written (PostgreSQL cannot type a null parameter in {@code ?
     * IS NULL}).
     */
    private static String where(AuditQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("at >= ?");
            params.add(query.from().atStartOfDay());
        }
        if (query.to() != null) {
            conditions.add("at < ?");
            params.add(query.to().plusDays(1).atStartOfDay());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add("LOWER(actor) LIKE ? ESCAPE '!'");
            params.add("%" + like(query.actor().trim().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (query.action() != null && !query.action().isBlank()) {
            conditions.add("(action = ? OR action LIKE ? ESCAPE '!')");
            params.add(query.action().trim());
            params.add(like(query.action().trim()) + ".%");
        }
        if (query.success() != null) {
            conditions.add("success = ?");
            params.add(query.success());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A text to look for with LIKE, its wildcards taken literally. */
    private static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
