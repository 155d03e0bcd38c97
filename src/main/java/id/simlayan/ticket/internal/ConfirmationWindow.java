package id.simlayan.ticket.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How long after its resolution a ticket may be confirmed or reopened: the instant the window
 * of a ticket resolved at {@code resolvedAt} ends (exclusive). The application's window is
 * {@link FrontDeskConfirmationWindow} (working days of the front desk's calendar).
 */
@FunctionalInterface
public interface ConfirmationWindow {

    Instant endFor(Instant resolvedAt);

    /** A window of plain elapsed time. */
    static ConfirmationWindow of(Duration length) {
        return resolvedAt -> resolvedAt.plus(length);
    }
}
