package id.simlayan.calendar;

import id.simlayan.identity.UnitId;
import java.util.Optional;

/**
 * The calendars as the rest of the application counts on them. Answers are cached and
 * refreshed when a calendar changes; the objects are immutable and safe to share.
 */
public interface BusinessCalendars {

    /** The calendar the unit uses: its own assignment, else the instance calendar. */
    BusinessCalendar forUnit(UnitId unit);

    /** Id of the calendar {@link #forUnit} answers for the unit. */
    CalendarId idForUnit(UnitId unit);

    Optional<BusinessCalendar> find(CalendarId id);

    /** The default calendar of this installation (Diskominfo's service hours). */
    BusinessCalendar instanceCalendar();
}
