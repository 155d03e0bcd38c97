package id.simlayan.identity;

import java.time.Instant;

/**
 * An administrator rejected a registration, with a reason the registrant will read. Ids only:
 * the contact and the reason come from {@link Directory} (the reason is free text about a
 * person and stays out of the publication registry).
 */
public record AccountRejected(UserId userId, Instant at) {
}
