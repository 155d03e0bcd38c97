package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.UnitId;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import id.simlayan.workflow.StepKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispositions: a ticket is handed to a unit (the workflow's HAND_OFF step of the current stage); the
 * receiving unit's UNIT_ADMIN or SUPERVISOR accepts or returns it.
 */
@Service
@Transactional
public class DispositionHandling {

    private final TicketWork work;
    private final WorkflowEngine engine;

    DispositionHandling(TicketWork work, WorkflowEngine engine) {
        this.work = work;
        this.engine = engine;
    }

    /** Refused (nothing changes) unless {@code unit} is one of the offered targets: active and not the front desk. */
    public void dispose(CurrentUser agent, TicketId id, long version, UnitId unit, String instruction) {
        work.change(agent, id, version, Permission.VIEW_AS_STAFF, "TICKET_DISPOSE", t -> engine.takeKind(agent, t, StepKind.HAND_OFF,
                "TICKET_DISPOSE", StepInput.handOff(unit == null ? null : unit.value(), instruction)));
    }

    public void acceptDisposition(CurrentUser unitAdmin, TicketId id, long version) {
        work.change(unitAdmin, id, version, Permission.VIEW_AS_STAFF, "TICKET_ACCEPT_DISPOSITION",
                t -> engine.answerHandOff(unitAdmin, t, true, null, "TICKET_ACCEPT_DISPOSITION"));
    }

    public void returnDisposition(CurrentUser unitAdmin, TicketId id, long version, String reason) {
        work.change(unitAdmin, id, version, Permission.VIEW_AS_STAFF, "TICKET_RETURN_DISPOSITION",
                t -> engine.answerHandOff(unitAdmin, t, false, reason, "TICKET_RETURN_DISPOSITION"));
    }
}
