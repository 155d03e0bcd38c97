package id.simlayan.ticket;

import java.util.Optional;

/** Read access to a ticket's facts for other modules. No access check: callers are modules, not users. */
public interface TicketHistory {

    Optional<TicketFacts> facts(TicketId id);
}
