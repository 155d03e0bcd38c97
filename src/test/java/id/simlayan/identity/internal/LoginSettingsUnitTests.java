package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginSettingsUnitTests {

    @Test
    void defaultsLockAfterFiveFailuresForFifteenMinutesAndRefuseAnAddressAfterTwentyInTenMinutes() {
        var settings = new LoginSettings(0, null, 0, null);
        assertThat(settings.maxFailures()).isEqualTo(5);
        assertThat(settings.lockDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.ipMaxFailures()).isEqualTo(20);
        assertThat(settings.ipWindow()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void configuredValuesAreKept() {
        var settings = new LoginSettings(3, Duration.ofMinutes(30), 50, Duration.ofMinutes(5));
        assertThat(settings.maxFailures()).isEqualTo(3);
        assertThat(settings.lockDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.ipMaxFailures()).isEqualTo(50);
        assertThat(settings.ipWindow()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void nikIsMaskedButForTheLastFourDigits() {
        assertThat(RegistrationDecisions.mask("3375011708900123")).isEqualTo("••••••••••••0123");
        assertThat(RegistrationDecisions.mask(null)).isEmpty();
    }
}
