package id.simlayan.calendar.internal;

import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.WeeklyHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Read models of the calendar tables for the admin pages. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /** One calendar in the list. */
    public record CalendarSummary(CalendarId id, String name, ZoneId zone, boolean instance, boolean cutiBersamaClosed, int unitCount) {
    }

    /** A calendar with its hours and own closed dates. */
    public record CalendarDetails(CalendarId id, String name, ZoneId zone, boolean instance, boolean cutiBersamaClosed,
                                  WeeklyHours hours, List<ClosedDate> ownDates, long version) {
    }

    /** A calendar's own closed date. */
    public record ClosedDate(LocalDate date, String name) {
    }

    /** A national closed date (libur nasional or cuti bersama). */
    public record NationalHoliday(LocalDate date, HolidayKind kind, String name, String source) {
    }

    /** A closed date as it applies to one calendar, with where it comes from. */
    public record AppliedClosedDate(LocalDate date, String name, Origin origin) {
    }

    public enum Origin { NATIONAL_HOLIDAY, CUTI_BERSAMA, OWN }
}
