package id.simlayan.ticket.internal;

/**
 * How a ticket that staff logged came in (shown as {@code ticket.channel.<name>}). A letter and a
 * complaint disposed from SP4N-LAPOR! are known by their reference in that channel (the letter
 * number, the LAPOR! tracking id), so those two need one.
 */
public enum IntakeChannel {
    WALK_IN, PHONE, LETTER, EMAIL, WHATSAPP, SP4N_LAPOR;

    public boolean needsReference() {
        return this == LETTER || this == SP4N_LAPOR;
    }
}
