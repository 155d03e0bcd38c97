package id.simlayan.ticket;

import id.simlayan.identity.UserId;
import java.time.Instant;

/**
 * The public status changed.
 *
 * @param publicNote what the requester is told with the change (a rejection reason, a
 *                   question, a resolution note); may be null
 * @param actorId    who made the change; null for the system (auto-close)
 * @param byStaff    true when staff made it (not the requester, not the system); meets a response time limit
 */
public record TicketStatusChanged(TicketId ticketId, String number, String subject, UserId requesterId, TicketStatus from,
                                  TicketStatus to, String publicNote, Instant at, UserId actorId, boolean byStaff) implements TicketEvent {

    /** A change whose actor is not recorded (events stored before the actor was added; tests). */
    public TicketStatusChanged(TicketId ticketId, String number, String subject, UserId requesterId, TicketStatus from,
                               TicketStatus to, String publicNote, Instant at) {
        this(ticketId, number, subject, requesterId, from, to, publicNote, at, null, false);
    }
}
