package id.simlayan.ticket;

/**
 * Whether a ticket has a confirmed handover report (berita acara): a workflow step that
 * requires one ({@code Requirement.HANDOVER_REPORT}) is taken only then. Owned here, implemented
 * by the module that keeps the reports (the work log, issue 9 item 7). Without an
 * implementation such a step is refused; there is deliberately no default.
 */
public interface HandoverReportCheck {

    boolean confirmedFor(TicketId ticket);
}
