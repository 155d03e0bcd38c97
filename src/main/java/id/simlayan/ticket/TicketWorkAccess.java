package id.simlayan.ticket;

import id.simlayan.identity.CurrentUser;

/**
 * Who may see and who may work a ticket, for modules that keep staff records about a ticket
 * (the work log) without knowing the ticket's internals. Decided by the ticket module's access
 * policy:
 * <ul>
 *   <li>see: whoever sees the staff page of the ticket (front-desk agents, the assigned
 *       technician, UNIT_ADMIN and SUPERVISOR of a unit it was disposed to);</li>
 *   <li>work: whoever may post a staff reply or note now (front-desk agents, the assigned
 *       technician, UNIT_ADMIN and SUPERVISOR of the current disposition's unit), while the
 *       ticket is not final (DITOLAK, DITUTUP). A unit that returned its disposition reads but
 *       does not work.</li>
 * </ul>
 * The {@code may*} methods only answer; the {@code require*} methods also write a refusal to the
 * audit log and throw: {@link NotVisible} (answer 404, as for the ticket itself: nobody learns that
 * a ticket they may not see exists) or {@link NotAllowed} (answer 403).
 */
public interface TicketWorkAccess {

    boolean maySee(CurrentUser user, TicketId ticket);

    boolean mayWork(CurrentUser user, TicketId ticket);

    /** @throws NotVisible when the ticket is unknown or the user may not see its staff page */
    void requireSee(CurrentUser user, TicketId ticket, String action);

    /**
     * @throws NotVisible when the ticket is unknown or the user may not see its staff page
     * @throws NotAllowed when the user sees it but may not work it now
     */
    void requireWork(CurrentUser user, TicketId ticket, String action);

    /** The ticket does not exist or the user may not see it. */
    final class NotVisible extends RuntimeException {
        public NotVisible(TicketId ticket) {
            super("ticket " + ticket.value() + " not found or not visible");
        }
    }

    /** The user sees the ticket but may not work it now. */
    final class NotAllowed extends RuntimeException {
        public NotAllowed(String action) {
            super("not allowed: " + action);
        }
    }
}
