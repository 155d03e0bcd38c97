package id.simlayan.identity.internal;

import org.springframework.security.authentication.DisabledException;

/** The right password of a rejected application: the person may read why it was rejected. */
class RejectedLogin extends DisabledException {

    private final String reason;

    RejectedLogin(String reason) {
        super("registration rejected");
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
