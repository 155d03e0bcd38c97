package id.simlayan.identity;

import java.time.Instant;

/** An administrator approved a registration; the person may log in. */
public record AccountApproved(UserId userId, String fullName, String email, Instant at) {
}
