package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link TicketWorkAccess} through {@link TicketAccessPolicy}: see = {@code VIEW_AS_STAFF};
 * work = {@code STAFF_MESSAGE} on a ticket that is not final, the same rule that offers the
 * reply and note boxes on the staff page (it includes everyone {@code RESOLVE} allows).
 */
@Component
class PolicyTicketWorkAccess implements TicketWorkAccess {

    private final TicketStore store;
    private final TicketAccessPolicy policy;

    PolicyTicketWorkAccess(TicketStore store, TicketAccessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    @Override
    public boolean maySee(CurrentUser user, TicketId ticket) {
        return store.find(ticket).map(t -> policy.allows(user, t, Permission.VIEW_AS_STAFF)).orElse(false);
    }

    @Override
    public boolean mayWork(CurrentUser user, TicketId ticket) {
        return store.find(ticket).map(t -> works(user, t)).orElse(false);
    }

    @Override
    public void requireSee(CurrentUser user, TicketId ticket, String action) {
        visible(user, ticket, action);
    }

    @Override
    public void requireWork(CurrentUser user, TicketId ticket, String action) {
        var t = visible(user, ticket, action);
        if (!works(user, t)) {
            policy.deny(user, action, "TICKET", ticket.value(), t.getStatus().isFinal() ? "ticket is final" : "step not allowed: WORK");
            throw new NotAllowed(action);
        }
    }

    private Ticket visible(CurrentUser user, TicketId ticket, String action) {
        Optional<Ticket> found = store.find(ticket);
        if (found.isEmpty()) {
            policy.deny(user, action, "TICKET", ticket.value(), "unknown ticket");
            throw new NotVisible(ticket);
        }
        if (!policy.allows(user, found.get(), Permission.VIEW_AS_STAFF)) {
            policy.deny(user, action, "TICKET", ticket.value(), "not visible to this user");
            throw new NotVisible(ticket);
        }
        return found.get();
    }

    private boolean works(CurrentUser user, Ticket t) {
        return !t.getStatus().isFinal() && policy.allows(user, t, Permission.STAFF_MESSAGE);
    }
}
