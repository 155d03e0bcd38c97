package id.simlayan.identity;

/**
 * Roles are held per unit (see {@link Membership}). Every active account may act as a
 * requester for its own tickets, so {@code REQUESTER} is never stored as a membership.
 */
public enum Role {
    REQUESTER,
    AGENT,
    UNIT_ADMIN,
    TECHNICIAN,
    SUPERVISOR,
    ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_AGENT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
