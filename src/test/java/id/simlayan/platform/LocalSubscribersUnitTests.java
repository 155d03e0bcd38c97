package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalSubscribersUnitTests {

    @Test
    void stoppingEndsEveryOpenStreamSoShutdownDoesNotWaitForThem() {
        var subscribers = new LocalSubscribers(new LiveSettings(10));
        subscribers.start();
        var closed = new ArrayList<String>();
        subscribers.add("ticket:1", sink("a", closed));
        subscribers.add("ticket:2", sink("b", closed));

        subscribers.stop();

        assertThat(closed).containsExactlyInAnyOrder("a", "b");
        assertThat(subscribers.isRunning()).isFalse();
    }

    @Test
    void stopsBeforeTheWebServersGracefulShutdown() {
        // Spring Boot's graceful shutdown runs at DEFAULT_PHASE - 1024; higher phases stop first
        assertThat(new LocalSubscribers(new LiveSettings(10)).getPhase()).isGreaterThan(org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 1024);
    }

    private static LocalSubscribers.Sink sink(String name, List<String> closed) {
        return new LocalSubscribers.Sink() {
            @Override
            public void send(String eventName) {
            }

            @Override
            public void ping() {
            }

            @Override
            public void close() {
                closed.add(name);
            }
        };
    }
}
