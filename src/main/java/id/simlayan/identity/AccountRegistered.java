package id.simlayan.identity;

import java.time.Instant;

/** Someone registered; the account waits for an administrator. */
public record AccountRegistered(UserId userId, String fullName, String email, Instant at) {
}
