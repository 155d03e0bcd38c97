package id.simlayan.calendar;

/** The unit a time limit is written in. */
public enum TargetUnit {
    MINUTES,
    HOURS,
    /** hari kerja: due at the close of the N-th working day (see {@link BusinessCalendar#closeOfWorkingDays}) */
    WORKING_DAYS
}
