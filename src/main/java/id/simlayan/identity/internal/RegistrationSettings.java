package id.simlayan.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on self-registration ({@code simlayan.identity.registration.*}).
 *
 * @param maxPerAddress valid registrations accepted from one client address within
 *        {@code window} (default 10); more get HTTP 429
 * @param window the window of that count (default 1 hour)
 */
@ConfigurationProperties("simlayan.identity.registration")
public record RegistrationSettings(int maxPerAddress, Duration window) {

    public RegistrationSettings {
        if (maxPerAddress <= 0) {
            maxPerAddress = 10;
        }
        if (window == null || window.isNegative() || window.isZero()) {
            window = Duration.ofHours(1);
        }
    }
}
