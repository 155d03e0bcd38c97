package id.simlayan.sla;

import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/**
 * Staff raised a ticket to the leaders with a reason (manual escalation), before or after any
 * breach. Published once per ticket.
 *
 * @param recipients the SUPERVISORs of the holding unit and of the front desk
 */
public record TicketEscalated(TicketId ticketId, String number, String subject, UserId by, String byName, String reason,
                              List<UserId> recipients, Instant at) {

    public TicketEscalated {
        recipients = List.copyOf(recipients);
    }
}
