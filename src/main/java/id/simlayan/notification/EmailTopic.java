package id.simlayan.notification;

/**
 * Kinds of e-mail a person may switch off on their profile. Mail about the account itself
 * (registration, approval, password links) is always sent; in-app notifications always stay.
 */
public enum EmailTopic {

    /** The requester's own tickets: received, status changes, replies, extended deadlines. */
    TICKET_UPDATES,

    /** Staff: a time limit of a ticket they hold is near or passed. */
    DEADLINE_NOTICES
}
