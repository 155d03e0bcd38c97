package id.simlayan.ticket;

/** The time limits of a ticket. */
public enum DeadlineKind {
    /** first public reply or status change by staff */
    RESPONSE,
    /** resolution (status SELESAI) */
    RESOLUTION,
    /** the share of the unit the ticket was handed to, from the hand-off (OLA); only while a unit holds it */
    HANDOFF
}
