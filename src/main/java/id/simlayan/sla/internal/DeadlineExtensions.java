package id.simlayan.sla.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.audit.AuditLog.AuditEntry;
import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.Target;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.sla.DeadlineExtended;
import id.simlayan.sla.internal.ClockComputation.ClockRow;
import id.simlayan.sla.internal.ClockStore.TicketRow;
import id.simlayan.sla.internal.ClockMath.State;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.TicketFacts;
import id.simlayan.ticket.TicketHistory;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extension of a ticket's resolution time limit that its SLA policy allows (UU 14/2008 Pasal
 * 22(7)/(8): a public body may extend the 10 working days once by at most 7 working days, with
 * written reasons to the requester).
 *
 * <h2>Rule</h2>
 * Once per ticket; only when the ticket's policy has an extension, the resolution clock has started,
 * and the ticket is open and not SELESAI; with a written reason. Granted by an AGENT of the front
 * desk or a UNIT_ADMIN/SUPERVISOR of the unit holding the ticket.
 *
 * <h2>Semantics</h2>
 * The extension adds budget to the resolution clock equal to the time (in the clock's measure)
 * from the resolution due at the moment of granting to {@code extension.dueFrom(calendar, thatDue)};
 * for working days: the close of the N-th working day after the day of the old due. A paused clock
 * has no due: its due "if it resumed now" is used. The grant stores the extension target and the old
 * due ({@code sla_tickets.extension_*}); every rebuild and recompute recomputes the added budget from
 * them on the current calendar, so a closed date added inside the extended window moves the due by
 * one working day. Warning and breach notices of the resolution clock are reset: both may be told
 * again for the new due.
 */
@Component
public class DeadlineExtensions {

    public static final int MAX_REASON = 2000;

    /** The ticket does not exist or has no resolution clock. */
    public static class NotFound extends RuntimeException {
        NotFound() {
            super("no time limit to extend");
        }
    }

    /** The user may not grant the extension of this ticket. */
    public static class Forbidden extends RuntimeException {
        Forbidden() {
            super("not allowed to extend this time limit");
        }
    }

    /** The extension is not available (already granted, none in the policy, clock not started, ticket done). */
    public static class Unavailable extends RuntimeException {

        private final String messageKey;

        Unavailable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** What a grant did. */
    public record Granted(String number, Instant oldDue, Instant newDue) {
    }

    private record Ticket(TicketRow row, SlaPolicy policy, Instant extendedAt) {
    }

    private final JdbcClient jdbc;
    private final ClockComputation computation;
    private final TicketClockRebuild rebuild;
    private final PolicyStore policies;
    private final BusinessCalendars calendars;
    private final Directory directory;
    private final TicketHistory history;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    DeadlineExtensions(JdbcClient jdbc, ClockComputation computation, TicketClockRebuild rebuild, PolicyStore policies, BusinessCalendars calendars, Directory directory,
                       TicketHistory history, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.computation = computation;
        this.rebuild = rebuild;
        this.policies = policies;
        this.calendars = calendars;
        this.directory = directory;
        this.history = history;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** An extension that may be granted now, and who may grant it. */
    public record Offer(Target target, Set<Membership> grantedBy) {
    }

    /** The policy's extension when it may be granted now; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<Offer> available(TicketId id) {
        var ticket = load(id);
        if (ticket.isEmpty() || unavailableBecause(ticket.get(), clock.instant()) != null) {
            return Optional.empty();
        }
        return Optional.of(new Offer(ticket.get().policy().extension(), grantedBy(ticket.get().row().holderUnit())));
    }

    /** The front desk's AGENTs and the UNIT_ADMINs and SUPERVISORs of the holding unit (none when the ticket has no holder unit). */
    Set<Membership> grantedBy(UnitId holder) {
        var out = new HashSet<Membership>();
        out.add(new Membership(directory.frontDesk().id(), Role.AGENT));
        if (holder != null) {
            out.add(new Membership(holder, Role.UNIT_ADMIN));
            out.add(new Membership(holder, Role.SUPERVISOR));
        }
        return Set.copyOf(out);
    }

    /** Whether the user may grant extensions of a ticket held by {@code holder} (null: no unit holds it). */
    public boolean mayGrant(CurrentUser user, UnitId holder) {
        return user.memberships().stream().anyMatch(grantedBy(holder)::contains);
    }

    /**
     * Whether the ticket has a clock and the user may grant its extension (before looking at the form).
     *
     * @throws NotFound  no such ticket or no resolution clock
     * @throws Forbidden the user may not grant it
     */
    @Transactional(readOnly = true)
    public void checkAllowed(TicketId id, CurrentUser user) {
        var ticket = load(id).orElseThrow(NotFound::new);
        refuseUnlessGranter(id, user, ticket.row().holderUnit());
    }

    /** Forbidden for staff who see the ticket but may not grant; NotFound for everyone else, so that guessed ids reveal nothing. */
    private void refuseUnlessGranter(TicketId id, CurrentUser user, UnitId holder) {
        if (mayGrant(user, holder)) {
            return;
        }
        boolean visible = history.facts(id).filter(facts -> seesAsStaff(user, facts)).isPresent();
        audit.record(AuditEntry.denied(user.id().value(), "sla.extend", "ticket", id.value().toString(),
                visible ? "not the front desk or holder unit" : "not visible to this user"));
        throw visible ? new Forbidden() : new NotFound();
    }

    /**
     * The ticket module's staff view rule, from its published facts: front-desk agents, the
     * technician holding it, and the UNIT_ADMINs and SUPERVISORs of every unit it was disposed to.
     */
    private boolean seesAsStaff(CurrentUser user, TicketFacts facts) {
        if (!user.isStaff()) {
            return false;
        }
        if (user.id().equals(facts.holderUserId()) || user.hasRoleIn(directory.frontDesk().id(), Role.AGENT)) {
            return true;
        }
        return facts.dispositions().stream().map(TicketFacts.DispositionFact::unitId)
                .anyMatch(unit -> user.hasRoleIn(unit, Role.UNIT_ADMIN) || user.hasRoleIn(unit, Role.SUPERVISOR));
    }

    /**
     * Grants the extension.
     *
     * @throws NotFound    no such ticket or no resolution clock
     * @throws Forbidden   the user may not grant it
     * @throws Unavailable already granted or otherwise not available now
     */
    @Transactional
    public Granted grant(TicketId id, CurrentUser user, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("a written reason of at most " + MAX_REASON + " characters is required");
        }
        String text = reason.strip();
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", ClockStore.lockKey(id.value())).query((rs, n) -> 1).list();
        var ticket = load(id).orElseThrow(NotFound::new);
        refuseUnlessGranter(id, user, ticket.row().holderUnit());
        Instant now = clock.instant();
        String why = unavailableBecause(ticket, now);
        if (why != null) {
            throw new Unavailable(why);
        }
        SlaPolicy policy = ticket.policy();
        BusinessCalendar calendar = calendars.forUnit(ticket.row().calendarUnit());
        var mode = policy.resolution().mode();
        var resolution = resolution(ticket, now).orElseThrow(NotFound::new).result();
        // a paused clock has no due: the due it would have if it resumed now
        Instant oldDue = resolution.due() != null ? resolution.due()
                : ClockMath.plus(calendar, mode, now, resolution.remaining().isNegative() ? Duration.ZERO : resolution.remaining());
        Target extension = new Target(policy.extension().amount(), policy.extension().unit(), policy.extension().mode(), null);
        Duration added = ClockMath.between(calendar, mode, oldDue, extension.dueFrom(calendar, oldDue));
        Instant newDue = ClockMath.plus(calendar, mode, oldDue, added);
        int updated = jdbc.sql("""
                        UPDATE sla_tickets SET extended_at = :now, extended_by = :by, extension_reason = :reason, extension_amount = :amount,
                          extension_unit = :unit, extension_mode = :mode, extension_from_due = :fromDue, extension_budget_seconds = :seconds
                        WHERE ticket_id = :id AND extended_at IS NULL""")
                .param("now", ClockStore.ts(now)).param("by", user.id().value()).param("reason", text)
                .param("amount", extension.amount()).param("unit", extension.unit().name()).param("mode", extension.mode().name())
                .param("fromDue", ClockStore.ts(oldDue)).param("seconds", added.getSeconds()).param("id", id.value())
                .update();
        if (updated != 1) {
            throw new Unavailable("sla.extension.already");
        }
        // the notices were about the old due: the new due may warn and breach again
        jdbc.sql("""
                        UPDATE sla_clocks SET warn_sent_at = NULL, warn_sent_run = NULL, breach_sent_at = NULL, breach_sent_run = NULL
                        WHERE ticket_id = :id AND kind = 'RESOLUTION'""")
                .param("id", id.value()).update();
        rebuild.rebuild(id);
        jdbc.sql("""
                        INSERT INTO sla_moments (ticket_id, at, type, clock, due_at, staff_only, note)
                        VALUES (:id, :at, 'EXTENDED', 'RESOLUTION', :due, FALSE, :note)""")
                .param("id", id.value()).param("at", ClockStore.ts(now)).param("due", ClockStore.ts(newDue)).param("note", text).update();
        audit.record(AuditEntry.allowed(user.id().value(), "sla.extend", "ticket", id.value().toString(),
                extension.notation() + ": " + oldDue + " -> " + newDue));
        UserId requester = history.facts(id).map(TicketFacts::requesterId).orElse(null);
        String number = jdbc.sql("SELECT number FROM sla_tickets WHERE ticket_id = :id").param("id", id.value()).query(String.class).single();
        String subject = jdbc.sql("SELECT subject FROM sla_tickets WHERE ticket_id = :id").param("id", id.value()).query(String.class).single();
        events.publishEvent(new DeadlineExtended(id, number, subject, requester, oldDue, newDue, text, now));
        return new Granted(number, oldDue, newDue);
    }

    /** The message key saying why the extension cannot be granted now; null when it can. */
    private String unavailableBecause(Ticket ticket, Instant now) {
        if (ticket.extendedAt() != null) {
            return "sla.extension.already";
        }
        if (ticket.policy().extension() == null) {
            return "sla.extension.none";
        }
        TicketStatus status = ticket.row().status();
        if (status.isFinal() || status == TicketStatus.SELESAI) {
            return "sla.extension.closed";
        }
        var resolution = resolution(ticket, now);
        if (resolution.isEmpty() || resolution.get().inputs().start() == null || resolution.get().result().state() == State.NOT_STARTED
                || resolution.get().result().state() == State.STOPPED) {
            return "sla.extension.notStarted";
        }
        return null;
    }

    private Optional<ClockRow> resolution(Ticket ticket, Instant now) {
        return computation.compute(ticket.row(), ticket.policy(), now, Map.of(), new HashMap<>()).stream()
                .filter(c -> c.kind() == DeadlineKind.RESOLUTION).findFirst();
    }

    private record Stored(TicketRow row, UUID policyId, Instant extendedAt) {
    }

    private Optional<Ticket> load(TicketId id) {
        return jdbc.sql("SELECT " + ClockStore.TICKET_COLUMNS + ", policy_id, extended_at FROM sla_tickets WHERE ticket_id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Stored(ClockStore.ticketRow(rs, n), rs.getObject("policy_id", UUID.class), ClockStore.instant(rs, "extended_at")))
                .optional()
                .filter(s -> s.policyId() != null)
                .flatMap(s -> policies.find(s.policyId()).map(p -> new Ticket(s.row(), p, s.extendedAt())));
    }
}
