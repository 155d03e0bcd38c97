package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The common path of every step: load, check access and version, act, save. Used by the use-case services. */
@Component
class TicketWork {

    private final TicketStore store;
    private final TicketAccessPolicy policy;
    private final Clock clock;

    TicketWork(TicketStore store, TicketAccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    Ticket load(CurrentUser user, TicketId id, Permission permission, String action) {
        var ticket = store.find(id).orElseThrow(() -> {
            policy.deny(user, action, "TICKET", id.value(), "unknown ticket");
            return new TicketNotFound("ticket");
        });
        policy.check(user, ticket, permission, action);
        return ticket;
    }

    /**
     * Loads the ticket for a step taken from a form showing {@code expectedVersion}; refuses
     * when the ticket changed since (a stale form), so no one overrides a change unseen.
     */
    Ticket change(CurrentUser user, TicketId id, long expectedVersion, Permission permission, String action, Consumer<Ticket> step) {
        var ticket = load(user, id, permission, action);
        if (ticket.getVersion() != expectedVersion) {
            throw new TicketRuleViolation("ticket.error.stale");
        }
        step.accept(ticket);
        return store.save(ticket);
    }

    /**
     * A message (reply, note) that only appends to the timeline: no form version to compare,
     * since a message written while someone else took a step is still worth keeping. The
     * aggregate's {@code @Version} still guards a concurrent save.
     */
    Ticket append(CurrentUser user, TicketId id, Permission permission, String action, Consumer<Ticket> step) {
        var ticket = load(user, id, permission, action);
        step.accept(ticket);
        return store.save(ticket);
    }

    Instant now() {
        return clock.instant();
    }
}
