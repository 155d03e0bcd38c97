package id.simlayan.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key within a sliding window, in memory (per node). Bounded: when it
 * tracks too many keys, keys without recent attempts are dropped.
 */
final class RecentAttempts {

    private static final int MAX_TRACKED_KEYS = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    RecentAttempts(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts an attempt; false when {@code key} already had {@code limit} attempts in the window (not counted then). */
    boolean tryAcquire(String key, Instant now) {
        if (attempts.size() > MAX_TRACKED_KEYS) {
            attempts.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now);
                    return d.isEmpty();
                }
            });
        }
        var times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Whether {@code key} already had {@code limit} attempts in the window (counts nothing). */
    boolean exhausted(String key, Instant now) {
        var times = attempts.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, now);
            return times.size() >= limit;
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        var oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }
}
