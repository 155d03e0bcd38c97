package id.simlayan.platform;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates across every node that shares the database. {@link #publish} issues
 * {@code pg_notify} on the caller's connection: PostgreSQL delivers it to the listeners of all
 * nodes when the transaction commits, never when it rolls back, and at once when there is no
 * transaction. Each node's {@link LiveUpdatesListener} hands it to {@link LocalSubscribers}.
 * Identical events in one transaction arrive once (PostgreSQL folds duplicate notifications).
 * Events are hints ("something changed, fetch again"), not a log: one published while a
 * node's listener reconnects is lost for that node's browsers.
 */
@Component
class PostgresLiveUpdates implements LiveUpdates {

    static final String CHANNEL = "simlayan_live";

    private final JdbcClient jdbc;
    private final LocalSubscribers subscribers;

    PostgresLiveUpdates(JdbcClient jdbc, LocalSubscribers subscribers) {
        this.jdbc = jdbc;
        this.subscribers = subscribers;
    }

    @Override
    public SseEmitter subscribe(String topic) {
        return subscribers.subscribe(topic);
    }

    @Override
    public void publish(String topic, String eventName) {
        String payload = new LiveMessage(topic, eventName).payload();
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", payload)
                .query((rs, row) -> row)
                .list();
    }

    @Override
    public void publishAll(Collection<String> topics, String eventName) {
        if (topics.isEmpty()) {
            return;
        }
        String[] payloads = topics.stream().distinct().map(t -> new LiveMessage(t, eventName).payload()).toArray(String[]::new);
        jdbc.sql("SELECT count(pg_notify(:channel, p)) FROM unnest(CAST(:payloads AS text[])) AS p")
                .param("channel", CHANNEL)
                .param("payloads", payloads)
                .query(Long.class)
                .single();
    }
}
