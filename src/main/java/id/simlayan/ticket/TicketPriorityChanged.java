package id.simlayan.ticket;

import id.simlayan.identity.UserId;
import java.time.Instant;

/** Staff changed the priority of a ticket. */
public record TicketPriorityChanged(TicketId ticketId, String number, TicketPriority from, TicketPriority to, UserId actorId,
                                    Instant at) implements TicketEvent {
}
