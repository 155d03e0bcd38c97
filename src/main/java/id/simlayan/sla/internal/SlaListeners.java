package id.simlayan.sla.internal;

import id.simlayan.calendar.CalendarChanged;
import id.simlayan.ticket.TicketEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every ticket event rebuilds that ticket's clocks from its facts (so the order in which the
 * asynchronous listeners run does not matter); a calendar or policy change recomputes every open
 * ticket's clocks from the stored inputs (coalesced by {@link Recomputation}).
 */
@Component
class SlaListeners {

    private final TicketClockRebuild rebuild;
    private final Recomputation recomputation;

    SlaListeners(TicketClockRebuild rebuild, Recomputation recomputation) {
        this.rebuild = rebuild;
        this.recomputation = recomputation;
    }

    /** Every event of a ticket (submitted, status changed, reply, disposition, assignment, priority). */
    @ApplicationModuleListener
    void on(TicketEvent event) {
        rebuild.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(CalendarChanged event) {
        recomputation.request();
    }

    @ApplicationModuleListener
    void on(PoliciesChanged event) {
        recomputation.request();
    }
}
