package id.simlayan.ticket.internal;

/**
 * Tracking by access code was refused: a wrong number or code ({@code throttled} false, HTTP
 * 400, one message for both), or too many wrong attempts from this address or on this number
 * ({@code throttled} true, HTTP 429). Never carries what was typed.
 */
public class AccessCodeRefused extends RuntimeException {

    private final boolean throttled;

    AccessCodeRefused(boolean throttled) {
        super(throttled ? "access code: too many wrong attempts" : "access code: wrong number or code");
        this.throttled = throttled;
    }

    public boolean throttled() {
        return throttled;
    }
}
