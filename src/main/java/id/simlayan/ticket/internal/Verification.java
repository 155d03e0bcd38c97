package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.workflow.StepKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The front desk checks new tickets: start verification, accept, ask the requester, reject. */
@Service
@Transactional
public class Verification {

    private final TicketWork work;
    private final WorkflowEngine engine;

    Verification(TicketWork work, WorkflowEngine engine) {
        this.work = work;
        this.engine = engine;
    }

    public void startVerification(CurrentUser agent, TicketId id, long version) {
        step(agent, id, version, StepKind.START_VERIFICATION, "TICKET_START_VERIFICATION", StepInput.none());
    }

    public void accept(CurrentUser agent, TicketId id, long version) {
        step(agent, id, version, StepKind.ACCEPT, "TICKET_ACCEPT", StepInput.none());
    }

    public void requestInformation(CurrentUser agent, TicketId id, long version, String question) {
        step(agent, id, version, StepKind.ASK_REQUESTER, "TICKET_REQUEST_INFORMATION", StepInput.publicText(question));
    }

    public void reject(CurrentUser agent, TicketId id, long version, String reason) {
        step(agent, id, version, StepKind.REJECT, "TICKET_REJECT", StepInput.reason(reason));
    }

    /** The ticket's workflow decides who may take the step and where it leads. */
    private void step(CurrentUser agent, TicketId id, long version, StepKind kind, String action, StepInput input) {
        work.change(agent, id, version, Permission.VIEW_AS_STAFF, action, t -> engine.takeKind(agent, t, kind, action, input));
    }
}
