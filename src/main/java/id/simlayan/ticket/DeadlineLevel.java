package id.simlayan.ticket;

/** How a time limit stands now; drives the colour in queues. */
public enum DeadlineLevel {
    /** running, below the warning threshold */
    ON_TRACK,
    /** running, warning threshold reached */
    WARNING,
    /** running or paused past its due instant */
    BREACHED,
    /** paused (e.g. waiting for the requester), not breached */
    PAUSED,
    /** stopped in time */
    MET,
    /** stopped after its due instant */
    MISSED
}
