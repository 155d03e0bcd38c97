package id.simlayan.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TicketSettingsUnitTests {

    @Test
    void defaultsAreFiveWorkingDaysToConfirmAQuarterHourBetweenAutoCloseRunsAndTwentyRowsPerPage() {
        var settings = TicketSettings.defaults();
        assertThat(settings.confirmationTarget()).isEqualTo(Target.workingDays(5));
        assertThat(settings.autoCloseInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.queuePageSize()).isEqualTo(20);
    }

    @Test
    void configuredValuesWin() {
        var settings = new TicketSettings("3d", Duration.ofMinutes(1), 50);
        assertThat(settings.confirmationTarget()).isEqualTo(Target.workingDays(3));
        assertThat(settings.autoCloseInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.queuePageSize()).isEqualTo(50);
    }

    @Test
    void anIsoDurationIsCalendarTime() {
        var target = new TicketSettings("P5D", null, 0).confirmationTarget();
        assertThat(target.mode()).isEqualTo(ClockMode.CALENDAR);
        assertThat(target.calendarDuration()).isEqualTo(Duration.ofDays(5));
        assertThat(new TicketSettings("PT36H", null, 0).confirmationTarget()).isEqualTo(Target.hours(36, ClockMode.CALENDAR));
    }

    @Test
    void aWindowThatIsNoTargetFailsAtStartUpWithThePropertyName() {
        assertThatThrownBy(() -> new TicketSettings("lima hari", null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("simlayan.ticket.confirmation-window");
        assertThatThrownBy(() -> new TicketSettings("0d", null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
