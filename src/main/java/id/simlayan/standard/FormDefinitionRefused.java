package id.simlayan.standard;

import java.util.List;

/**
 * A request form definition breaks a rule (duplicate key, choice without options, limits that
 * make no sense). {@code field} is the key of the offending field, or null for the form as a
 * whole; the message code is in the standard bundle.
 */
public class FormDefinitionRefused extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient List<Object> arguments;

    public FormDefinitionRefused(String field, String messageCode, Object... arguments) {
        super(messageCode + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
