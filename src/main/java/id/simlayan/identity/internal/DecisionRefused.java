package id.simlayan.identity.internal;

/** An administrator's action on an account was refused; {@link #code()} is a message code. */
public class DecisionRefused extends RuntimeException {

    private final String code;

    DecisionRefused(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
