package id.simlayan.sla.internal;

import id.simlayan.calendar.CalendarChanged;
import id.simlayan.ticket.DispositionAccepted;
import id.simlayan.ticket.DispositionReturned;
import id.simlayan.ticket.TicketAssigned;
import id.simlayan.ticket.TicketDisposed;
import id.simlayan.ticket.TicketPriorityChanged;
import id.simlayan.ticket.TicketReplyPosted;
import id.simlayan.ticket.TicketStatusChanged;
import id.simlayan.ticket.TicketSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every ticket event rebuilds that ticket's clocks from its facts (so the order in which the
 * asynchronous listeners run does not matter); a calendar or policy change recomputes every open
 * ticket's clocks from the stored inputs (coalesced by {@link Recomputation}).
 */
@Component
class SlaListeners {

    private final ClockBook book;
    private final Recomputation recomputation;

    SlaListeners(ClockBook book, Recomputation recomputation) {
        this.book = book;
        this.recomputation = recomputation;
    }

    @ApplicationModuleListener
    void on(TicketSubmitted event) {
        book.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketStatusChanged event) {
        book.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketReplyPosted event) {
        book.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketDisposed event) {
        book.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(DispositionAccepted event) {
        book.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(DispositionReturned event) {
        book.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketAssigned event) {
        book.rebuild(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketPriorityChanged event) {
        book.rebuild(event.ticketId());
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
