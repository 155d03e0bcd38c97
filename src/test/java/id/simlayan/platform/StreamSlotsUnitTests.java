package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamSlotsUnitTests {

    private final StreamSlots slots = new StreamSlots(3);

    @Test
    void refusesTheStreamAfterTheLastSlotOfAClientAndKeepsOtherClientsApart() {
        List<Optional<Runnable>> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(slots.acquire("user:a"));
        }

        assertThat(taken).allMatch(Optional::isPresent);
        assertThat(slots.acquire("user:a")).isEmpty();
        assertThat(slots.openStreams("user:a")).isEqualTo(3);
        assertThat(slots.acquire("user:b")).isPresent();
    }

    @Test
    void aReleasedSlotCanBeTakenAgainAndReleasingTwiceFreesOnlyOne() {
        Runnable first = slots.acquire("session:x").orElseThrow();
        slots.acquire("session:x").orElseThrow();
        slots.acquire("session:x").orElseThrow();

        first.run();
        first.run();

        assertThat(slots.openStreams("session:x")).isEqualTo(2);
        assertThat(slots.acquire("session:x")).isPresent();
        assertThat(slots.acquire("session:x")).isEmpty();
    }

    @Test
    void settingsDefaultToTenStreamsPerClient() {
        var bound = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(java.util.Map.of()))
                .bindOrCreate("simlayan.live", LiveSettings.class);
        assertThat(bound.maxStreamsPerClient()).isEqualTo(10);
    }
}
