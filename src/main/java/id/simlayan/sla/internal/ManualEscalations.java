package id.simlayan.sla.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.platform.LiveUpdates;
import id.simlayan.sla.TicketEscalated;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual escalation: whoever may work a ticket now (the ticket module's rule,
 * {@link TicketWorkAccess#mayWork}) raises it to the leaders with a written reason, once. The
 * ticket goes on the supervisors' escalation list and the supervisors of the holding unit and of
 * the front desk are told ({@link TicketEscalated}).
 */
@Service
public class ManualEscalations {

    public static final int MAX_REASON = 2_000;

    /** The manual escalation of a ticket, for its staff page; {@code byName} null when the account is gone. */
    public record Escalation(Instant at, String byName, String reason) {
    }

    /** Refused with a message key (400: no reason or too long; 409: already escalated or not open). */
    public static final class Refused extends RuntimeException {
        private final String messageKey;
        private final boolean conflict;

        Refused(String messageKey, boolean conflict) {
            super(messageKey);
            this.messageKey = messageKey;
            this.conflict = conflict;
        }

        public String messageKey() {
            return messageKey;
        }

        public boolean conflict() {
            return conflict;
        }
    }

    private final JdbcClient jdbc;
    private final TicketWorkAccess access;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final LiveUpdates live;
    private final Clock clock;

    ManualEscalations(JdbcClient jdbc, TicketWorkAccess access, Directory directory, ApplicationEventPublisher events, LiveUpdates live, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Escalation> of(TicketId ticket) {
        return jdbc.sql("SELECT manual_escalated_at, manual_escalated_by, manual_escalation_reason FROM sla_tickets WHERE ticket_id = :id"
                        + " AND manual_escalated_at IS NOT NULL")
                .param("id", ticket.value())
                .query((rs, n) -> {
                    UUID by = rs.getObject("manual_escalated_by", UUID.class);
                    String name = by == null ? null : directory.contact(new UserId(by)).map(c -> c.fullName()).orElse(null);
                    return new Escalation(ClockStore.instant(rs, "manual_escalated_at"), name, rs.getString("manual_escalation_reason"));
                }).optional();
    }

    /** Whether the form is offered: the user may work the ticket and it was not escalated by hand yet. */
    public boolean offered(CurrentUser user, TicketId ticket) {
        return access.mayWork(user, ticket) && of(ticket).isEmpty();
    }

    /**
     * @throws TicketWorkAccess.NotVisible 404
     * @throws TicketWorkAccess.NotAllowed 403
     */
    public void requireAllowed(CurrentUser user, TicketId ticket) {
        access.requireWork(user, ticket, "SLA_ESCALATE");
    }

    /**
     * @throws TicketWorkAccess.NotVisible 404
     * @throws TicketWorkAccess.NotAllowed 403
     * @throws Refused                     400 or 409, nothing saved
     */
    @Transactional
    public void escalate(CurrentUser user, TicketId ticket, String reason) {
        access.requireWork(user, ticket, "SLA_ESCALATE");
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new Refused("sla.escalation.reasonRequired", false);
        }
        Instant now = clock.instant();
        var claimed = jdbc.sql("""
                        UPDATE sla_tickets SET manual_escalated_at = :now, manual_escalated_by = :by, manual_escalation_reason = :reason,
                          escalated_at = coalesce(escalated_at, :now)
                        WHERE ticket_id = :id AND open AND manual_escalated_at IS NULL
                        RETURNING number, subject, holder_unit_id""")
                .param("now", ClockStore.ts(now)).param("by", user.id().value()).param("reason", text).param("id", ticket.value())
                .query((rs, n) -> new Claimed(rs.getString("number"), rs.getString("subject"), rs.getObject("holder_unit_id", UUID.class)))
                .optional();
        if (claimed.isEmpty()) {
            throw new Refused("sla.escalation.unavailable", true);
        }
        jdbc.sql("INSERT INTO sla_moments (ticket_id, at, type, clock, due_at, staff_only, note) VALUES (:t, :at, 'ESCALATED', NULL, NULL, TRUE, :note)")
                .param("t", ticket.value()).param("at", ClockStore.ts(now)).param("note", text).update();
        var row = claimed.get();
        events.publishEvent(new TicketEscalated(ticket, row.number(), row.subject(), user.id(), user.fullName(), text,
                supervisors(row.holderUnit()), now));
        live.publish(ticket.liveTopic(), "ticket-changed");
    }

    private record Claimed(String number, String subject, UUID holderUnit) {
    }

    private List<UserId> supervisors(UUID holderUnit) {
        Set<UserId> out = new LinkedHashSet<>();
        if (holderUnit != null) {
            directory.holders(new UnitId(holderUnit), Role.SUPERVISOR).forEach(u -> out.add(u.id()));
        }
        try {
            directory.holders(directory.frontDesk().id(), Role.SUPERVISOR).forEach(u -> out.add(u.id()));
        } catch (IllegalStateException noFrontDesk) {
            // no front desk configured: the holding unit's supervisors only
        }
        return List.copyOf(out);
    }
}
