package id.simlayan.worklog.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.UserContact;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketWorkAccess;
import id.simlayan.worklog.WorkEntry;
import id.simlayan.worklog.WorkLog;
import id.simlayan.worklog.WorkTotals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the work-log fragments (templates/worklog/fragments.html) show, also inside the ticket
 * module's staff page: {@code ${@workLogPages.section(t.id, user)}}. So the ticket module includes
 * one line of template and no Java of this module.
 */
@Component("workLogPages")
public class WorkLogPages {

    /** The work log of a ticket as one person sees it. */
    public record Section(UUID ticketId, List<EntryView> entries, WorkTotals totals, boolean mayWork) {

        public int hours() {
            return totals.minutes() / 60;
        }

        public int minutes() {
            return totals.minutes() % 60;
        }
    }

    /** An entry with the names of its author and canceller (null when unknown); {@code mine}: the viewer wrote it. */
    public record EntryView(WorkEntry entry, String authorName, String cancelledByName, boolean mine) {

        public int hours() {
            return entry.minutes() / 60;
        }

        public int minutes() {
            return entry.minutes() % 60;
        }
    }

    private final TicketWorkAccess access;
    private final WorkLog log;
    private final Directory directory;

    WorkLogPages(TicketWorkAccess access, WorkLog log, Directory directory) {
        this.access = access;
        this.log = log;
        this.directory = directory;
    }

    /** Null when the user may not see the ticket's staff page (the fragment then shows nothing). */
    public Section section(UUID ticketId, CurrentUser user) {
        if (ticketId == null || user == null) {
            return null;
        }
        var ticket = new TicketId(ticketId);
        if (!access.maySee(user, ticket)) {
            return null;
        }
        var entries = log.entriesOf(ticket);
        Map<UserId, String> names = new HashMap<>();
        var views = entries.stream().map(e -> new EntryView(e, name(e.by(), names),
                e.cancellation() == null ? null : name(e.cancellation().by(), names), e.by().equals(user.id()))).toList();
        return new Section(ticketId, views, WorkTotals.of(entries), access.mayWork(user, ticket));
    }

    private String name(UserId id, Map<UserId, String> names) {
        return names.computeIfAbsent(id, key -> directory.contact(key).map(UserContact::fullName).orElse(null));
    }
}
