package id.simlayan.ticket;

import java.time.Instant;

/**
 * Mails a ticket's access code to the requester. Declared here and implemented by the
 * notification module (as identity's {@code PasswordLinkMail}), so that the code never travels
 * in a domain event or the event publication table: the implementation writes its outbox row
 * in the caller's transaction, so the mail exists exactly when the code's hash was committed.
 * The outbox row keeps the code in plain text until it is sent and deleted with the other sent
 * mail (see the ticket README, "Access codes").
 */
public interface AccessCodeMail {

    void send(AccessCodeNotice notice);

    /**
     * @param email where to send it (never blank)
     * @param name whom to greet; may be blank
     * @param trackPath the path of the public form, e.g. {@code /lacak}
     * @param issuedAt when the code was issued (one e-mail per code, also when called twice)
     */
    record AccessCodeNotice(TicketId ticketId, String number, String email, String name, AccessCode code, String trackPath,
                            Instant issuedAt) {
    }
}
