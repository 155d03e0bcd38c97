package id.simlayan.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** Calendars from the seeds and the 2025–2027 national list (domain-id.md §5), for tests and benchmarks. */
public final class CalendarExamples {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    /** Seed 001: Mon–Thu 08:00–12:00 and 13:00–15:45, Fri 08:00–11:00. */
    public static final WeeklyHours SEED_001 = WeeklyHours.mondayToThursdayAndFriday(
            List.of(OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("13:00", "15:45")),
            List.of(OpeningPeriod.of("08:00", "11:00")));

    /** Seed 002: Mon–Thu 07:00–15:30, Fri 07:00–14:00. */
    public static final WeeklyHours SEED_002 = WeeklyHours.mondayToThursdayAndFriday(
            List.of(OpeningPeriod.of("07:00", "15:30")), List.of(OpeningPeriod.of("07:00", "14:00")));

    public static final List<LocalDate> NATIONAL_HOLIDAYS = dates(
            "2025-01-01", "2025-01-27", "2025-01-29", "2025-03-29", "2025-03-31", "2025-04-01", "2025-04-18", "2025-04-20",
            "2025-05-01", "2025-05-12", "2025-05-29", "2025-06-01", "2025-06-06", "2025-06-27", "2025-08-17", "2025-09-05",
            "2025-12-25",
            "2026-01-01", "2026-01-16", "2026-02-17", "2026-03-19", "2026-03-21", "2026-03-22", "2026-04-03", "2026-04-05",
            "2026-05-01", "2026-05-14", "2026-05-27", "2026-05-31", "2026-06-01", "2026-06-16", "2026-08-17", "2026-08-25",
            "2026-12-25",
            "2027-01-01", "2027-01-05", "2027-02-06", "2027-03-08", "2027-03-10", "2027-03-11", "2027-03-26", "2027-03-28",
            "2027-05-01", "2027-05-06", "2027-05-17", "2027-05-20", "2027-06-01", "2027-06-06", "2027-08-15", "2027-08-17",
            "2027-12-25", "2027-12-26");

    public static final List<LocalDate> CUTI_BERSAMA = dates(
            "2025-01-28", "2025-03-28", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07", "2025-05-13", "2025-05-30",
            "2025-06-09", "2025-08-18", "2025-12-26",
            "2026-02-16", "2026-03-18", "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28", "2026-12-24",
            "2027-02-05", "2027-03-09", "2027-03-12", "2027-03-15", "2027-03-25", "2027-05-18", "2027-05-19", "2027-12-24");

    private CalendarExamples() {
    }

    /** Seed 001 hours in {@code zone}, national holidays and cuti bersama closed. */
    public static BusinessCalendar seed001(ZoneId zone) {
        return new BusinessCalendar(zone, SEED_001, allClosed());
    }

    public static BusinessCalendar seed001WithoutCutiBersama() {
        return new BusinessCalendar(WIB, SEED_001, NATIONAL_HOLIDAYS);
    }

    public static List<LocalDate> allClosed() {
        return Stream.concat(NATIONAL_HOLIDAYS.stream(), CUTI_BERSAMA.stream()).toList();
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }
}
