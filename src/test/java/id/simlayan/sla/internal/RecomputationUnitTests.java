package id.simlayan.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class RecomputationUnitTests {

    /** A ClockBook whose full run blocks until released and counts how often it ran. */
    static final class BlockingBook extends ClockBook {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        BlockingBook() {
            super(null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        public int recomputeOpen() {
            if (runs.incrementAndGet() == 1) {
                firstStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        }
    }

    @Test
    void requestsArrivingDuringARunAreServedByOneMoreRun() throws Exception {
        var book = new BlockingBook();
        var recomputation = new Recomputation(book);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            var first = pool.submit(recomputation::request);
            assertThat(book.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            var waiting = new ArrayList<Future<?>>();
            for (int i = 0; i < 5; i++) {
                waiting.add(pool.submit(recomputation::request));
            }
            // let the five requests reach the lock before the first run ends
            while (recomputationQueueLength(recomputation) < 5) {
                Thread.onSpinWait();
            }
            book.release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (var f : waiting) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertThat(book.runs).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLoneRequestRunsOnceAndASecondLaterRequestRunsAgain() {
        var book = new BlockingBook();
        book.release.countDown();
        var recomputation = new Recomputation(book);
        recomputation.request();
        recomputation.request();
        assertThat(book.runs).hasValue(2);
    }

    private static int recomputationQueueLength(Recomputation r) throws Exception {
        var field = Recomputation.class.getDeclaredField("running");
        field.setAccessible(true);
        return ((java.util.concurrent.locks.ReentrantLock) field.get(r)).getQueueLength();
    }
}
