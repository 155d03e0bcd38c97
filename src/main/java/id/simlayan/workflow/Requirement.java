package id.simlayan.workflow;

/** What a step asks for before it may be taken; a step kind implies some, a definition may add more. */
public enum Requirement {
    /** a written reason or instruction for staff (hand-off, return, rejection, send-back, escalation, extension, objection) */
    REASON,
    /** a text the requester reads (question, solution, result, written answer) */
    PUBLIC_TEXT,
    /** the unit the ticket goes to */
    TARGET_UNIT,
    /** the person the ticket is delegated to */
    ASSIGNEE,
    /** the service category (re-categorising) */
    CATEGORY,
    /** the equipment and materials needed (heavy damage) */
    EQUIPMENT_LIST,
    /** a file to attach (a signed letter, a scan) */
    DOCUMENT,
    /** a confirmed handover report (berita acara) exists */
    HANDOVER_REPORT,
    /** the Pasal 17 exemption ground (information refused wholly or partly) */
    EXEMPTION_GROUND,
    /** an outside party's reference (LAPOR! tracking id, letter number) */
    EXTERNAL_REFERENCE
}
