package id.simlayan.sla.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.sla.internal.ManualEscalations;
import id.simlayan.ticket.TicketId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Bean {@code escalationViews}: what {@code sla/fragments :: escalation-section} shows one person. */
@Component("escalationViews")
public class EscalationViews {

    public record Section(ManualEscalations.Escalation escalation, boolean offered) {
    }

    private final ManualEscalations escalations;

    EscalationViews(ManualEscalations escalations) {
        this.escalations = escalations;
    }

    public Section section(UUID ticketId, CurrentUser user) {
        var id = new TicketId(ticketId);
        var done = escalations.of(id).orElse(null);
        return new Section(done, done == null && escalations.offered(user, id));
    }
}
