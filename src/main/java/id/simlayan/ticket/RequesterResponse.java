package id.simlayan.ticket;

/** What the requester did that staff should hear of; ANSWERED and REOPENED also mark the ticket in the queues. */
public enum RequesterResponse {
    /** answered the staff's question (the ticket left MENUNGGU_PEMOHON) */
    ANSWERED,
    /** confirmed that the work is done (the ticket is closed) */
    CONFIRMED,
    /** was not satisfied and reopened the ticket */
    REOPENED
}
