package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiveMessageUnitTests {

    @Test
    void travelsAsTopicBarEventAndBack() {
        var message = new LiveMessage("ticket:3f2a|x", "ticket-changed");

        assertThat(message.payload()).isEqualTo("ticket:3f2a|x|ticket-changed");
        assertThat(LiveMessage.parse(message.payload())).isEqualTo(message);
    }

    @Test
    void ignoresPayloadsThatAreNotOurs() {
        assertThat(LiveMessage.parse("no-separator")).isNull();
        assertThat(LiveMessage.parse("|event")).isNull();
        assertThat(LiveMessage.parse("topic|")).isNull();
        assertThat(LiveMessage.parse(null)).isNull();
    }

    @Test
    void refusesEventNamesWithTheSeparatorAndTopicsBeyondThePayloadLimit() {
        assertThatThrownBy(() -> new LiveMessage("ticket:1", "a|b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveMessage(" ", "changed")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveMessage("t".repeat(8000), "changed").payload()).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LiveMessage("t".repeat(7990), "changed").payload()).hasSize(7998);
    }
}
