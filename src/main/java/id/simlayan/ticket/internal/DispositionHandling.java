package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
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
    private final Directory directory;

    DispositionHandling(TicketWork work, Directory directory) {
        this.work = work;
        this.directory = directory;
    }

    public void dispose(CurrentUser agent, TicketId id, long version, UnitId unit, String instruction) {
        if (unit == null || directory.unit(unit).isEmpty()) {
            throw new TicketRuleViolation("ticket.error.unknownUnit");
        }
        work.change(agent, id, version, Permission.FRONT_DESK, "TICKET_DISPOSE", t -> t.dispose(agent.id(), unit, instruction, work.now()));
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
