package id.simlayan.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what is no longer needed after {@code simlayan.notification.retention} (90 days by
 * default): e-mails that were SENT or SKIPPED and notifications that were read. E-mail bodies
 * hold personal data (UU PDP); FAILED and PENDING e-mails stay until dealt with.
 */
@Component
public class NotificationRetention {

    private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotificationSettings settings;

    public NotificationRetention(JdbcClient jdbc, Clock clock, NotificationSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Returns how many rows were deleted. Safe to run on several nodes at once. */
    @Transactional
    public int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(settings.retention()));
        int emails = jdbc.sql("DELETE FROM outbound_emails WHERE status IN ('SENT', 'SKIPPED') AND created_at < :before")
                .param("before", before).update();
        int notifications = jdbc.sql("DELETE FROM notifications WHERE read_at IS NOT NULL AND read_at < :before")
                .param("before", before).update();
        if (emails + notifications > 0) {
            log.info("Retention: deleted {} e-mails and {} read notifications older than {}", emails, notifications, before.toInstant());
        }
        return emails + notifications;
    }

    void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Notification retention run failed: {}", MailOutbox.shortError(e));
        }
    }
}
