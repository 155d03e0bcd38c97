package id.simlayan.ticket.internal;

import id.simlayan.ticket.TicketStatus;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes resolved tickets whose confirmation window has passed (system actor). Each ticket
 * is closed in its own transaction under optimistic locking: when two nodes run the job at
 * once, the second fails the version check for that ticket and moves on.
 */
@Component
public class AutoClose implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);
    private static final int BATCH = 200;

    private final TicketRepository tickets;
    private final TicketStore store;
    private final TicketSettings settings;
    private final FrontDeskConfirmationWindow window;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final TicketWorkflows workflows;

    AutoClose(TicketRepository tickets, TicketStore store, TicketSettings settings, FrontDeskConfirmationWindow window,
              TransactionTemplate tx, Clock clock, TicketWorkflows workflows) {
        this.workflows = workflows;
        this.tickets = tickets;
        this.store = store;
        this.settings = settings;
        this.window = window;
        this.tx = tx;
        this.clock = clock;
    }

    /** Runs the job with a fixed delay of {@link TicketSettings#autoCloseInterval()}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::closeExpired, settings.autoCloseInterval(), settings.autoCloseInterval()));
    }

    /** Closes every expired resolved ticket; returns how many were closed. */
    public int closeExpired() {
        var now = clock.instant();
        int closed = 0;
        // candidates oldest first; the window's end grows with the resolution instant, so the
        // first candidate still inside its window ends the run
        for (UUID id : tickets.findResolvedBefore(now.minus(window.shortestLength()), BATCH)) {
            try {
                Boolean done = tx.execute(status -> tickets.findById(id)
                        .filter(t -> t.getStatus() == TicketStatus.SELESAI)
                        .map(t -> {
                            if (t.withinConfirmationWindow(window, now)) {
                                return false;
                            }
                            String closedStage = workflows.closedStage(t);
                            t.autoClose(window, now);
                            t.settleIn(closedStage);
                            store.save(t);
                            return true;
                        }).orElse(null));
                if (Boolean.TRUE.equals(done)) {
                    closed++;
                } else if (Boolean.FALSE.equals(done)) {
                    break;
                }
            } catch (OptimisticLockingFailureException | TicketRuleViolation e) {
                log.info("Ticket {} not auto-closed: changed concurrently ({})", id, e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Ticket {} not auto-closed", id, e);
            }
        }
        return closed;
    }
}
