package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.simlayan.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Events travel through PostgreSQL NOTIFY: delivered on commit, dropped on rollback. */
class LiveUpdatesIntegrationTests extends IntegrationTest {

    @Autowired
    LiveUpdates live;

    @Autowired
    LocalSubscribers subscribers;

    @Autowired
    LiveUpdatesListener listener;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    final String topic = "test:" + UUID.randomUUID();
    final List<String> received = new CopyOnWriteArrayList<>();
    Runnable unsubscribe;

    @BeforeEach
    void subscribe() {
        await().atMost(Duration.ofSeconds(15)).until(listener::listening);
        unsubscribe = subscribers.add(topic, new LocalSubscribers.Sink() {
            @Override
            public void send(String eventName) {
                received.add(eventName);
            }

            @Override
            public void ping() {
            }
        });
    }

    @AfterEach
    void unsubscribe() {
        unsubscribe.run();
    }

    @Test
    void deliversAnEventPublishedInACommittedTransactionOnlyAfterCommit() {
        transactions.executeWithoutResult(status -> {
            live.publish(topic, "ticket-changed");
            // NOTIFY waits for the commit: nothing can have arrived yet
            assertThat(received).isEmpty();
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).containsExactly("ticket-changed"));
    }

    @Test
    void dropsAnEventPublishedInARolledBackTransaction() {
        transactions.executeWithoutResult(status -> {
            live.publish(topic, "rolled-back");
            status.setRollbackOnly();
        });
        // notifications arrive in commit order: once this later one is here, the first would have been too
        transactions.executeWithoutResult(status -> live.publish(topic, "committed-later"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).contains("committed-later"));
        assertThat(received).containsExactly("committed-later");
    }

    @Test
    void deliversFromAReadOnlyTransactionToo() {
        var readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> live.publish(topic, "seen"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).containsExactly("seen"));
    }

    @Test
    void publishesToManyTopicsInOneGo() {
        String otherTopic = "test:" + UUID.randomUUID();
        var other = new CopyOnWriteArrayList<String>();
        var unsubscribeOther = subscribers.add(otherTopic, new LocalSubscribers.Sink() {
            @Override
            public void send(String eventName) {
                other.add(eventName);
            }

            @Override
            public void ping() {
            }
        });
        try {
            live.publishAll(List.of(topic, otherTopic, topic), "recomputed");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(received).containsExactly("recomputed");
                assertThat(other).containsExactly("recomputed");
            });
        } finally {
            unsubscribeOther.run();
        }
    }

    @Test
    void deliversAtOnceWithoutATransactionAndNotToOtherTopics() {
        String otherTopic = "test:" + UUID.randomUUID();

        live.publish(otherTopic, "not-for-us");
        live.publish(topic, "notification");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).containsExactly("notification"));
    }

    @Test
    void deliversWhatAnotherNodeNotifiesOnTheSharedDatabase() {
        // another node publishes through its own connection; the SQL is all it shares with us
        jdbc.sql("SELECT pg_notify('simlayan_live', :payload)").param("payload", topic + "|changed").query((rs, n) -> n).list();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).containsExactly("changed"));
    }

    @Test
    void listensAgainAfterItsConnectionIsKilled() {
        int killed = jdbc.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name")
                .param("name", LiveUpdatesListener.APPLICATION_NAME)
                .query(Integer.class).single();
        assertThat(killed).isEqualTo(1);

        // events published while it reconnects are lost (they are hints): publish until one arrives
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            live.publish(topic, "after-reconnect");
            return received.contains("after-reconnect");
        });
        assertThat(listener.listening()).isTrue();
    }
}
