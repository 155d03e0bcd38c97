package id.simlayan.identity.internal;

/** Too many registrations from this client address recently (HTTP 429); nothing was saved. */
public class RegistrationLimited extends RuntimeException {

    RegistrationLimited() {
        super("too many registrations from this address");
    }
}
