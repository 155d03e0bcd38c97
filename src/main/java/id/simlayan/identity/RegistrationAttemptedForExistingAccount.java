package id.simlayan.identity;

import java.time.Instant;

/**
 * Someone registered with the e-mail, NIK or NIP of this existing account. The registrant was
 * told the same as for a new registration; the account's owner is told by e-mail (it may have
 * been them, having forgotten they have an account, or someone using their data).
 */
public record RegistrationAttemptedForExistingAccount(UserId userId, Instant at) {
}
