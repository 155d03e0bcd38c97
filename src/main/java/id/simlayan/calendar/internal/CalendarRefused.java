package id.simlayan.calendar.internal;

/**
 * A calendar change that breaks a rule; {@code code} is a message key of
 * messages/calendar.properties and {@code field} the form field it belongs to (may be null).
 */
public class CalendarRefused extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;

    public CalendarRefused(String field, String code, Object... args) {
        super(code);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
