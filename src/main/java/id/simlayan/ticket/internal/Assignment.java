package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketAccessPolicy.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin of the unit that accepted a disposition assigns a technician of that unit. */
@Service
@Transactional
public class Assignment {

    private final TicketWork work;
    private final Directory directory;

    Assignment(TicketWork work, Directory directory) {
        this.work = work;
        this.directory = directory;
    }

    public void assign(CurrentUser unitAdmin, TicketId id, long version, UserId technician) {
        work.change(unitAdmin, id, version, Permission.UNIT_DECISION, "TICKET_ASSIGN", t -> {
            var unit = t.acceptedDisposition().map(d -> new UnitId(d.getUnitId()))
                    .orElseThrow(() -> new TicketRuleViolation("ticket.error.noAcceptedDisposition"));
            boolean technicianOfUnit = technician != null
                    && directory.holders(unit, Role.TECHNICIAN).stream().anyMatch(c -> c.id().equals(technician));
            if (!technicianOfUnit) {
                throw new TicketRuleViolation("ticket.error.notTechnicianOfUnit");
            }
            t.assign(unitAdmin.id(), technician, work.now());
        });
    }
}
