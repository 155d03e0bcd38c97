package id.simlayan.calendar;

/** Whether a time limit counts business time of a calendar or plain elapsed (calendar) time. */
public enum ClockMode {
    /** only minutes inside the calendar's opening periods on working days count */
    BUSINESS,
    /** every minute counts, day and night ("2×24 jam") */
    CALENDAR
}
