package id.simlayan.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the open event streams of each client on this node: each keeps a connection open for
 * up to 30 minutes, so one client must not be able to open them without end.
 */
final class StreamSlots {

    private final int maxPerClient;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

    StreamSlots(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    /** A slot for one more stream of {@code client}, released by the returned action (once, however often it runs); empty when all are taken. */
    Optional<Runnable> acquire(String client) {
        AtomicInteger count = open.computeIfAbsent(client, c -> new AtomicInteger());
        if (count.incrementAndGet() > maxPerClient) {
            count.decrementAndGet();
            return Optional.empty();
        }
        var released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                open.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        });
    }

    int openStreams(String client) {
        AtomicInteger count = open.get(client);
        return count == null ? 0 : count.get();
    }
}
