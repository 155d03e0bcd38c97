package id.simlayan.ticket.internal;

/**
 * The ticket (or attachment) does not exist, or the current user may not see it. Both are
 * answered the same way (HTTP 404) so nobody learns that someone else's ticket exists.
 */
public class TicketNotFound extends RuntimeException {

    public TicketNotFound(String what) {
        super(what + " not found or not visible");
    }
}
