package id.simlayan.ticket.internal;

/**
 * A business rule of the ticket refused a step (an illegal transition, a missing reason, a
 * stale form). Carries a message code of the {@code ticket} bundle and its arguments; the web
 * layer turns it into an Indonesian message. Nothing was changed when it is thrown.
 */
public class TicketRuleViolation extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    public TicketRuleViolation(String messageCode, Object... arguments) {
        super(messageCode + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The step {@code action} is not allowed in {@code status}; both are shown to the user by their labels. */
    public static TicketRuleViolation illegalTransition(String action, id.simlayan.ticket.TicketStatus status) {
        return new TicketRuleViolation("ticket.error.illegalTransition",
                new org.springframework.context.support.DefaultMessageSourceResolvable("ticket.action." + action),
                new org.springframework.context.support.DefaultMessageSourceResolvable("ticket.status." + status.name()));
    }

    /** The action for tests and logs, e.g. {@code confirm}. */
    public String action() {
        return arguments.length > 0 && arguments[0] instanceof org.springframework.context.MessageSourceResolvable r
                ? r.getCodes()[0].substring("ticket.action.".length()) : null;
    }
}
