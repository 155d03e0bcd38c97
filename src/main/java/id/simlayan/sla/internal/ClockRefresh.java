package id.simlayan.sla.internal;

import id.simlayan.platform.LiveUpdates;
import id.simlayan.ticket.TicketId;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the open pages of tickets whose time limits changed to refresh themselves. */
@Component
class ClockRefresh {

    static final String TICKET_CHANGED = "ticket-changed";

    private final LiveUpdates live;

    ClockRefresh(LiveUpdates live) {
        this.live = live;
    }

    void ticketChanged(TicketId ticket) {
        live.publish(ticket.liveTopic(), TICKET_CHANGED);
    }

    /** One statement for many topics (a bulk recompute moves thousands of dues at once). */
    void ticketsChanged(Collection<UUID> tickets) {
        if (!tickets.isEmpty()) {
            live.publishAll(tickets.stream().map(t -> new TicketId(t).liveTopic()).toList(), TICKET_CHANGED);
        }
    }
}
