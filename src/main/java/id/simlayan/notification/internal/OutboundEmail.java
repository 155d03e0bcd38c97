package id.simlayan.notification.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of the e-mail outbox. */
public record OutboundEmail(UUID id, String recipient, String subject, String bodyText, String bodyHtml, Status status,
                            int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                            String dedupKey) {

    public enum Status {
        /** waiting to be sent (again) at {@code nextAttemptAt} */
        PENDING,
        SENT,
        /** gave up after too many attempts or a permanent error; an admin may retry it */
        FAILED,
        /** e-mail was not configured when the message was written; it is never sent */
        SKIPPED
    }
}
