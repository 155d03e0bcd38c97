package id.simlayan.calendar.web;

import id.simlayan.calendar.WeeklyHours;
import id.simlayan.calendar.internal.CalendarViews.CalendarDetails;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The forms of the calendar pages, as typed (strings: nothing fails in binding, everything is checked here). */
final class CalendarForms {

    private CalendarForms() {
    }

    record CreateForm(String name, String zone, String zoneOther) {

        static CreateForm empty() {
            return new CreateForm("", "Asia/Jakarta", "");
        }
    }

    /** Name, zone, one text per weekday ("08:00-12:00, 13:00-15:45") and the cuti bersama switch. */
    record EditForm(String name, String zone, String zoneOther, String monday, String tuesday, String wednesday, String thursday,
                    String friday, String saturday, String sunday, Boolean cutiBersamaClosed, String version) {

        static EditForm of(CalendarDetails d) {
            WeeklyHours h = d.hours();
            return new EditForm(d.name(), Zones.choice(d.zone()), Zones.choice(d.zone()).equals(Zones.OTHER) ? d.zone().getId() : "",
                    text(h, DayOfWeek.MONDAY), text(h, DayOfWeek.TUESDAY), text(h, DayOfWeek.WEDNESDAY), text(h, DayOfWeek.THURSDAY),
                    text(h, DayOfWeek.FRIDAY), text(h, DayOfWeek.SATURDAY), text(h, DayOfWeek.SUNDAY), d.cutiBersamaClosed(),
                    Long.toString(d.version()));
        }

        private static String text(WeeklyHours h, DayOfWeek day) {
            return OpeningHoursText.format(h.on(day));
        }

        /** The text of a weekday's field. */
        String day(DayOfWeek day) {
            return switch (day) {
                case MONDAY -> monday;
                case TUESDAY -> tuesday;
                case WEDNESDAY -> wednesday;
                case THURSDAY -> thursday;
                case FRIDAY -> friday;
                case SATURDAY -> saturday;
                case SUNDAY -> sunday;
            };
        }

        static String field(DayOfWeek day) {
            return day.name().toLowerCase(java.util.Locale.ROOT);
        }

        Optional<Long> versionNumber() {
            try {
                return Optional.of(Long.parseLong(version == null ? "" : version.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    record DateForm(String date, String name) {

        static DateForm empty() {
            return new DateForm("", "");
        }

        Optional<LocalDate> parsedDate() {
            return CalendarForms.date(date);
        }
    }

    record HolidayForm(String date, String kind, String name, String source) {

        static HolidayForm empty() {
            return new HolidayForm("", "NATIONAL_HOLIDAY", "", "");
        }

        Optional<LocalDate> parsedDate() {
            return CalendarForms.date(date);
        }
    }

    /** Import: where to ("national" or a calendar id), which kind for national dates (AUTO: by the SUMMARY), and a source. */
    record ImportForm(String target, String kind, String source) {

        static ImportForm empty() {
            return new ImportForm("national", "AUTO", "");
        }
    }

    /** Calculator (GET parameters). */
    record CalculatorForm(String startDate, String startTime, String amount, String unit, String notation, String clock) {
    }

    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 10) {
            return Optional.empty();
        }
        try {
            var d = LocalDate.parse(text.strip());
            return d.getYear() < 1970 || d.getYear() > 2200 ? Optional.empty() : Optional.of(d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
