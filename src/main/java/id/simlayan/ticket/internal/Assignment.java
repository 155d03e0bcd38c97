package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.workflow.StepKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workflow's DELEGATE step: a technician of the holding unit (or of the front desk) takes the ticket. */
@Service
@Transactional
public class Assignment {

    private final TicketWork work;
    private final WorkflowEngine engine;

    Assignment(TicketWork work, WorkflowEngine engine) {
        this.work = work;
        this.engine = engine;
    }

    public void assign(CurrentUser unitAdmin, TicketId id, long version, UserId technician) {
        work.change(unitAdmin, id, version, Permission.VIEW_AS_STAFF, "TICKET_ASSIGN", t -> engine.takeKind(unitAdmin, t, StepKind.DELEGATE,
                "TICKET_ASSIGN", StepInput.delegate(technician == null ? null : technician.value())));
    }
}
