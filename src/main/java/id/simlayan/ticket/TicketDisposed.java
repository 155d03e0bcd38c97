package id.simlayan.ticket;

import id.simlayan.identity.UnitId;
import java.time.Instant;

/** A ticket was handed to a unit with an instruction; the unit's admins must accept or return it. */
public record TicketDisposed(TicketId ticketId, String number, String subject, UnitId unitId, Instant at) implements TicketEvent {
}
