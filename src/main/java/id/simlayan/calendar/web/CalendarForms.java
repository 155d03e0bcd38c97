package id.simlayan.calendar.web;

import id.simlayan.calendar.WeeklyHours;
import id.simlayan.calendar.internal.CalendarViews.CalendarDetails;
import id.simlayan.calendar.internal.HolidayKind;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the calendar pages. Dates, kinds, switches and versions are typed: a value that
 * does not convert is a field error (see {@link id.simlayan.platform.FormRebinding}); opening
 * hours and zones stay text because their notation is parsed with its own messages.
 */
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
                    String friday, String saturday, String sunday, Boolean cutiBersamaClosed,
                    @NotNull(message = "{calendar.error.stale}") Long version) {

        static EditForm of(CalendarDetails d) {
            WeeklyHours h = d.hours();
            return new EditForm(d.name(), Zones.choice(d.zone()), Zones.choice(d.zone()).equals(Zones.OTHER) ? d.zone().getId() : "",
                    text(h, DayOfWeek.MONDAY), text(h, DayOfWeek.TUESDAY), text(h, DayOfWeek.WEDNESDAY), text(h, DayOfWeek.THURSDAY),
                    text(h, DayOfWeek.FRIDAY), text(h, DayOfWeek.SATURDAY), text(h, DayOfWeek.SUNDAY), d.cutiBersamaClosed(),
                    d.version());
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
    }

    record DateForm(@NotNull(message = "{calendar.error.dateMissing}") @DateTimeFormat(iso = ISO.DATE) LocalDate date, String name) {

        static DateForm empty() {
            return new DateForm(null, "");
        }
    }

    record HolidayForm(@NotNull(message = "{calendar.error.dateMissing}") @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                       @NotNull(message = "{calendar.error.kindMissing}") HolidayKind kind, String name, String source) {

        static HolidayForm empty() {
            return new HolidayForm(null, HolidayKind.NATIONAL_HOLIDAY, "", "");
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

    /** Years outside this range are typing mistakes, not dates anyone plans for. */
    static boolean plausible(LocalDate date) {
        return date.getYear() >= 1970 && date.getYear() <= 2200;
    }
}
