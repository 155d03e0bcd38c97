package id.simlayan.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecomputationUnitTests {

    static final Duration BOUND = Duration.ofSeconds(10);

    /** A full run that blocks the first time until released, and counts how often it ran. */
    static final class BlockingRun implements Recomputation.FullRun {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public int recomputeOpen() {
            if (runs.incrementAndGet() == 1) {
                firstStarted.countDown();
                try {
                    release.await(BOUND.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        }
    }

    @Test
    void requestsArrivingDuringARunAreServedByOneMoreRun() throws Exception {
        var run = new BlockingRun();
        var recomputation = new Recomputation(run);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6, task -> {
            var thread = new Thread(task);
            threads.add(thread);
            return thread;
        });
        try {
            var first = pool.submit(recomputation::request);
            assertThat(run.firstStarted.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
            var waiting = new ArrayList<Future<?>>();
            for (int i = 0; i < 5; i++) {
                waiting.add(pool.submit(recomputation::request));
            }
            // the first run waits on its latch, the five requests on the lock: six parked threads
            await().atMost(BOUND).until(() -> threads.size() == 6
                    && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING));
            run.release.countDown();
            first.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            for (var f : waiting) {
                f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(run.runs).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLoneRequestRunsOnceAndASecondLaterRequestRunsAgain() {
        var run = new BlockingRun();
        run.release.countDown();
        var recomputation = new Recomputation(run);
        recomputation.request();
        assertThat(run.runs).hasValue(1);
        recomputation.request();
        assertThat(run.runs).hasValue(2);
    }
}
