package id.simlayan.ticket.internal;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.identity.Directory;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The application's confirmation window ({@link TicketSettings#confirmationTarget()}), counted
 * on the front desk unit's calendar: it ends at {@code target.dueFrom(calendar, resolvedAt)},
 * so {@code 5d} ends at the close of the 5th working day after the day of resolution.
 * Calendar-time windows ignore the calendar. Without a {@link BusinessCalendars} bean (or a
 * front desk) working days count as whole days of 24 hours.
 */
@Component
class FrontDeskConfirmationWindow implements ConfirmationWindow {

    private static final Logger log = LoggerFactory.getLogger(FrontDeskConfirmationWindow.class);

    private final TicketSettings settings;
    private final ObjectProvider<BusinessCalendars> calendars;
    private final Directory directory;

    FrontDeskConfirmationWindow(TicketSettings settings, ObjectProvider<BusinessCalendars> calendars, Directory directory) {
        this.settings = settings;
        this.calendars = calendars;
        this.directory = directory;
    }

    @Override
    public Instant endFor(Instant resolvedAt) {
        Target target = settings.confirmationTarget();
        if (target.mode() == ClockMode.CALENDAR) {
            return target.dueFrom(null, resolvedAt);
        }
        BusinessCalendar calendar = calendar();
        return calendar == null ? resolvedAt.plus(target.calendarDuration()) : target.dueFrom(calendar, resolvedAt);
    }

    /**
     * A lower bound of {@code endFor(r) - r} for every {@code r}: tickets resolved later than
     * {@code now} minus this cannot have passed their window (a cheap pre-filter for the
     * auto-close query). Business time never runs faster than elapsed time; N working days end
     * at least N - 1 whole days after the day of resolution (N - 2 with a cut-off that counts
     * that day).
     */
    Duration shortestLength() {
        Target target = settings.confirmationTarget();
        return switch (target.unit()) {
            case WORKING_DAYS -> target.mode() == ClockMode.CALENDAR ? target.calendarDuration()
                    : Duration.ofDays(Math.max(0, target.amount() - (target.cutoff() == null ? 1 : 2)));
            default -> target.calendarDuration();
        };
    }

    private BusinessCalendar calendar() {
        var available = calendars.getIfAvailable();
        if (available == null) {
            return null;
        }
        try {
            return available.forUnit(directory.frontDesk().id());
        } catch (IllegalStateException noFrontDesk) {
            log.debug("No front desk unit: confirmation window on the instance calendar");
            return available.instanceCalendar();
        }
    }
}
