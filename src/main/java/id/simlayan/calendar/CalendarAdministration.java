package id.simlayan.calendar;

import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Changes to calendars for other modules, demo data and tests (the admin pages use the same
 * operations). Every change is audited and publishes {@link CalendarChanged}.
 */
public interface CalendarAdministration {

    /** The instance calendar (created by migration; every installation has one). */
    CalendarId instanceCalendarId();

    CalendarId create(NewCalendar calendar, UserId by);

    /** Units without an assignment use the instance calendar. */
    void assign(UnitId unit, CalendarId calendar, UserId by);

    /** A closed date of this calendar only (office closed, regional holiday). Adding it twice is a no-op. */
    void addClosedDate(CalendarId calendar, LocalDate date, String name, UserId by);

    void removeClosedDate(CalendarId calendar, LocalDate date, UserId by);

    /**
     * @param cutiBersamaClosed whether the national cuti bersama dates are closed on this calendar
     *                          (national holidays always are)
     */
    record NewCalendar(String name, ZoneId zone, WeeklyHours hours, boolean cutiBersamaClosed) {
    }
}
