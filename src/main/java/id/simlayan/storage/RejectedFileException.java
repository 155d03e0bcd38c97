package id.simlayan.storage;

/**
 * A file was refused (type not allowed, content does not match its name, too large, empty).
 * {@code messageCode} resolves in the {@code storage} message bundle.
 */
public class RejectedFileException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    public RejectedFileException(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
