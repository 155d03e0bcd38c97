package id.simlayan.ticket;

import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UserId;
import java.time.Instant;

/** A requester submitted a ticket; it waits in the front desk's queue. {@code categoryId} is null for a service without categories. */
public record TicketSubmitted(TicketId ticketId, String number, UserId requesterId, ServiceOfferingId serviceId, String subject, Instant at,
                              CategoryId categoryId) implements TicketEvent {

    public TicketSubmitted(TicketId ticketId, String number, UserId requesterId, ServiceOfferingId serviceId, String subject, Instant at) {
        this(ticketId, number, requesterId, serviceId, subject, at, null);
    }
}
