package id.simlayan.ticket.internal;

import id.simlayan.audit.AuditLog;
import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Directory;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.workflow.Step;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see a ticket and who may take which step: the one place for object-level
 * authorisation of the ticket module.
 * <ul>
 *   <li>the requester sees and acts on their own tickets (as requester);</li>
 *   <li>an AGENT of the front-desk unit sees the whole queue; a SUPERVISOR of the front desk sees every ticket too;</li>
 *   <li>workflow steps: the ticket's definition names who takes each step ({@link #mayTake}, {@link StepActors});
 *       a pending hand-off is answered by UNIT_ADMIN or SUPERVISOR of the receiving unit ({@link #answersHandOff});</li>
 *   <li>UNIT_ADMIN and SUPERVISOR of a unit see tickets disposed to that unit (now or before);
 *       only a UNIT_ADMIN of the current disposition's unit accepts, returns or assigns;</li>
 *   <li>replies and notes come from those who work the ticket now: front-desk agents, the
 *       assigned technician, UNIT_ADMIN and SUPERVISOR of the current disposition's unit. A unit
 *       that returned its disposition still reads the history but takes no step;</li>
 *   <li>a TECHNICIAN sees and works tickets assigned to them;</li>
 *   <li>the priority is set by front-desk agents and by the UNIT_ADMIN of the unit holding the ticket.</li>
 * </ul>
 * Refusals are written to the audit log. A ticket the user may not see is reported as not
 * found.
 */
@Component
public class TicketAccessPolicy {

    /** Steps, grouped by who may take them. */
    public enum Permission {
        /** see the requester's view */
        VIEW_AS_REQUESTER,
        /** see the staff view */
        VIEW_AS_STAFF,
        /** see the ticket in either role (attachments) */
        VIEW_ANY,
        /** front-desk steps: verify, accept, ask, reject, dispose */
        FRONT_DESK,
        /** accept or return the current disposition, assign a technician */
        UNIT_DECISION,
        /** public reply or internal note by staff who work the ticket now (not a unit that returned it) */
        STAFF_MESSAGE,
        /** resolve: the assigned technician or a front-desk agent */
        RESOLVE,
        /** the requester's own steps: answer, reply, confirm, reopen */
        REQUESTER,
        /** change the priority: a front-desk agent or the UNIT_ADMIN of the unit holding the ticket */
        PRIORITY
    }

    private final Directory directory;
    private final AuditLog audit;

    TicketAccessPolicy(Directory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    public boolean isFrontDeskAgent(CurrentUser user) {
        if (user.unitsWhere(Role.AGENT).isEmpty()) {
            return false;
        }
        try {
            return user.hasRoleIn(directory.frontDesk().id(), Role.AGENT);
        } catch (IllegalStateException noFrontDesk) {
            return false;
        }
    }

    public boolean canViewAsStaff(CurrentUser user, Ticket ticket) {
        if (!user.isStaff()) {
            return false;
        }
        if (isFrontDeskAgent(user) || ticket.isAssignedTo(user.id())) {
            return true;
        }
        // the front desk's SUPERVISOR (the Diskominfo official, the PPID's superior) takes steps of the workflows
        if (frontDesk().map(unit -> user.hasRoleIn(unit, Role.SUPERVISOR)).orElse(false)) {
            return true;
        }
        return ticket.dispositionUnitIds().stream().map(UnitId::new)
                .anyMatch(unit -> user.hasRoleIn(unit, Role.UNIT_ADMIN) || user.hasRoleIn(unit, Role.SUPERVISOR));
    }

    public boolean allows(CurrentUser user, Ticket ticket, Permission permission) {
        return switch (permission) {
            case VIEW_AS_REQUESTER, REQUESTER -> ticket.isRequester(user.id());
            case VIEW_AS_STAFF -> canViewAsStaff(user, ticket);
            case STAFF_MESSAGE -> isFrontDeskAgent(user) || ticket.isAssignedTo(user.id()) || decidingUnit(ticket)
                    .map(unit -> user.hasRoleIn(unit, Role.UNIT_ADMIN) || user.hasRoleIn(unit, Role.SUPERVISOR)).orElse(false);
            case VIEW_ANY -> ticket.isRequester(user.id()) || canViewAsStaff(user, ticket);
            case FRONT_DESK -> isFrontDeskAgent(user);
            case UNIT_DECISION -> decidingUnit(ticket).map(unit -> user.hasRoleIn(unit, Role.UNIT_ADMIN)).orElse(false);
            case RESOLVE -> ticket.isAssignedTo(user.id()) || isFrontDeskAgent(user);
            case PRIORITY -> isFrontDeskAgent(user)
                    || ticket.getHolderUnitId() != null && user.hasRoleIn(new UnitId(ticket.getHolderUnitId()), Role.UNIT_ADMIN);
        };
    }

    /**
     * Checks that the user may see the ticket in the way the permission needs and may take the
     * step; records refusals in the audit log.
     *
     * @throws TicketNotFound when the user may not see the ticket at all
     * @throws TicketAccessDenied when the user sees it but may not take the step
     */
    public void check(CurrentUser user, Ticket ticket, Permission permission, String action) {
        boolean visible = switch (permission) {
            case VIEW_AS_REQUESTER, REQUESTER -> ticket.isRequester(user.id());
            default -> ticket.isRequester(user.id()) && permission == Permission.VIEW_ANY || canViewAsStaff(user, ticket);
        };
        if (!visible) {
            deny(user, action, "TICKET", ticket.getId(), "not visible to this user");
            throw new TicketNotFound("ticket");
        }
        if (!allows(user, ticket, permission)) {
            deny(user, action, "TICKET", ticket.getId(), "step not allowed: " + permission);
            throw new TicketAccessDenied(action);
        }
    }

    /**
     * Whether the user is one of the workflow step's actors for this ticket: the right to take a
     * step comes from the ticket's definition, per step and role ({@link StepActors}).
     */
    public boolean mayTake(CurrentUser user, Ticket ticket, Step step) {
        return StepActors.mayTake(user, step, site(ticket));
    }

    /** Who answers a pending hand-off: UNIT_ADMIN or SUPERVISOR of the receiving unit (of the current disposition when none is pending). */
    public boolean answersHandOff(CurrentUser user, Ticket ticket) {
        return decidingUnit(ticket).map(unit -> user.hasRoleIn(unit, Role.UNIT_ADMIN) || user.hasRoleIn(unit, Role.SUPERVISOR)).orElse(false);
    }

    StepActors.Site site(Ticket ticket) {
        var holding = ticket.getHolderKind() == Ticket.HolderKind.FRONT_DESK || ticket.getHolderUnitId() == null ? null
                : new UnitId(ticket.getHolderUnitId());
        var assignee = ticket.getHolderKind() == Ticket.HolderKind.TECHNICIAN && ticket.getHolderUserId() != null
                ? new id.simlayan.identity.UserId(ticket.getHolderUserId()) : null;
        return new StepActors.Site(frontDesk().orElse(null), holding, assignee, ticket.requester());
    }

    Optional<UnitId> frontDesk() {
        try {
            return Optional.of(directory.frontDesk().id());
        } catch (IllegalStateException noFrontDesk) {
            return Optional.empty();
        }
    }

    public void deny(CurrentUser user, String action, String targetType, UUID targetId, String detail) {
        audit.record(AuditLog.AuditEntry.denied(user.id().value(), action, targetType, String.valueOf(targetId), detail));
    }

    /** The unit whose admin decides now: the current disposition's unit. */
    private static Optional<UnitId> decidingUnit(Ticket ticket) {
        return ticket.currentDisposition().map(d -> new UnitId(d.getUnitId()));
    }
}
