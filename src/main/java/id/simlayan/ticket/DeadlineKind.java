package id.simlayan.ticket;

/** The two time limits of a ticket. */
public enum DeadlineKind {
    /** first public reply or status change by staff */
    RESPONSE,
    /** resolution (status SELESAI) */
    RESOLUTION
}
