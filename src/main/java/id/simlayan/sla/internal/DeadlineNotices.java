package id.simlayan.sla.internal;

import id.simlayan.identity.Directory;
import id.simlayan.platform.LiveUpdates;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import id.simlayan.sla.DeadlineBreached;
import id.simlayan.sla.DeadlineWarningReached;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells staff of warnings and breaches, once per clock and run, at the first moment the holding
 * unit is open ({@code notify_at = holder calendar.notifiableAt(reached instant)}, zammad#4432).
 * Rows are claimed with {@code UPDATE ... FROM (SELECT ... FOR UPDATE SKIP LOCKED)} in the same
 * transaction that publishes the event, so several nodes never tell the same thing twice.
 */
@Component
public class DeadlineNotices implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final SlaSettings settings;
    private final Clock clock;
    private final LiveUpdates live;

    DeadlineNotices(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events, TransactionTemplate tx, SlaSettings settings,
                    Clock clock, LiveUpdates live) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
        this.live = live;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::tellDue, settings.noticeInterval(), settings.noticeInterval()));
    }

    /** Publishes every warning and breach due to be told now; returns how many were published. */
    public int tellDue() {
        int told = 0;
        try {
            Integer n;
            do {
                n = tx.execute(s -> breaches());
                told += n == null ? 0 : n;
            } while (n != null && n == BATCH);
            do {
                n = tx.execute(s -> warnings());
                told += n == null ? 0 : n;
            } while (n != null && n == BATCH);
        } catch (RuntimeException e) {
            log.warn("Deadline notices failed; retried at the next run", e);
        }
        return told;
    }

    private record Claimed(UUID ticketId, DeadlineKind kind, Instant dueAt, Instant reachedAt, Instant notifyAt, String number, String subject,
                           UUID holderUnit, UUID holderUser, boolean escalate) {
    }

    private int warnings() {
        Instant now = clock.instant();
        var claimed = jdbc.sql("""
                        UPDATE sla_clocks c SET warn_sent_at = :now, warn_sent_run = c.run
                        FROM (SELECT k.ticket_id, k.kind FROM sla_clocks k JOIN sla_tickets t ON t.ticket_id = k.ticket_id
                              WHERE k.warn_sent_at IS NULL AND k.warn_notify_at <= :now AND k.state IN ('RUNNING', 'PAUSED') AND t.open
                              ORDER BY k.warn_notify_at LIMIT :limit FOR UPDATE OF k SKIP LOCKED) x, sla_tickets t
                        LEFT JOIN sla_policies p ON p.id = t.policy_id
                        WHERE c.ticket_id = x.ticket_id AND c.kind = x.kind AND t.ticket_id = c.ticket_id
                        RETURNING c.ticket_id, c.kind, c.due_at, c.warn_at AS reached_at, c.warn_notify_at AS notify_at, t.number, t.subject,
                          t.holder_unit_id, t.holder_user_id, coalesce(p.escalate, FALSE) AS escalate""")
                .param("now", ClockStore.ts(now)).param("limit", BATCH).query(DeadlineNotices::claimed).list();
        for (Claimed c : claimed) {
            if (c.dueAt() != null && !c.dueAt().isAfter(now)) {
                continue; // already breached: the breach notice says more
            }
            var recipients = holders(c);
            events.publishEvent(new DeadlineWarningReached(new TicketId(c.ticketId()), c.number(), c.subject(), c.kind(), c.dueAt(), c.reachedAt(),
                    recipients, c.notifyAt()));
            moment(c.ticketId(), c.notifyAt(), "WARNING", c.kind(), c.dueAt());
            live.publish(new TicketId(c.ticketId()).liveTopic(), "ticket-changed");
        }
        return claimed.size();
    }

    private int breaches() {
        Instant now = clock.instant();
        var claimed = jdbc.sql("""
                        UPDATE sla_clocks c SET breach_sent_at = :now, breach_sent_run = c.run
                        FROM (SELECT k.ticket_id, k.kind FROM sla_clocks k JOIN sla_tickets t ON t.ticket_id = k.ticket_id
                              WHERE k.breach_sent_at IS NULL AND k.breach_notify_at <= :now AND k.due_at <= :now
                                AND k.state IN ('RUNNING', 'PAUSED') AND t.open
                              ORDER BY k.breach_notify_at LIMIT :limit FOR UPDATE OF k SKIP LOCKED) x, sla_tickets t
                        LEFT JOIN sla_policies p ON p.id = t.policy_id
                        WHERE c.ticket_id = x.ticket_id AND c.kind = x.kind AND t.ticket_id = c.ticket_id
                        RETURNING c.ticket_id, c.kind, c.due_at, c.due_at AS reached_at, c.breach_notify_at AS notify_at, t.number, t.subject,
                          t.holder_unit_id, t.holder_user_id, coalesce(p.escalate, FALSE) AS escalate""")
                .param("now", ClockStore.ts(now)).param("limit", BATCH).query(DeadlineNotices::claimed).list();
        for (Claimed c : claimed) {
            Set<UserId> recipients = new LinkedHashSet<>(holders(c));
            UnitId holderUnit = holderUnit(c);
            directory.holders(holderUnit, Role.SUPERVISOR).forEach(u -> recipients.add(u.id()));
            if (c.escalate()) {
                frontDesk().ifPresent(desk -> directory.holders(desk, Role.SUPERVISOR).forEach(u -> recipients.add(u.id())));
                jdbc.sql("UPDATE sla_tickets SET escalated_at = coalesce(escalated_at, :at) WHERE ticket_id = :id")
                        .param("at", ClockStore.ts(c.notifyAt())).param("id", c.ticketId()).update();
            }
            events.publishEvent(new DeadlineBreached(new TicketId(c.ticketId()), c.number(), c.subject(), c.kind(), c.dueAt(),
                    List.copyOf(recipients), c.escalate(), c.notifyAt()));
            moment(c.ticketId(), c.notifyAt(), "BREACH", c.kind(), c.dueAt());
            live.publish(new TicketId(c.ticketId()).liveTopic(), "ticket-changed");
            if (c.escalate()) {
                moment(c.ticketId(), c.notifyAt(), "ESCALATED", c.kind(), c.dueAt());
            }
        }
        return claimed.size();
    }

    /** The technician holding the ticket, else the admins of the holding unit, else (front desk) its agents. */
    private List<UserId> holders(Claimed c) {
        if (c.holderUser() != null) {
            return List.of(new UserId(c.holderUser()));
        }
        var desk = frontDesk();
        UnitId unit = holderUnit(c);
        List<UserContact> people = desk.isPresent() && desk.get().equals(unit) ? directory.holders(unit, Role.AGENT)
                : directory.holders(unit, Role.UNIT_ADMIN);
        List<UserId> ids = new ArrayList<>();
        people.forEach(p -> ids.add(p.id()));
        return ids;
    }

    private UnitId holderUnit(Claimed c) {
        return c.holderUnit() != null ? new UnitId(c.holderUnit()) : frontDesk().orElse(null);
    }

    private java.util.Optional<UnitId> frontDesk() {
        try {
            return java.util.Optional.of(directory.frontDesk().id());
        } catch (IllegalStateException none) {
            return java.util.Optional.empty();
        }
    }

    private void moment(UUID ticket, Instant at, String type, DeadlineKind kind, Instant due) {
        jdbc.sql("INSERT INTO sla_moments (ticket_id, at, type, clock, due_at, staff_only) VALUES (:t, :at, :type, :kind, :due, TRUE)")
                .param("t", ticket).param("at", ClockStore.ts(at)).param("type", type).param("kind", kind.name()).param("due", ClockStore.ts(due))
                .update();
    }

    private static Claimed claimed(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String unit = rs.getString("holder_unit_id");
        String user = rs.getString("holder_user_id");
        return new Claimed(rs.getObject("ticket_id", UUID.class), DeadlineKind.valueOf(rs.getString("kind")), ClockStore.instant(rs, "due_at"),
                ClockStore.instant(rs, "reached_at"), ClockStore.instant(rs, "notify_at"), rs.getString("number"), rs.getString("subject"),
                unit == null ? null : UUID.fromString(unit), user == null ? null : UUID.fromString(user), rs.getBoolean("escalate"));
    }
}
