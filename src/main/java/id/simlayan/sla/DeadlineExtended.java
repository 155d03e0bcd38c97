package id.simlayan.sla;

import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import java.time.Instant;

/**
 * Staff granted a ticket's resolution time limit the extension of its SLA policy (once per
 * ticket; e.g. 7 working days for public information requests, UU 14/2008 Pasal 22(8)), with a
 * written reason that the requester is told.
 *
 * @param requesterId null when the ticket's requester is not known
 * @param oldDue      the resolution due at the moment of granting (projected from now when the clock was paused)
 * @param newDue      the resolution due after the extension (projected from now when the clock is paused)
 */
public record DeadlineExtended(TicketId ticketId, String number, String subject, UserId requesterId, Instant oldDue, Instant newDue,
                               String reason, Instant at) {
}
