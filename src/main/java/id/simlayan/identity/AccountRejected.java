package id.simlayan.identity;

import java.time.Instant;

/** An administrator rejected a registration, with a reason the registrant will read. */
public record AccountRejected(UserId userId, String fullName, String email, String reason, Instant at) {
}
