package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.ticket.internal.TimelineEntry.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff work on a ticket: public replies, internal notes and the resolution. */
@Service
@Transactional
public class Resolution {

    private final TicketWork work;

    Resolution(TicketWork work) {
        this.work = work;
    }

    public void reply(CurrentUser staff, TicketId id, String text, boolean publicReply) {
        work.append(staff, id, Permission.STAFF_MESSAGE, publicReply ? "TICKET_REPLY" : "TICKET_NOTE",
                t -> t.reply(staff.id(), text, publicReply ? Visibility.PUBLIC : Visibility.INTERNAL, work.now()));
    }

    public void resolve(CurrentUser staff, TicketId id, long version, String note) {
        work.change(staff, id, version, Permission.RESOLVE, "TICKET_RESOLVE", t -> t.resolve(staff.id(), note, work.now()));
    }
}
