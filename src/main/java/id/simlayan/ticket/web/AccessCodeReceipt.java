package id.simlayan.ticket.web;

import id.simlayan.ticket.AccessCode;
import java.io.Serializable;
import java.time.Instant;

/**
 * A code just issued, as the confirmation and the printable receipt show it once: a flash
 * attribute (in the session until the page after the redirect has read it), then gone.
 */
public record AccessCodeReceipt(String number, String code, Instant issuedAt) implements Serializable {

    static final String FLASH = "accessCodeReceipt";

    static AccessCodeReceipt of(String number, AccessCode code, Instant issuedAt) {
        return new AccessCodeReceipt(number, code.grouped(), issuedAt);
    }

    @Override
    public String toString() {
        return "AccessCodeReceipt[number=" + number + ", code=****]";
    }
}
