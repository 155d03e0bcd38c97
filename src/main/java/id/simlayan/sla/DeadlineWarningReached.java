package id.simlayan.sla;

import id.simlayan.identity.UserId;
import id.simlayan.ticket.DeadlineKind;
import id.simlayan.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/**
 * A running time limit passed its warning threshold. Published once per clock, at
 * {@code at}: the warning instant, or the next opening of the recipients' unit when it was closed.
 *
 * @param reachedAt  when the threshold was actually reached
 * @param recipients who must hear of it: the holder (technician, else the unit's admins, else the front desk's agents)
 */
public record DeadlineWarningReached(TicketId ticketId, String number, String subject, DeadlineKind kind, Instant dueAt,
                                     Instant reachedAt, List<UserId> recipients, Instant at) {

    public DeadlineWarningReached {
        recipients = List.copyOf(recipients);
    }
}
