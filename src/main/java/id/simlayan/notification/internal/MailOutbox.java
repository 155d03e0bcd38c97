package id.simlayan.notification.internal;

import id.simlayan.notification.internal.OutboundEmail.Status;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The durable e-mail outbox. Listeners {@linkplain #enqueue write} a row in their own
 * transaction; {@link #dispatchDue()} sends what is due, one row per transaction, locking the row
 * with {@code FOR UPDATE SKIP LOCKED} so that several nodes can run it at once. A failed attempt
 * is retried with exponential backoff ({@link NotificationSettings#retryDelay(int)}); after
 * {@code maxAttempts} failures, or at once for a permanent error (an unparsable address), the row
 * becomes FAILED, is logged at ERROR and shows on {@code /admin/email}, where it can be retried.
 * Delivery is at least once: a crash between the SMTP hand-over and the commit sends it again.
 * <p>
 * Without SMTP configuration rows are written as SKIPPED and never sent later, so that turning
 * e-mail on does not flood people with stale messages.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int MAX_ERROR_LENGTH = 300;

    private final OutboundEmailStore store;
    private final MailAvailability mail;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final NotificationSettings settings;

    public MailOutbox(OutboundEmailStore store, MailAvailability mail, TransactionOperations transactions, Clock clock,
                      NotificationSettings settings) {
        this.store = store;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Writes an e-mail to the outbox unless one with the same {@code dedupKey} exists (a
     * republished event). Joins the caller's transaction.
     *
     * @return true if a row was written
     */
    public boolean enqueue(String recipient, RenderedMail message, String dedupKey) {
        if (recipient == null || recipient.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        Status status = mail.configured() ? Status.PENDING : Status.SKIPPED;
        return store.insert(new OutboundEmail(UUID.randomUUID(), recipient.trim(), message.subject(), message.text(), message.html(),
                status, 0, now, null, now, null, dedupKey));
    }

    /**
     * Sends every due e-mail (at most {@code batchSize}); returns how many were sent. Does
     * nothing when e-mail is not configured.
     */
    public int dispatchDue() {
        var sender = mail.sender();
        if (sender.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < settings.batchSize(); i++) {
            Status outcome = transactions.execute(tx -> store.lockNextDue(clock.instant())
                    .map(row -> attempt(row, sender.get()))
                    .orElse(null));
            if (outcome == null) {
                break;
            }
            if (outcome == Status.SENT) {
                sent++;
            }
        }
        return sent;
    }

    /** For the scheduler: never throws, so one bad run does not stop later runs. */
    void dispatchQuietly() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.warn("E-mail dispatch run failed: {}", shortError(e));
        }
    }

    /** An admin asked to try a FAILED e-mail again now. */
    public boolean retryNow(UUID id) {
        return store.requeueFailed(id, clock.instant());
    }

    public int retryAllFailed() {
        return store.requeueAllFailed(clock.instant());
    }

    public Map<Status, Long> counts() {
        return store.countsByStatus();
    }

    public List<OutboundEmail> latestProblems(int limit) {
        return store.latestProblems(limit);
    }

    private Status attempt(OutboundEmail row, JavaMailSender sender) {
        int attempts = row.attempts() + 1;
        Instant now = clock.instant();
        try {
            sender.send(toMessage(row, sender, now));
            store.markSent(row.id(), attempts, now);
            return Status.SENT;
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            // the message itself is wrong (e.g. an invalid address): retrying cannot help
            store.markFailed(row.id(), attempts, shortError(e));
            log.error("E-mail {} cannot be sent and was marked FAILED: {}", row.id(), shortError(e));
            return Status.FAILED;
        } catch (RuntimeException e) {
            // MailSendException, MailAuthenticationException, a lost connection: try again later
            String error = shortError(e);
            if (attempts >= settings.maxAttempts()) {
                store.markFailed(row.id(), attempts, error);
                log.error("E-mail {} was marked FAILED after {} attempts: {}", row.id(), attempts, error);
                return Status.FAILED;
            }
            Instant next = now.plus(settings.retryDelay(attempts));
            store.markRetry(row.id(), attempts, next, error);
            log.warn("E-mail {} not sent (attempt {}), next attempt at {}: {}", row.id(), attempts, next, error);
            return Status.PENDING;
        }
    }

    private MimeMessage toMessage(OutboundEmail row, JavaMailSender sender, Instant now) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(settings.mailFrom());
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.bodyText(), row.bodyHtml());
        helper.setSentDate(Date.from(now));
        message.setHeader("X-Simlayan-Outbox-Id", row.id().toString());
        return message;
    }

    /** One line, no stack trace, no longer than the column. */
    static String shortError(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        String text = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
