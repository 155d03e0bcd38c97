package id.simlayan.ticket.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.workflow.Actor;
import id.simlayan.workflow.Step;

/**
 * Whether a person is one of a step's actors: holds the actor's role where its scope says,
 * relative to the ticket. No Spring, no database: the rule on its own.
 * <ul>
 *   <li>{@code FRONT_DESK}: the role in the front-desk unit;</li>
 *   <li>{@code HOLDING_UNIT}: the role in the unit holding the ticket now (the front desk while
 *       no unit holds it);</li>
 *   <li>{@code ASSIGNEE}: the person the ticket is assigned to, holding the role in the unit
 *       they were assigned from;</li>
 *   <li>{@code REQUESTER}: the ticket's requester.</li>
 * </ul>
 */
final class StepActors {

    /**
     * Where a ticket stands, as far as actors are concerned.
     *
     * @param frontDesk   the front-desk unit; null when none is configured
     * @param holdingUnit the unit holding the ticket; null while the front desk holds it
     * @param assignee    the assigned person; null when nobody is assigned
     */
    record Site(UnitId frontDesk, UnitId holdingUnit, UserId assignee, UserId requester) {

        UnitId holdingOrFrontDesk() {
            return holdingUnit != null ? holdingUnit : frontDesk;
        }
    }

    private StepActors() {
    }

    static boolean mayTake(CurrentUser user, Step step, Site site) {
        return step.actors().stream().anyMatch(actor -> matches(user, actor, site));
    }

    static boolean matches(CurrentUser user, Actor actor, Site site) {
        return switch (actor.scope()) {
            case FRONT_DESK -> site.frontDesk() != null && user.hasRoleIn(site.frontDesk(), actor.role());
            case HOLDING_UNIT -> site.holdingOrFrontDesk() != null && user.hasRoleIn(site.holdingOrFrontDesk(), actor.role());
            case ASSIGNEE -> user.id().equals(site.assignee()) && site.holdingOrFrontDesk() != null
                    && user.hasRoleIn(site.holdingOrFrontDesk(), actor.role());
            case REQUESTER -> user.id().equals(site.requester());
        };
    }
}
