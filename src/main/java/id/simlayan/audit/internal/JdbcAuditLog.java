package id.simlayan.audit.internal;

import id.simlayan.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
class JdbcAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger("id.simlayan.audit");

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Own transaction: a refused attempt is recorded even though the caller's work rolls back. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_log (at, actor_id, action, target_type, target_id, outcome, detail, remote_addr)
                VALUES (:at, :actor, :action, :targetType, :targetId, :outcome, :detail, :addr)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", entry.actorId())
                .param("action", entry.action())
                .param("targetType", entry.targetType())
                .param("targetId", entry.targetId())
                .param("outcome", entry.outcome().name())
                .param("detail", truncate(entry.detail()))
                .param("addr", remoteAddress())
                .update();
        if (entry.outcome() != Outcome.ALLOWED) {
            log.warn("{} {} {}:{} by {} ({})", entry.outcome(), entry.action(), entry.targetType(), entry.targetId(), entry.actorId(), entry.detail());
        }
    }

    @Override
    public List<RecordedEntry> entriesFor(String targetType, String targetId, int limit) {
        return jdbc.sql("""
                SELECT at, actor_id, action, target_type, target_id, outcome, detail FROM audit_log
                WHERE target_type = :type AND target_id = :id ORDER BY id DESC LIMIT :limit
                """)
                .param("type", targetType).param("id", targetId).param("limit", limit)
                .query((rs, n) -> new RecordedEntry(rs.getTimestamp("at").toInstant(), (UUID) rs.getObject("actor_id"), rs.getString("action"),
                        rs.getString("target_type"), rs.getString("target_id"), Outcome.valueOf(rs.getString("outcome")), rs.getString("detail")))
                .list();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
