package id.simlayan.ticket;

/** Every event about one ticket; a module that rebuilds something per ticket can listen to this type alone. */
public interface TicketEvent {

    TicketId ticketId();
}
