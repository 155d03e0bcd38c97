package id.simlayan.sla.internal;

import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.ticket.DeadlineKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The supervisors' list: open tickets of their units that passed a time limit or were escalated. */
@Component
public class Escalations {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;

    Escalations(JdbcClient jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** @param kind null when only escalated by hand; {@code manualReason} the reason of a manual escalation, else null */
    public record Row(UUID ticketId, String number, String subject, DeadlineKind kind, Instant dueAt, Instant escalatedAt, String manualReason) {
    }

    /**
     * Tickets held by one of {@code units} with a passed time limit or escalated by hand, plus every
     * escalated ticket when one of them is the front desk; the most urgent first (escalated by hand
     * without a passed limit by the moment of escalation).
     */
    public List<Row> forUnits(Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        boolean frontDesk;
        try {
            frontDesk = units.contains(directory.frontDesk().id());
        } catch (IllegalStateException none) {
            frontDesk = false;
        }
        return jdbc.sql("""
                        SELECT DISTINCT ON (t.ticket_id) t.ticket_id, t.number, t.subject, c.kind, c.due_at, t.escalated_at,
                          t.manual_escalated_at, t.manual_escalation_reason
                        FROM sla_tickets t
                        LEFT JOIN sla_clocks c ON c.ticket_id = t.ticket_id AND c.state IN ('RUNNING', 'PAUSED') AND c.due_at <= :now
                        WHERE t.open AND (c.ticket_id IS NOT NULL OR t.manual_escalated_at IS NOT NULL)
                          AND (t.holder_unit_id IN (:units) OR (:frontDesk AND t.escalated_at IS NOT NULL))
                        ORDER BY t.ticket_id, c.due_at NULLS LAST""")
                .param("now", Timestamp.from(clock.instant())).param("units", units.stream().map(UnitId::value).toList())
                .param("frontDesk", frontDesk)
                .query((rs, n) -> new Row(rs.getObject("ticket_id", UUID.class), rs.getString("number"), rs.getString("subject"),
                        rs.getString("kind") == null ? null : DeadlineKind.valueOf(rs.getString("kind")), ClockStore.instant(rs, "due_at"),
                        ClockStore.instant(rs, "escalated_at"), rs.getString("manual_escalation_reason")))
                .list().stream().sorted(java.util.Comparator.comparing(r -> r.dueAt() != null ? r.dueAt() : r.escalatedAt())).toList();
    }
}
