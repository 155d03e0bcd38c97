package id.simlayan.ticket.internal;

/** The user may see the ticket but not take this step (e.g. a unit admin of another unit). HTTP 403. */
public class TicketAccessDenied extends RuntimeException {

    public TicketAccessDenied(String action) {
        super("not allowed: " + action);
    }
}
