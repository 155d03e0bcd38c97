package id.simlayan.workflow;

/** Where the holder of a role must stand, relative to the ticket, to take a step. */
public enum Scope {
    /** a member of the front-desk unit (Diskominfo) */
    FRONT_DESK,
    /** a member of the unit holding the ticket now */
    HOLDING_UNIT,
    /** the person the ticket is assigned to */
    ASSIGNEE,
    /** the person who asked (role REQUESTER only) */
    REQUESTER
}
