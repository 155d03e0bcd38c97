package id.simlayan.worklog.internal;

/**
 * A handover step that cannot be taken (nothing was saved): {@code code} resolves in the worklog
 * bundle; {@code field} names the form field it is about, or is null for the whole step.
 */
public class HandoverRefused extends RuntimeException {

    private final String field;
    private final String code;

    HandoverRefused(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
