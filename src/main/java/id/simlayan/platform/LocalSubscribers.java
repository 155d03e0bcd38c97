package id.simlayan.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers connected to this node, by topic. Events reach them from
 * {@link LiveUpdatesListener} (PostgreSQL NOTIFY), so every node delivers every event to its
 * own connections; see {@link PostgresLiveUpdates}.
 */
@Component
class LocalSubscribers {

    private static final long TIMEOUT = Duration.ofMinutes(30).toMillis();

    /** Where events for one subscriber go: an SSE connection, or a test's list. */
    interface Sink {

        void send(String eventName) throws IOException;

        /** Keeps an idle connection open; fails when it is gone. */
        void ping() throws IOException;
    }

    private final Map<String, List<Sink>> sinks = new ConcurrentHashMap<>();

    SseEmitter subscribe(String topic) {
        var emitter = new SseEmitter(TIMEOUT);
        Runnable remove = add(topic, new Sink() {
            @Override
            public void send(String eventName) throws IOException {
                emitter.send(SseEmitter.event().name(eventName).data(eventName));
            }

            @Override
            public void ping() throws IOException {
                emitter.send(SseEmitter.event().comment("ping"));
            }
        });
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    /** Registers a sink; the returned action unregisters it. */
    Runnable add(String topic, Sink sink) {
        var list = sinks.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(sink);
        return () -> list.remove(sink);
    }

    void deliver(String topic, String eventName) {
        var list = sinks.getOrDefault(topic, List.of());
        for (var sink : list) {
            try {
                sink.send(eventName);
            } catch (IOException | RuntimeException e) {
                list.remove(sink);
            }
        }
    }

    /** Keeps idle connections open through proxies and drops dead ones. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        sinks.forEach((topic, list) -> list.forEach(sink -> {
            try {
                sink.ping();
            } catch (IOException | RuntimeException e) {
                list.remove(sink);
            }
        }));
        sinks.values().removeIf(List::isEmpty);
    }
}
