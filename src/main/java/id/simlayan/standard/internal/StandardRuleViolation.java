package id.simlayan.standard.internal;

/** A step the standard's rules refuse; {@code messageCode} is in messages/standard. */
public class StandardRuleViolation extends RuntimeException {

    private final String messageCode;

    public StandardRuleViolation(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    /** Refused because of a failure underneath (e.g. storage refusing the annex). */
    public StandardRuleViolation(String messageCode, Throwable cause) {
        super(messageCode, cause);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
