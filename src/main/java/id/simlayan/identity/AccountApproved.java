package id.simlayan.identity;

import java.time.Instant;

/**
 * An administrator approved a registration; the person may log in. Ids only: the contact comes
 * from {@link Directory#contact(UserId)} (events stay in the publication registry).
 */
public record AccountApproved(UserId userId, Instant at) {
}
