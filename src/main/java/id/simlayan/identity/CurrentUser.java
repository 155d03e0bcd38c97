package id.simlayan.identity;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person behind the current request. Controllers take it as a method parameter; it is
 * resolved from the security context.
 */
public record CurrentUser(UserId id, String fullName, String email, Set<Membership> memberships) {

    public CurrentUser {
        memberships = Set.copyOf(memberships);
    }

    public boolean hasRole(Role role) {
        return role == Role.REQUESTER || memberships.stream().anyMatch(m -> m.role() == role);
    }

    public boolean hasRoleIn(UnitId unit, Role role) {
        return memberships.contains(new Membership(unit, role));
    }

    public Set<UnitId> unitsWhere(Role role) {
        return memberships.stream().filter(m -> m.role() == role).map(Membership::unitId).collect(Collectors.toUnmodifiableSet());
    }

    /** Anyone holding a staff role somewhere. */
    public boolean isStaff() {
        return !memberships.isEmpty();
    }
}
