package id.simlayan.sla;

import static org.awaitility.Awaitility.await;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.sla.internal.PolicyAdministration;
import id.simlayan.sla.internal.SlaPolicy;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.ticket.TicketId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time-limit policies for other modules' tests, so that they need not reach into this module's
 * internals: a policy of a service in calendar time (no calendar's closed dates matter), and a
 * bounded wait until a ticket's resolution clock has its due instant.
 */
public final class SlaPolicyFixtures {

    private final PolicyAdministration policies;
    private final JdbcClient jdbc;

    public SlaPolicyFixtures(ApplicationContext context) {
        this.policies = context.getBean(PolicyAdministration.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** Response and resolution targets in calendar hours, counted from receipt, warning at 75 %. */
    public void calendarHoursPolicy(ServiceOfferingView service, String name, int responseHours, int resolutionHours) {
        policies.save(new SlaPolicy(null, service.id(), null, null, name, Target.hours(responseHours, ClockMode.CALENDAR),
                Target.hours(resolutionHours, ClockMode.CALENDAR), null, null, StartEvent.RECEIVED, Set.of(), 75, false, true, 0), null);
    }

    /**
     * The UU 14/2008 terms of a public information request: the resolution in working days from receipt, extendable once
     * by working days; no response limit.
     */
    public void workingDaysPolicyWithExtension(ServiceOfferingView service, String name, int resolutionDays, int extensionDays) {
        policies.save(new SlaPolicy(null, service.id(), null, null, name, null, Target.workingDays(resolutionDays),
                Target.workingDays(extensionDays), null, StartEvent.RECEIVED, Set.of(), 75, false, true, 0), null);
    }

    /** The due instant of the ticket's resolution clock; null without one (no clock, not started, paused). */
    public Instant resolutionDue(TicketId ticket) {
        return jdbc.sql("SELECT due_at FROM sla_clocks WHERE ticket_id = :id AND kind = 'RESOLUTION'").param("id", ticket.value())
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    /** Waits (bounded) until the ticket's resolution clock has a due instant. */
    public void awaitResolutionDue(TicketId ticket) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM sla_clocks WHERE ticket_id = :id AND kind = 'RESOLUTION' AND due_at IS NOT NULL")
                .param("id", ticket.value()).query(Long.class).single() == 1);
    }
}
