package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.ticket.internal.TimelineEntry.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a requester does on their own ticket: answer a question, reply, confirm or reopen. */
@Service
@Transactional
public class RequesterActions {

    private final TicketWork work;
    private final TicketSettings settings;

    RequesterActions(TicketWork work, TicketSettings settings) {
        this.work = work;
        this.settings = settings;
    }

    public void provideInformation(CurrentUser requester, TicketId id, long version, String answer) {
        work.change(requester, id, version, Permission.REQUESTER, "TICKET_PROVIDE_INFORMATION",
                t -> t.provideInformation(requester.id(), answer, work.now()));
    }

    public void reply(CurrentUser requester, TicketId id, String text) {
        work.change(requester, id, -1, Permission.REQUESTER, "TICKET_REQUESTER_REPLY",
                t -> t.reply(requester.id(), text, Visibility.PUBLIC, work.now()));
    }

    public void confirm(CurrentUser requester, TicketId id, long version) {
        work.change(requester, id, version, Permission.REQUESTER, "TICKET_CONFIRM", t -> t.confirm(requester.id(), work.now()));
    }

    public void reopen(CurrentUser requester, TicketId id, long version, String reason) {
        work.change(requester, id, version, Permission.REQUESTER, "TICKET_REOPEN",
                t -> t.reopen(requester.id(), reason, settings.confirmationWindow(), work.now()));
    }
}
