package id.simlayan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.simlayan.calendar.CalendarAdministration;
import id.simlayan.calendar.CalendarAdministration.NewCalendar;
import id.simlayan.calendar.CalendarExamples;
import id.simlayan.calendar.CalendarId;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.notification.NotificationFixtures;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.TicketFixtures.TicketInProgress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the SLA integration tests share: a calendar of a test's own, and reading back clocks and mails. */
final class SlaFixtures {

    private final JdbcClient jdbc;
    private final CalendarAdministration calendars;

    SlaFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.calendars = context.getBean(CalendarAdministration.class);
    }

    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CalendarExamples.WIB).toInstant();
    }

    /** A calendar with seed 001 hours for the service's owner unit, so that no other test's closed dates matter. */
    CalendarId ownCalendar(ServiceOfferingView service) {
        var id = calendars.create(new NewCalendar("Uji SLA " + UUID.randomUUID(), CalendarExamples.WIB, CalendarExamples.SEED_001, true), null);
        calendars.assign(service.ownerUnitId(), id, null);
        return id;
    }

    /** A calendar with seed 001 hours for the unit. */
    CalendarId ownCalendar(id.simlayan.identity.UnitId unit) {
        var id = calendars.create(new NewCalendar("Uji SLA " + UUID.randomUUID(), CalendarExamples.WIB, CalendarExamples.SEED_001, true), null);
        calendars.assign(unit, id, null);
        return id;
    }

    void awaitRebuilt(TicketInProgress t) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM sla_tickets WHERE ticket_id = :id")
                .param("id", t.uuid()).query(Long.class).single() == 1);
    }

    Instant due(TicketInProgress t, DeadlineKind kind) {
        return jdbc.sql("SELECT due_at FROM sla_clocks WHERE ticket_id = :id AND kind = :kind").param("id", t.uuid()).param("kind", kind.name())
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    void awaitDue(TicketInProgress t, DeadlineKind kind, Instant expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(due(t, kind)).isEqualTo(expected));
    }

    boolean breachSent(TicketInProgress t) {
        return jdbc.sql("SELECT breach_sent_at IS NOT NULL FROM sla_clocks WHERE ticket_id = :id AND kind = 'RESOLUTION'")
                .param("id", t.uuid()).query(Boolean.class).single();
    }

    static List<MimeMessage> mails(String email, String subjectPart) {
        return NotificationFixtures.inbox(email).stream().filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
