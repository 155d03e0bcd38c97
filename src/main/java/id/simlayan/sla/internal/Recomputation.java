package id.simlayan.sla.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Coalesces requests to recompute every open clock. One admin action can publish several
 * {@code CalendarChanged} events (a national holiday touches every calendar), and each would
 * otherwise start a full run: requests that arrive while a run is going wait for it, and the
 * first of them runs once more for all of them; the others return as soon as that run ends.
 * The listeners of one change all run on the node that published it, so coalescing in
 * memory is enough; two nodes recomputing at once are still correct (writes check revisions).
 */
@Component
class Recomputation {

    /** A full run over every open ticket. */
    @FunctionalInterface
    interface FullRun {
        int recomputeOpen();
    }

    private final FullRun fullRun;
    private final AtomicLong requests = new AtomicLong();
    private final ReentrantLock running = new ReentrantLock();
    /** the highest request number a finished run started after */
    private long coveredUpTo;

    Recomputation(FullRun fullRun) {
        this.fullRun = fullRun;
    }

    /** Returns when a run that started after this call has finished. */
    void request() {
        long mine = requests.incrementAndGet();
        running.lock();
        try {
            if (coveredUpTo >= mine) {
                return;
            }
            long covering = requests.get();
            fullRun.recomputeOpen();
            coveredUpTo = covering;
        } finally {
            running.unlock();
        }
    }
}
