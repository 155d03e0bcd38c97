package id.simlayan.ticket.internal;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ticket settings ({@code simlayan.ticket.*}).
 *
 * @param confirmationWindow how long after resolution the requester may confirm or reopen;
 *                           afterwards the ticket is closed automatically. The API's target
 *                           notation: {@code 5d} = 5 working days of the front desk's calendar
 *                           (the window ends at the close of the 5th working day after the day of
 *                           resolution); an ISO-8601 duration ({@code P5D}, {@code PT48H}) is
 *                           calendar time. Default {@code 5d}.
 * @param autoCloseInterval  how often the auto-close job looks for expired resolved tickets
 *                           (fixed delay). Default 15 minutes.
 * @param queuePageSize      rows per page in the staff queues. Default 20.
 */
@ConfigurationProperties("simlayan.ticket")
public record TicketSettings(String confirmationWindow, Duration autoCloseInterval, int queuePageSize) {

    public TicketSettings {
        if (confirmationWindow == null || confirmationWindow.isBlank()) {
            confirmationWindow = "5d";
        }
        confirmationWindow = confirmationWindow.strip();
        confirmationTarget(confirmationWindow); // fail at start-up, not at the first resolved ticket
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

    /** The confirmation window as a time limit: working days in business time, an ISO-8601 duration in calendar time. */
    public Target confirmationTarget() {
        return confirmationTarget(confirmationWindow);
    }

    private static Target confirmationTarget(String text) {
        boolean workingDays = text.matches("(?i)\\d+d");
        try {
            return Target.parse(text, workingDays ? ClockMode.BUSINESS : ClockMode.CALENDAR);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("simlayan.ticket.confirmation-window: " + e.getMessage(), e);
        }
    }
}
