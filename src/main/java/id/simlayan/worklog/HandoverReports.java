package id.simlayan.worklog;

import id.simlayan.ticket.TicketId;
import java.util.Optional;

/**
 * The handover report (berita acara penggantian peralatan jaringan) of a ticket for other modules,
 * e.g. the workflow engine, which will require a confirmed report before a ticket closes. No
 * access check here: callers are modules, not users.
 */
public interface HandoverReports {

    /** The confirmed report of the ticket; empty while there is none or it is not confirmed yet. */
    Optional<ConfirmedHandover> confirmedFor(TicketId ticket);
}
