package id.simlayan.calendar;

import java.time.Instant;

/**
 * A calendar's zone, opening hours or closed dates changed, or a unit was moved to another
 * calendar ({@code calendarId} is then the unit's new calendar). Due times counted on it must
 * be recomputed.
 */
public record CalendarChanged(CalendarId calendarId, Instant at) {
}
