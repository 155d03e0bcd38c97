package id.simlayan.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers connected to this node, by topic. Events reach them from
 * {@link LiveUpdatesListener} (PostgreSQL NOTIFY), so every node delivers every event to its
 * own connections; see {@link PostgresLiveUpdates}.
 * <p>
 * On shutdown the open streams are ended first (this lifecycle stops before the web server's
 * graceful shutdown), otherwise the server would wait for these never-ending responses until
 * its grace period runs out. Browsers reconnect by themselves.
 */
@Component
class LocalSubscribers implements SmartLifecycle {

    private static final long TIMEOUT = Duration.ofMinutes(30).toMillis();

    /** Where events for one subscriber go: an SSE connection, or a test's list. */
    interface Sink {

        void send(String eventName) throws IOException;

        /** Keeps an idle connection open; fails when it is gone. */
        void ping() throws IOException;

        /** Ends the connection (shutdown). */
        default void close() {
        }
    }

    private volatile boolean running;

    private final Map<String, List<Sink>> sinks = new ConcurrentHashMap<>();

    private final StreamSlots slots;

    LocalSubscribers(LiveSettings settings) {
        this.slots = new StreamSlots(settings.maxStreamsPerClient());
    }

    /** A stream for the client of the current request; {@link TooManyStreams} when it holds the most it may. */
    SseEmitter subscribe(String topic) {
        return subscribe(topic, currentClient());
    }

    SseEmitter subscribe(String topic, String client) {
        Runnable slot = slots.acquire(client).orElseThrow(TooManyStreams::new);
        var emitter = new SseEmitter(TIMEOUT);
        Runnable unregister = add(topic, new Sink() {
            @Override
            public void send(String eventName) throws IOException {
                emitter.send(SseEmitter.event().name(eventName).data(eventName));
            }

            @Override
            public void ping() throws IOException {
                emitter.send(SseEmitter.event().comment("ping"));
            }

            @Override
            public void close() {
                emitter.complete();
            }
        });
        Runnable remove = () -> {
            unregister.run();
            slot.run();
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    int openStreams(String client) {
        return slots.openStreams(client);
    }

    /** Who holds a stream: the signed-in user, else the session, else the address. */
    static String currentClient() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "none";
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getUserPrincipal() != null) {
            return "user:" + request.getUserPrincipal().getName();
        }
        HttpSession session = request.getSession(false);
        return session != null ? "session:" + session.getId() : "address:" + request.getRemoteAddr();
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
                drop(list, sink);
            }
        }
    }

    /** A dead connection: out of the list, and ended so that its client's slot is released. */
    private static void drop(List<Sink> list, Sink sink) {
        list.remove(sink);
        try {
            sink.close();
        } catch (RuntimeException alreadyGone) {
            // nothing left to end
        }
    }

    /** Keeps idle connections open through proxies and drops dead ones. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        sinks.forEach((topic, list) -> list.forEach(sink -> {
            try {
                sink.ping();
            } catch (IOException | RuntimeException e) {
                drop(list, sink);
            }
        }));
        sinks.values().removeIf(List::isEmpty);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        sinks.values().forEach(list -> list.forEach(sink -> {
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // the connection is gone already
            }
        }));
        sinks.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown (which has a lower phase). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
