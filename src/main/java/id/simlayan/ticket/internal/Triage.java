package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.TicketPriority;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How urgent a ticket is: the front desk (or the admin of the unit holding it) sets its priority. */
@Service
@Transactional
public class Triage {

    private final TicketWork work;

    Triage(TicketWork work) {
        this.work = work;
    }

    public void changePriority(CurrentUser staff, TicketId id, long version, TicketPriority priority) {
        work.change(staff, id, version, Permission.PRIORITY, "TICKET_CHANGE_PRIORITY", t -> t.changePriority(staff.id(), priority, work.now()));
    }
}
