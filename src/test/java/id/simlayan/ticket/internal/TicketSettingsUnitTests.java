package id.simlayan.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TicketSettingsUnitTests {

    @Test
    void defaultsAreFiveDaysToConfirmAQuarterHourBetweenAutoCloseRunsAndTwentyRowsPerPage() {
        var settings = TicketSettings.defaults();
        assertThat(settings.confirmationWindow()).isEqualTo(Duration.ofDays(5));
        assertThat(settings.autoCloseInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.queuePageSize()).isEqualTo(20);
    }

    @Test
    void configuredValuesWin() {
        var settings = new TicketSettings(Duration.ofDays(3), Duration.ofMinutes(1), 50);
        assertThat(settings.confirmationWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.autoCloseInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.queuePageSize()).isEqualTo(50);
    }
}
