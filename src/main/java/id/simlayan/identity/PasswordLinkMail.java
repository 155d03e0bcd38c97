package id.simlayan.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Sends a person a link to set their password (a reset they asked for, or the invitation to an
 * account an administrator created). Declared here and implemented by the notification module,
 * so that identity never depends on how mail is sent. The implementation joins the caller's
 * transaction: the link is mailed exactly when the token that it carries is committed.
 */
public interface PasswordLinkMail {

    void send(PasswordLink link);

    enum Purpose { RESET, INVITATION }

    /**
     * @param linkId identifies this link (one e-mail per link, also when an event is republished)
     * @param path the path of the link, e.g. {@code /atur-ulang-sandi/<token>}; it carries the secret
     * @param expiresAt the link is refused after this instant
     */
    record PasswordLink(UUID linkId, Purpose purpose, UserId userId, String fullName, String email, String path, Instant expiresAt) {
    }
}
