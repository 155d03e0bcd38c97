package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The front desk checks new tickets: start verification, accept, ask the requester, reject. */
@Service
@Transactional
public class Verification {

    private final TicketWork work;

    Verification(TicketWork work) {
        this.work = work;
    }

    public void startVerification(CurrentUser agent, TicketId id, long version) {
        work.change(agent, id, version, Permission.FRONT_DESK, "TICKET_START_VERIFICATION", t -> t.startVerification(agent.id(), work.now()));
    }

    public void accept(CurrentUser agent, TicketId id, long version) {
        work.change(agent, id, version, Permission.FRONT_DESK, "TICKET_ACCEPT", t -> t.accept(agent.id(), work.now()));
    }

    public void requestInformation(CurrentUser agent, TicketId id, long version, String question) {
        work.change(agent, id, version, Permission.FRONT_DESK, "TICKET_REQUEST_INFORMATION",
                t -> t.requestInformation(agent.id(), question, work.now()));
    }

    public void reject(CurrentUser agent, TicketId id, long version, String reason) {
        work.change(agent, id, version, Permission.FRONT_DESK, "TICKET_REJECT", t -> t.reject(agent.id(), reason, work.now()));
    }
}
