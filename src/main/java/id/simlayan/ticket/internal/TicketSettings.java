package id.simlayan.ticket.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ticket settings ({@code simlayan.ticket.*}).
 *
 * @param confirmationWindow how long after resolution the requester may confirm or reopen;
 *                           afterwards the ticket is closed automatically. Calendar time for
 *                           now: business-day calendars (SLA module) come in a later issue.
 *                           Default 5 days.
 * @param autoCloseInterval  how often the auto-close job looks for expired resolved tickets
 *                           (fixed delay). Default 15 minutes.
 * @param queuePageSize      rows per page in the staff queues. Default 20.
 */
@ConfigurationProperties("simlayan.ticket")
public record TicketSettings(Duration confirmationWindow, Duration autoCloseInterval, int queuePageSize) {

    public TicketSettings {
        if (confirmationWindow == null) {
            confirmationWindow = Duration.ofDays(5);
        }
        if (autoCloseInterval == null) {
            autoCloseInterval = Duration.ofMinutes(15);
        }
        if (queuePageSize <= 0) {
            queuePageSize = 20;
        }
    }

    public static TicketSettings defaults() {
        return new TicketSettings(null, null, 0);
    }
}
