package id.simlayan.ticket;

import id.simlayan.identity.UserId;
import java.time.Instant;

/**
 * The public status changed.
 *
 * @param publicNote what the requester is told with the change (a rejection reason, a
 *                   question, a resolution note); may be null
 */
public record TicketStatusChanged(TicketId ticketId, String number, String subject, UserId requesterId, TicketStatus from,
                                  TicketStatus to, String publicNote, Instant at) {
}
