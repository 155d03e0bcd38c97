package id.simlayan.identity;

import java.time.Instant;

/**
 * Someone registered; the account waits for an administrator. Ids only: the contact comes from
 * {@link Directory#contact(UserId)} (events stay in the publication registry).
 */
public record AccountRegistered(UserId userId, Instant at) {
}
