package jixiao.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail (审计日志): every feature records its security-relevant acts here, in the transaction of the act
 * where there is one, so that an act is kept exactly when it was committed. The application only appends.
 */
@Service
@Transactional
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an act, with the time and the address of the request it came with (none outside a request). */
    public void record(AuditRecord record) {
        jdbc.sql("INSERT INTO audit_entry (at, actor, address, action, target, detail, success)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.valueOf(LocalDateTime.now(clock)),
                        record.actor(),
                        address(),
                        record.action(),
                        record.target(),
                        record.detail(),
                        record.success())
                .update();
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
