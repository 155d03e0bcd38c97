package id.simlayan.calendar.internal;

/** The two kinds of national closed dates (SKB 3 Menteri). */
public enum HolidayKind {
    /** libur nasional: closed on every calendar */
    NATIONAL_HOLIDAY,
    /** cuti bersama: closed where the calendar says so */
    CUTI_BERSAMA
}
