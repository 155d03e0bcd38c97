package id.simlayan.ticket;

import id.simlayan.identity.UserId;
import java.time.Instant;

/** A unit admin assigned the ticket to a technician. */
public record TicketAssigned(TicketId ticketId, String number, String subject, UserId technicianId, Instant at) implements TicketEvent {
}
