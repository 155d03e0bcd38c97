package id.simlayan.workflow;

import id.simlayan.identity.Role;

/** Who may take a step: a role, held where {@code scope} says. */
public record Actor(Role role, Scope scope) {

    public Actor {
        if (role == null || scope == null) {
            throw new IllegalArgumentException("an actor needs a role and a scope");
        }
    }

    /** The requester acts only as requester, and only the requester has that scope. */
    public boolean consistent() {
        return (role == Role.REQUESTER) == (scope == Scope.REQUESTER);
    }
}
