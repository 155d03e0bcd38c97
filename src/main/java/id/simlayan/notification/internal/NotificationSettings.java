package id.simlayan.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notification settings ({@code simlayan.notification.*}); every value has a default here.
 *
 * @param mailFrom sender of every e-mail
 * @param dispatchInterval pause between two runs of the e-mail dispatcher
 * @param batchSize at most this many e-mails per dispatcher run
 * @param firstRetryDelay wait after the first failed attempt; doubles with every further failure
 * @param maxRetryDelay the wait between attempts never grows beyond this
 * @param maxAttempts after this many failed attempts an e-mail is marked FAILED (an admin may retry it)
 * @param retention SENT and SKIPPED e-mails, and notifications read, are deleted this long after
 *                  they were written or read (they hold personal data); FAILED and PENDING e-mails stay
 */
@ConfigurationProperties("simlayan.notification")
public record NotificationSettings(String mailFrom, Duration dispatchInterval, int batchSize, Duration firstRetryDelay,
                                   Duration maxRetryDelay, int maxAttempts, Duration retention) {

    public NotificationSettings {
        if (mailFrom == null || mailFrom.isBlank()) {
            mailFrom = "SIMLAYAN <no-reply@simlayan.local>";
        }
        if (dispatchInterval == null || dispatchInterval.isNegative() || dispatchInterval.isZero()) {
            dispatchInterval = Duration.ofSeconds(15);
        }
        if (batchSize <= 0) {
            batchSize = 50;
        }
        if (firstRetryDelay == null || firstRetryDelay.isNegative() || firstRetryDelay.isZero()) {
            firstRetryDelay = Duration.ofSeconds(30);
        }
        if (maxRetryDelay == null || maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            maxRetryDelay = Duration.ofHours(1).compareTo(firstRetryDelay) < 0 ? firstRetryDelay : Duration.ofHours(1);
        }
        if (maxAttempts <= 0) {
            maxAttempts = 20;
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            retention = Duration.ofDays(90);
        }
    }

    /** All defaults. */
    public static NotificationSettings defaults() {
        return new NotificationSettings(null, null, 0, null, null, 0, null);
    }

    /** Wait before the next attempt once {@code failedAttempts} attempts have failed (1 = first failure). */
    public Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
