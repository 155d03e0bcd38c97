package id.simlayan.ticket;

import id.simlayan.identity.CurrentUser;
import java.util.Optional;

/**
 * Extends a ticket's resolution time limit when a workflow step of kind {@code EXTEND} is taken
 * (the information request's "perpanjang"), in the step's transaction, so that staff do one thing
 * and the stage and the time limit cannot disagree. Owned here, implemented by the module keeping
 * the time limits ({@code sla}). Without an implementation such a step is refused; there is
 * deliberately no default.
 */
public interface DeadlineExtension {

    /**
     * Grants the extension with the step's written reason, by the person taking the step.
     *
     * @return empty when granted; otherwise the message code saying why not (already extended, the
     *         policy has none, the clock has not started, the ticket is done, the person may not),
     *         after which the caller must fail the step so that nothing is saved
     */
    Optional<String> extendResolution(TicketId ticket, CurrentUser by, String reason);
}
