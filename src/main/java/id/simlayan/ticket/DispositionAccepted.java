package id.simlayan.ticket;

import id.simlayan.identity.UnitId;
import java.time.Instant;

/** A unit accepted a disposition; its admin will assign a technician. */
public record DispositionAccepted(TicketId ticketId, String number, String subject, UnitId unitId, Instant at) implements TicketEvent {
}
