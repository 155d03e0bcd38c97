package id.simlayan.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import id.simlayan.workflow.Actor;
import id.simlayan.workflow.Scope;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who is an actor of a step: the role, held where the scope says, relative to the ticket. */
class StepActorsUnitTests {

    static final UnitId FRONT_DESK = new UnitId(UUID.randomUUID());
    static final UnitId UNIT = new UnitId(UUID.randomUUID());
    static final UnitId OTHER_UNIT = new UnitId(UUID.randomUUID());
    static final UserId REQUESTER = new UserId(UUID.randomUUID());

    static CurrentUser user(UnitId unit, Role role) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "Nama", "nama@contoh.go.id", Set.of(new Membership(unit, role)));
    }

    @Test
    void frontDeskScopeNeedsTheRoleInTheFrontDeskUnit() {
        var site = new StepActors.Site(FRONT_DESK, UNIT, null, REQUESTER);
        var actor = new Actor(Role.AGENT, Scope.FRONT_DESK);
        assertThat(StepActors.matches(user(FRONT_DESK, Role.AGENT), actor, site)).isTrue();
        assertThat(StepActors.matches(user(UNIT, Role.AGENT), actor, site)).as("an agent of another unit").isFalse();
        assertThat(StepActors.matches(user(FRONT_DESK, Role.SUPERVISOR), actor, site)).as("another role of the front desk").isFalse();
    }

    @Test
    void holdingUnitScopeFollowsTheUnitHoldingTheTicketAndIsTheFrontDeskWhileNoUnitHoldsIt() {
        var actor = new Actor(Role.UNIT_ADMIN, Scope.HOLDING_UNIT);
        var admin = user(UNIT, Role.UNIT_ADMIN);
        assertThat(StepActors.matches(admin, actor, new StepActors.Site(FRONT_DESK, UNIT, null, REQUESTER))).isTrue();
        assertThat(StepActors.matches(admin, actor, new StepActors.Site(FRONT_DESK, OTHER_UNIT, null, REQUESTER))).isFalse();
        assertThat(StepActors.matches(admin, actor, new StepActors.Site(FRONT_DESK, null, null, REQUESTER))).isFalse();
        assertThat(StepActors.matches(user(FRONT_DESK, Role.UNIT_ADMIN), actor, new StepActors.Site(FRONT_DESK, null, null, REQUESTER))).isTrue();
    }

    @Test
    void assigneeScopeIsOnlyTheAssignedPersonWithTheRoleInTheirUnit() {
        var actor = new Actor(Role.TECHNICIAN, Scope.ASSIGNEE);
        var assigned = user(UNIT, Role.TECHNICIAN);
        var colleague = user(UNIT, Role.TECHNICIAN);
        var site = new StepActors.Site(FRONT_DESK, UNIT, assigned.id(), REQUESTER);
        assertThat(StepActors.matches(assigned, actor, site)).isTrue();
        assertThat(StepActors.matches(colleague, actor, site)).as("a technician of the unit who is not assigned").isFalse();
        assertThat(StepActors.matches(assigned, actor, new StepActors.Site(FRONT_DESK, UNIT, null, REQUESTER))).as("nobody assigned").isFalse();
        var admin = user(UNIT, Role.UNIT_ADMIN);
        assertThat(StepActors.matches(admin, actor, new StepActors.Site(FRONT_DESK, UNIT, admin.id(), REQUESTER))).as("assigned, other role")
                .isFalse();
    }

    @Test
    void requesterScopeIsTheTicketsRequesterOnly() {
        var actor = new Actor(Role.REQUESTER, Scope.REQUESTER);
        var requester = new CurrentUser(REQUESTER, "Pemohon", "p@contoh.id", Set.of());
        var site = new StepActors.Site(FRONT_DESK, null, null, REQUESTER);
        assertThat(StepActors.matches(requester, actor, site)).isTrue();
        assertThat(StepActors.matches(new CurrentUser(new UserId(UUID.randomUUID()), "Lain", "l@contoh.id", Set.of()), actor, site)).isFalse();
    }
}
