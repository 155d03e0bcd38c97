package id.simlayan.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates within one node. Several nodes need a fan-out between them (PostgreSQL
 * LISTEN/NOTIFY); see docs/operations.md.
 */
@Component
class InProcessLiveUpdates implements LiveUpdates {

    private static final long TIMEOUT = Duration.ofMinutes(30).toMillis();

    private final Map<String, List<SseEmitter>> emitters = new ConcurrentHashMap<>();

    @Override
    public SseEmitter subscribe(String topic) {
        var emitter = new SseEmitter(TIMEOUT);
        var list = emitters.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    @Override
    public void publish(String topic, String eventName) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(topic, eventName);
                }
            });
        } else {
            send(topic, eventName);
        }
    }

    void send(String topic, String eventName) {
        var list = emitters.getOrDefault(topic, List.of());
        for (var emitter : list) {
            try {
                emitter.send(SseEmitter.event().name(eventName).data(eventName));
            } catch (IOException | IllegalStateException e) {
                list.remove(emitter);
            }
        }
    }

    /** Keeps idle connections open through proxies and drops dead ones. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        emitters.forEach((topic, list) -> list.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("ping"));
            } catch (IOException | IllegalStateException e) {
                list.remove(emitter);
            }
        }));
        emitters.values().removeIf(List::isEmpty);
    }
}
