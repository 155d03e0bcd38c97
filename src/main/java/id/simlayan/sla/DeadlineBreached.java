package id.simlayan.sla;

import id.simlayan.identity.UserId;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/**
 * A time limit passed its due instant without being met. Published once per clock, at
 * {@code at}: the due instant, or the next opening of the recipients' unit when it was closed.
 *
 * @param recipients the holder and the SUPERVISORs of the holding unit; with escalation also the
 *                   front desk's SUPERVISORs
 * @param escalated  the policy escalates breaches: the ticket is on the supervisors' escalation list
 */
public record DeadlineBreached(TicketId ticketId, String number, String subject, DeadlineKind kind, Instant dueAt,
                               List<UserId> recipients, boolean escalated, Instant at) {

    public DeadlineBreached {
        recipients = List.copyOf(recipients);
    }
}
