package id.simlayan.worklog.internal;

import id.simlayan.ticket.HandoverReportCheck;
import id.simlayan.ticket.TicketId;
import id.simlayan.worklog.HandoverReports;
import org.springframework.stereotype.Component;

/**
 * Answers the ticket module's question before a step that requires a berita acara: only a
 * report the reporting OPD has confirmed counts, a generated but unconfirmed one does not.
 */
@Component
class TicketHandoverCheck implements HandoverReportCheck {

    private final HandoverReports reports;

    TicketHandoverCheck(HandoverReports reports) {
        this.reports = reports;
    }

    @Override
    public boolean confirmedFor(TicketId ticket) {
        return reports.confirmedFor(ticket).isPresent();
    }
}
