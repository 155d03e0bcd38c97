package id.simlayan.worklog.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import id.simlayan.worklog.internal.HandoverReport;
import id.simlayan.worklog.internal.HandoverReporting;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the handover fragments (templates/worklog/handover.html) show: on the staff ticket page
 * inside the work-log section, and on the requester's own ticket page
 * ({@code ${@handoverPages.requester(t.id, user)}}), so the ticket module includes one line of
 * template and no Java of this module.
 */
@Component("handoverPages")
public class HandoverPages {

    /** A version with the names of who generated and who confirmed it (null when unknown). */
    public record ReportView(HandoverReport report, String createdByName, String confirmedByName) {
    }

    /** Every version, newest first; {@code mayWork}: the viewer may generate and upload a scan. */
    public record StaffSection(UUID ticketId, List<ReportView> reports, boolean mayWork) {

        public ReportView current() {
            return reports.stream().filter(r -> !r.report().superseded()).findFirst().orElse(null);
        }

        /** A new version may be made: work allowed and the current one (if any) not confirmed. */
        public boolean mayGenerate() {
            var current = current();
            return mayWork && (current == null || !current.report().confirmed());
        }
    }

    /** The current version as the ticket's requester sees it. */
    public record RequesterSection(UUID ticketId, ReportView current) {
    }

    private final TicketWorkAccess access;
    private final HandoverReporting reporting;
    private final Directory directory;

    HandoverPages(TicketWorkAccess access, HandoverReporting reporting, Directory directory) {
        this.access = access;
        this.reporting = reporting;
        this.directory = directory;
    }

    /** Null when the user may not see the ticket's staff page. */
    public StaffSection staff(UUID ticketId, CurrentUser user) {
        if (ticketId == null || user == null || !access.maySee(user, new TicketId(ticketId))) {
            return null;
        }
        var ticket = new TicketId(ticketId);
        return new StaffSection(ticketId, reporting.reportsForStaff(user, ticket).stream().map(this::view).toList(),
                access.mayWork(user, ticket));
    }

    /** Null unless the user is the ticket's requester and a report exists. */
    public RequesterSection requester(UUID ticketId, CurrentUser user) {
        if (ticketId == null || user == null) {
            return null;
        }
        return reporting.currentForRequester(user, new TicketId(ticketId)).map(r -> new RequesterSection(ticketId, view(r))).orElse(null);
    }

    private ReportView view(HandoverReport r) {
        return new ReportView(r, name(r.createdBy()), r.confirmation() == null ? null : name(r.confirmation().by()));
    }

    private String name(UserId id) {
        return directory.contact(id).map(UserContact::fullName).orElse(null);
    }
}
