package id.simlayan.ticket;

import java.time.Instant;

/**
 * The user was first told that the work on the ticket starts (help desk, seed 003: the
 * technician's NOTIFY_USER step); time limits of repairs may run from this moment.
 */
public record UserNotified(TicketId ticketId, String number, Instant at) implements TicketEvent {
}
