package id.simlayan.ticket.internal;

/** A step's requirement is not met by what was entered (missing text, a unit or person not offered): bad input, HTTP 400. */
public class StepInputRefused extends TicketRuleViolation {

    public StepInputRefused(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
