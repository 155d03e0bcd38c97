package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.UnitId;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dispositions: the front desk hands a ticket to a unit; the unit's admin accepts or returns it. */
@Service
@Transactional
public class DispositionHandling {

    private final TicketWork work;
    private final DispositionTargets targets;

    DispositionHandling(TicketWork work, DispositionTargets targets) {
        this.work = work;
        this.targets = targets;
    }

    /** Refused (nothing changes) unless {@code unit} is one of the offered targets: active and not the front desk. */
    public void dispose(CurrentUser agent, TicketId id, long version, UnitId unit, String instruction) {
        work.change(agent, id, version, Permission.FRONT_DESK, "TICKET_DISPOSE", t -> {
            if (!targets.allows(unit)) {
                throw new TicketRuleViolation("ticket.error.unknownUnit");
            }
            t.dispose(agent.id(), unit, instruction, work.now());
        });
    }

    public void acceptDisposition(CurrentUser unitAdmin, TicketId id, long version) {
        work.change(unitAdmin, id, version, Permission.UNIT_DECISION, "TICKET_ACCEPT_DISPOSITION",
                t -> t.acceptDisposition(unitAdmin.id(), work.now()));
    }

    public void returnDisposition(CurrentUser unitAdmin, TicketId id, long version, String reason) {
        work.change(unitAdmin, id, version, Permission.UNIT_DECISION, "TICKET_RETURN_DISPOSITION",
                t -> t.returnDisposition(unitAdmin.id(), reason, work.now()));
    }
}
