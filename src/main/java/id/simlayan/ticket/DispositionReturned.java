package id.simlayan.ticket;

import id.simlayan.identity.UnitId;
import java.time.Instant;

/** A unit sent a disposition back to the front desk with a reason. */
public record DispositionReturned(TicketId ticketId, String number, String subject, UnitId unitId, String reason, Instant at) implements TicketEvent {
}
